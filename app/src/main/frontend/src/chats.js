// The agents' chat console: one event stream for the tenant's chats. "chat-changed" reloads the
// list and, when it is the open chat, its lines (htmx fragments); "typing" shows that the visitor
// types. The reply box announces the agent's typing, at most every three seconds.
import { csrfHeaders } from './csrf.js';

const root = document.querySelector('[data-chat-console]');
const pane = document.querySelector('[data-conversation]');

function refresh(selector) {
  const element = document.querySelector(selector);
  if (element && window.htmx) window.htmx.trigger(element, 'refresh');
}

if (root && 'EventSource' in window) {
  const source = new EventSource(root.dataset.events);
  let typingTimer;
  source.addEventListener('chat-changed', (message) => {
    const detail = JSON.parse(message.data);
    refresh('#chat-list');
    if (pane && detail.conversation === pane.dataset.conversation) {
      refresh('#chat-messages');
      document.getElementById('visitor-typing')?.setAttribute('hidden', '');
    }
  });
  source.addEventListener('typing', (message) => {
    const detail = JSON.parse(message.data);
    const indicator = document.getElementById('visitor-typing');
    if (!pane || !indicator || detail.conversation !== pane.dataset.conversation) return;
    indicator.removeAttribute('hidden');
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => indicator.setAttribute('hidden', ''), 5000);
  });
  source.addEventListener('open', () => { root.dataset.live = 'connected'; });
  window.addEventListener('pagehide', () => source.close());
}

const reply = document.getElementById('chat-reply');
if (reply) {
  let last = 0;
  reply.addEventListener('input', () => {
    if (Date.now() - last < 3000) return;
    last = Date.now();
    fetch(reply.dataset.typingUrl, { method: 'POST', headers: csrfHeaders() }).catch(() => {});
  });
}

// After a line or a file went out, the form is emptied for the next one.
document.body.addEventListener('htmx:afterRequest', (event) => {
  const form = event.detail.elt;
  if (event.detail.successful && (form.id === 'chat-reply' || form.id === 'chat-file')) {
    form.reset();
    form.querySelector('textarea, input')?.focus();
  }
});
