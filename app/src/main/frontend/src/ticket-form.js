// Renders the open human task's form (a form-js schema) and sends its data to the server, which
// validates it against the same schema before the task completes. Loaded only on ticket pages.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { csrfHeaders } from './csrf.js';

const container = document.querySelector('[data-task-form]');
if (container) render(container);

async function render(container) {
  const schema = JSON.parse(document.getElementById(container.dataset.schema).textContent);
  const data = JSON.parse(document.getElementById(container.dataset.values)?.textContent || '{}');
  const status = container.parentElement.querySelector('[role="alert"]');
  const form = new Form({ container });
  try {
    await form.importSchema(schema, data);
  } catch (error) {
    status.textContent = container.dataset.brokenMessage;
    return;
  }
  // Our schemas carry no submit button of their own: the page's button submits the form.
  container.parentElement.querySelector('[data-task-submit]')?.addEventListener('click', () => form.submit());
  form.on('submit', async ({ data: values, errors }) => {
    if (Object.keys(errors).length > 0) return;
    const answer = await fetch(container.dataset.submitUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
      body: JSON.stringify(values)
    });
    if (answer.ok) {
      location.assign(container.dataset.doneUrl);
      return;
    }
    const problem = await answer.json().catch(() => ({}));
    const fields = (problem.errors ?? []).map((error) => `${error.field}: ${error.message}`);
    status.textContent = [problem.detail ?? container.dataset.failedMessage, ...fields].join(' ');
  });
}
