// What the dmn-js and form-js editors share: the draft is loaded from and saved to the server on
// an explicit save (button or Ctrl+S), never on its own; a badge shows unsaved changes; validation
// lists each problem and lets the editor mark it at its place (a table's cell, a form's field).
import { csrfHeaders } from '../csrf.js';
import { guardEdits, setDirty, say, showError } from './status.js';

/**
 * @param root the element with data-studio-editor and the URLs and messages as data attributes
 * @param editor { open(content), content(), onChange(callback), mark(problems), focus(problem) }
 */
export async function startEditor(root, editor) {
  const ui = elements(root);
  const state = { revision: 0, dirty: false };
  try {
    const draft = await getJson(root.dataset.draftUrl);
    await editor.open(draft.content);
    remember(state, ui, draft);
  } catch (error) {
    showError(ui, `${root.dataset.msgBroken} ${error.message ?? error}`);
    return;
  }
  editor.onChange(() => setDirty(state, ui, true));
  const save = () => saveDraft(editor, state, ui);
  ui.save.addEventListener('click', save);
  ui.validate.addEventListener('click', () => validate(editor, ui));
  ui.publish.addEventListener('click', () => publish(editor, state, ui));
  guardEdits(state, save);
}

function elements(root) {
  const find = (selector) => document.querySelector(selector);
  return {
    root,
    save: find('[data-studio-save]'),
    validate: find('[data-studio-validate]'),
    publish: find('[data-studio-publish]'),
    dirty: find('[data-studio-dirty]'),
    revision: find('[data-studio-revision]'),
    status: find('#studio-status'),
    error: find('#studio-error'),
    problemList: find('[data-studio-problems]'),
    noProblems: find('[data-studio-no-problems]')
  };
}

async function saveDraft(editor, state, ui) {
  const content = await editor.content();
  const answer = await send(ui.root.dataset.draftUrl, 'PUT', { content, revision: state.revision });
  if (!answer.ok) {
    await showProblem(ui, answer);
    return false;
  }
  remember(state, ui, await answer.json());
  say(ui, ui.root.dataset.msgSaved);
  return true;
}

async function validate(editor, ui) {
  const answer = await send(ui.root.dataset.validateUrl, 'POST', { content: await editor.content() });
  if (!answer.ok) {
    await showProblem(ui, answer);
    return;
  }
  const result = await answer.json();
  showProblems(editor, ui, result.problems);
  say(ui, result.valid ? ui.root.dataset.msgValid : ui.root.dataset.msgInvalid);
}

async function publish(editor, state, ui) {
  if ((state.dirty || state.revision === 0) && !(await saveDraft(editor, state, ui))) return;
  const answer = await send(ui.root.dataset.publishUrl, 'POST', { revision: state.revision });
  if (!answer.ok) {
    await showProblem(ui, answer);
    return;
  }
  const published = await answer.json();
  showProblems(editor, ui, []);
  remember(state, ui, { revision: 0, parentVersion: published.version });
  say(ui, ui.root.dataset.msgPublished.replace('{0}', published.version));
}

function showProblems(editor, ui, problems) {
  editor.mark(problems);
  ui.problemList.replaceChildren();
  ui.noProblems.hidden = problems.length > 0;
  for (const problem of problems) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.problem = problem.ruleId ? `${problem.ruleId}:${problem.columnId}` : (problem.elementId ?? '');
    button.textContent = problem.message;
    button.addEventListener('click', () => editor.focus(problem));
    item.append(button);
    ui.problemList.append(item);
  }
}

function remember(state, ui, draft) {
  state.revision = draft.revision;
  ui.revision.textContent = ui.root.dataset.msgRevision
    .replace('{0}', draft.revision).replace('{1}', draft.parentVersion);
  setDirty(state, ui, false);
}




async function showProblem(ui, answer) {
  const problem = await answer.json().catch(() => ({}));
  showError(ui, `${ui.root.dataset.msgFailed} ${problem.detail ?? answer.status}`);
}

function getJson(url) {
  return fetch(url, { headers: { Accept: 'application/json' } }).then((answer) => {
    if (!answer.ok) throw new Error(`${url}: ${answer.status}`);
    return answer.json();
  });
}

function send(url, method, body) {
  return fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify(body)
  });
}
