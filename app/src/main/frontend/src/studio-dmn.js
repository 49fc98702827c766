// The studio's decision table editor: dmn-js opened on the table's decision table view. Problems
// from validation are marked at their cell (by rule and column); the bpmn.io watermark stays.
// dmn-js reads and writes DMN 1.3; the shipped tables are DMN 1.5, whose decision tables are the
// same, so 1.4 and 1.5 namespaces are read as 1.3 and the table is saved as DMN 1.3 (kie reads both).
import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import { startEditor } from './studio/model-editor.js';

const DMN13 = 'https://www.omg.org/spec/DMN/20191111/';
const asDmn13 = (xml) => xml.replace(/https:\/\/www\.omg\.org\/spec\/DMN\/(20211108|20230324)\/(MODEL|DMNDI)\//g,
  (match, version, part) => `${DMN13}${part}/`);

const root = document.querySelector('[data-studio-editor="decisions"]');
if (root) {
  const modeler = new DmnModeler({ container: root.querySelector('[data-studio-canvas]') });
  const listeners = [];
  let marked = [];

  // dmn-js marks each cell with its rule's id (row) and its input's or output's id (column).
  const cell = (problem) => (problem.ruleId
    ? root.querySelector(`td[data-row-id="${CSS.escape(problem.ruleId)}"][data-col-id="${CSS.escape(problem.columnId)}"]`)
    : null);

  modeler.on('views.changed', () => {
    const viewer = modeler.getActiveViewer();
    if (viewer) viewer.get('eventBus').on('elements.changed', () => listeners.forEach((listener) => listener()));
  });

  startEditor(root, {
    async open(xml) {
      await modeler.importXML(asDmn13(xml));
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
