// The studio's form editor: form-js's editor at the version of the viewer the pages render forms
// with. Problems from validation are marked at their field and select it; the watermark stays.
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import { startEditor } from './studio/model-editor.js';

const root = document.querySelector('[data-studio-editor="forms"]');
if (root) {
  const editor = new FormEditor({ container: root.querySelector('[data-studio-canvas]') });
  let marked = [];
  const field = (problem) => (problem.elementId
    ? root.querySelector(`.fjs-element[data-id="${CSS.escape(problem.elementId)}"]`)
    : null);

  startEditor(root, {
    async open(json) {
      await editor.importSchema(JSON.parse(json));
    },
    async content() {
      return JSON.stringify(editor.saveSchema(), null, 2);
    },
    onChange(listener) {
      editor.on('changed', listener);
    },
    mark(problems) {
      marked.forEach((node) => node.classList.remove('studio-problem-cell'));
      marked = problems.map(field).filter(Boolean);
      marked.forEach((node) => node.classList.add('studio-problem-cell'));
    },
    focus(problem) {
      const node = field(problem);
      if (!node) return;
      node.scrollIntoView({ block: 'center' });
      node.click();
    }
  });
}
