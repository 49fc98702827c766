// The studio's decision table editor: dmn-js opened on the table's decision table view. Problems
// from validation are marked at their cell (by rule and column); the bpmn.io watermark stays.
import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import { startEditor } from './studio/model-editor.js';

const root = document.querySelector('[data-studio-editor="decisions"]');
if (root) {
  const modeler = new DmnModeler({ container: root.querySelector('[data-studio-canvas]') });
  const listeners = [];
  let marked = [];

  const table = () => modeler.getActiveViewer().getDecision().decisionLogic;
  const cell = (problem) => {
    const logic = table();
    const row = logic.rule.findIndex((rule) => rule.id === problem.ruleId);
    const inputs = logic.input ?? [];
    let col = inputs.findIndex((input) => input.id === problem.columnId);
    if (col < 0) col = inputs.length + (logic.output ?? []).findIndex((output) => output.id === problem.columnId);
    return row < 0 ? null : root.querySelector(`td[data-coords="${row}:${col}"]`);
  };

  modeler.on('views.changed', () => {
    const viewer = modeler.getActiveViewer();
    if (viewer) viewer.get('eventBus').on('elements.changed', () => listeners.forEach((listener) => listener()));
  });

  startEditor(root, {
    async open(xml) {
      await modeler.importXML(xml);
      const view = modeler.getViews().find((v) => v.type === 'decisionTable');
      if (view) await modeler.open(view);
    },
    async content() {
      return (await modeler.saveXML({ format: true })).xml;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    mark(problems) {
      marked.forEach((node) => node.classList.remove('studio-problem-cell'));
      marked = problems.map(cell).filter(Boolean);
      marked.forEach((node, i) => {
        node.classList.add('studio-problem-cell');
        node.title = problems[i]?.message ?? '';
      });
    },
    focus(problem) {
      const node = cell(problem);
      if (!node) return;
      node.scrollIntoView({ block: 'center' });
      (node.querySelector('[contenteditable]') ?? node).focus();
    }
  });
}
