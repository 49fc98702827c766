// The status line, error box and unsaved-changes badge that every studio editor page shows.

export function setDirty(state, ui, dirty) {
  state.dirty = dirty;
  ui.dirty.hidden = !dirty;
}

export function say(ui, message) {
  ui.error.hidden = true;
  ui.status.textContent = message;
}

export function showError(ui, message) {
  ui.error.textContent = message;
  ui.error.hidden = false;
}

/** Ctrl+S (or Cmd+S) saves, and leaving the page with unsaved changes asks first. */
export function guardEdits(state, save) {
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  });
  window.addEventListener('beforeunload', (event) => {
    if (state.dirty) event.preventDefault();
  });
}
