// The studio's modeler: bpmn-js with a properties panel for what our engine reads. The draft is
// loaded from and saved to the server on an explicit save (button or Ctrl+S), never on its own;
// validation problems are marked on the diagram and listed, each focusing its element. The bpmn.io
// watermark stays visible, as its licence asks.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import flowableModdle from './studio/flowable-moddle.json';
import atumModdle from './studio/atum-moddle.json';
import StudioPropertiesProvider from './studio/properties-provider.js';
import { csrfHeaders } from './csrf.js';
import { guardEdits, setDirty, say, showError } from './studio/status.js';

const editor = document.querySelector('[data-studio-modeler]');
if (editor) start(editor);

async function start(editor) {
  const ui = elements(editor);
  const state = { revision: 0, parentVersion: 0, dirty: false };
  let modeler;
  try {
    const choices = await getJson(`${editor.dataset.choicesUrl}/choices`);
    modeler = new BpmnModeler({
      container: ui.canvas,
      propertiesPanel: { parent: ui.properties },
      additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
        { __init__: ['studioPropertiesProvider'], studioPropertiesProvider: ['type', StudioPropertiesProvider] }],
      moddleExtensions: { flowable: flowableModdle, atum: atumModdle },
      studio: { ...choices, labels: labels(), statuses: statuses() }
    });
    const draft = await getJson(editor.dataset.draftUrl);
    await modeler.importXML(draft.xml);
    modeler.get('canvas').zoom('fit-viewport');
    remember(state, ui, draft);
  } catch (error) {
    showError(ui, `${editor.dataset.msgBroken} ${error.message ?? error}`);
    return;
  }
  modeler.on('commandStack.changed', () => setDirty(state, ui, true));
  const problems = new Problems(modeler, ui);
  const save = () => saveDraft(modeler, editor, state, ui);
  ui.save.addEventListener('click', save);
  ui.validate.addEventListener('click', () => validate(modeler, editor, problems, ui));
  ui.publish.addEventListener('click', () => publish(modeler, editor, state, problems, ui));
  guardEdits(state, save);
}

function elements(editor) {
  const find = (selector) => document.querySelector(selector);
  return {
    editor,
    canvas: editor.querySelector('[data-studio-canvas]'),
    properties: editor.querySelector('[data-studio-properties]'),
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

function labels() {
  const map = {};
  document.querySelectorAll('[data-studio-label]').forEach((node) => { map[node.dataset.studioLabel] = node.textContent; });
  return map;
}

function statuses() {
  return [...document.querySelectorAll('[data-studio-status]')]
    .map((node) => ({ value: node.dataset.studioStatus, label: node.textContent }));
}

async function saveDraft(modeler, editor, state, ui) {
  const { xml } = await modeler.saveXML({ format: true });
  const answer = await send(editor.dataset.draftUrl, 'PUT', 'application/json',
    JSON.stringify({ xml, revision: state.revision }));
  if (!answer.ok) {
    await showProblem(ui, editor, answer);
    return false;
  }
  remember(state, ui, await answer.json());
  say(ui, editor.dataset.msgSaved);
  return true;
}

async function validate(modeler, editor, problems, ui) {
  const { xml } = await modeler.saveXML({ format: true });
  const answer = await send(editor.dataset.validateUrl, 'POST', 'application/xml', xml);
  if (!answer.ok) {
    await showProblem(ui, editor, answer);
    return;
  }
  const result = await answer.json();
  problems.show(result.problems);
  say(ui, result.valid ? editor.dataset.msgValid : editor.dataset.msgInvalid);
}

async function publish(modeler, editor, state, problems, ui) {
  if ((state.dirty || state.revision === 0) && !(await saveDraft(modeler, editor, state, ui))) return;
  const answer = await send(editor.dataset.publishUrl, 'POST', 'application/json',
    JSON.stringify({ revision: state.revision }));
  if (!answer.ok) {
    const problem = await answer.clone().json().catch(() => ({}));
    problems.show((problem.errors ?? []).map((e) => ({ elementId: e.field, message: e.message })));
    await showProblem(ui, editor, answer);
    return;
  }
  const published = await answer.json();
  problems.show([]);
  remember(state, ui, { revision: 0, parentVersion: published.version });
  say(ui, editor.dataset.msgPublished.replace('{0}', published.version));
}

function remember(state, ui, draft) {
  state.revision = draft.revision;
  state.parentVersion = draft.parentVersion;
  ui.revision.textContent = ui.editor.dataset.msgRevision
    .replace('{0}', draft.revision).replace('{1}', draft.parentVersion);
  setDirty(state, ui, false);
}




async function showProblem(ui, editor, answer) {
  const problem = await answer.json().catch(() => ({}));
  showError(ui, `${editor.dataset.msgFailed} ${problem.detail ?? answer.status}`);
}

function getJson(url) {
  return fetch(url, { headers: { Accept: 'application/json' } }).then((answer) => {
    if (!answer.ok) throw new Error(`${url}: ${answer.status}`);
    return answer.json();
  });
}

function send(url, method, type, body) {
  return fetch(url, { method, headers: { 'Content-Type': type, Accept: 'application/json', ...csrfHeaders() }, body });
}

// Each problem is marked at its element and listed; a click on the list selects and shows it.
class Problems {
  constructor(modeler, ui) {
    this.registry = modeler.get('elementRegistry');
    this.canvas = modeler.get('canvas');
    this.overlays = modeler.get('overlays');
    this.selection = modeler.get('selection');
    this.ui = ui;
    this.marked = [];
  }

  show(problems) {
    this.marked.forEach((id) => this.canvas.removeMarker(id, 'studio-problem'));
    this.overlays.remove({ type: 'studio-problem' });
    this.marked = [];
    this.ui.problemList.replaceChildren();
    this.ui.noProblems.hidden = problems.length > 0;
    for (const problem of problems) {
      const element = this.registry.get(problem.elementId);
      if (element && !this.marked.includes(element.id)) {
        this.canvas.addMarker(element.id, 'studio-problem');
        const badge = document.createElement('span');
        badge.className = 'studio-problem-badge';
        badge.textContent = '!';
        badge.title = problem.message;
        this.overlays.add(element.id, 'studio-problem', { position: { top: -8, right: 8 }, html: badge });
        this.marked.push(element.id);
      }
      this.ui.problemList.append(this.item(problem, element));
    }
  }

  item(problem, element) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.element = problem.elementId;
    button.textContent = `${problem.elementId}: ${problem.message}`;
    button.disabled = !element;
    button.addEventListener('click', () => {
      this.selection.select(element);
      this.canvas.scrollToElement(element);
      this.ui.canvas.focus();
    });
    item.append(button);
    return item;
  }
}
