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
