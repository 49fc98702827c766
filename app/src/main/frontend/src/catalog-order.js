// The portal's cart: renders each ordered item's form (a form-js schema), checks them all in the
// browser, then sends every item with its data as one order. The server checks the same schemas
// again and answers problems by field (items[1].data.startDate), shown next to the send button.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { csrfHeaders } from './csrf.js';

const submitSection = document.querySelector('[data-order-submit-url]');
if (submitSection) start(submitSection);

async function start(section) {
  const status = section.querySelector('[role="alert"]');
  const lines = [];
  for (const container of document.querySelectorAll('[data-order-form]')) {
    const form = new Form({ container });
    try {
      await form.importSchema(JSON.parse(document.getElementById(container.dataset.schema).textContent), {});
    } catch {
      status.textContent = section.dataset.brokenMessage;
      return;
    }
    lines.push({ item: Number(container.dataset.orderForm), label: container.dataset.label, form });
  }
  section.querySelector('[data-order-submit]').addEventListener('click', () => send(section, status, lines));
}

async function send(section, status, lines) {
  const items = [];
  const invalid = [];
  for (const line of lines) {
    const { data, errors } = line.form.submit();
    if (Object.keys(errors).length > 0) invalid.push(line.label);
    items.push({ item: line.item, data });
  }
  if (invalid.length > 0) {
    status.textContent = `${section.dataset.invalidMessage} ${invalid.join(', ')}`;
    return;
  }
  const note = section.querySelector('textarea[name="note"]').value;
  const answer = await fetch(section.dataset.orderSubmitUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ items, note })
  });
  if (answer.ok) {
    location.assign((await answer.json()).page);
    return;
  }
  const problem = await answer.json().catch(() => ({}));
  const fields = (problem.errors ?? []).map((error) => `${error.field}: ${error.message}`);
  status.textContent = [problem.detail ?? section.dataset.failedMessage, ...fields].join(' ');
}
