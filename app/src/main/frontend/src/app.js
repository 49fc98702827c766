// Every page loads this module: htmx, the CSRF header, the theme switch, live updates, presence,
// SLA countdowns, keyboard shortcuts and the command palette. Behaviour hangs off data attributes,
// so templates stay declarative and no inline script is needed (the CSP forbids it).
import htmx from 'htmx.org';
import { csrfHeaders } from './csrf.js';

window.htmx = htmx;
// The CSP allows neither eval nor inline <style>; the indicator styles live in theme.css.
Object.assign(htmx.config, {
  allowEval: false,
  allowScriptTags: false,
  includeIndicatorStyles: false,
  selfRequestsOnly: true
});

document.addEventListener('htmx:configRequest', (event) => {
  Object.assign(event.detail.headers, csrfHeaders());
});

// Theme: the system preference unless the person chose one; remembered in this browser.
const savedTheme = localStorage.getItem('atum-theme');
if (savedTheme) document.documentElement.dataset.theme = savedTheme;
document.addEventListener('click', (event) => {
  const toggle = event.target.closest('[data-theme-toggle]');
  if (!toggle) return;
  const dark = document.documentElement.dataset.theme === 'dark' ||
    (!document.documentElement.dataset.theme && matchMedia('(prefers-color-scheme: dark)').matches);
  const next = dark ? 'light' : 'dark';
  document.documentElement.dataset.theme = next;
  localStorage.setItem('atum-theme', next);
});

// Live updates: one event stream per page; each named event becomes a DOM event
// "live-<name>" on <body>, which htmx elements listen to with hx-trigger="live-... from:body".
const liveRoot = document.querySelector('[data-live-stream]');
if (liveRoot && 'EventSource' in window) {
  const source = new EventSource(liveRoot.dataset.liveStream);
  for (const name of ['ticket-raised', 'task-assigned', 'ticket-changed', 'presence', 'mentioned']) {
    source.addEventListener(name, (message) => {
      let detail = {};
      try { detail = JSON.parse(message.data); } catch { /* a signal without data */ }
      document.body.dispatchEvent(new CustomEvent(`live-${name}`, { detail }));
    });
  }
  source.addEventListener('open', () => document.body.dataset.live = 'connected');
}

// Toasts for what concerns me personally: a mention, a task given to me.
function toast(template, values) {
  const region = document.getElementById('toasts');
  if (!region || !template) return;
  const item = document.createElement('div');
  item.className = 'toast';
  item.textContent = template.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
  if (values.key) {
    const link = document.createElement('a');
    link.href = `/tickets/${encodeURIComponent(values.key)}`;
    link.textContent = region.dataset.openLabel;
    item.append(' ', link);
  }
  region.append(item);
  setTimeout(() => item.remove(), 12000);
}
document.body.addEventListener('live-mentioned', (event) => toast(document.getElementById('toasts')?.dataset.mentioned, event.detail));
document.body.addEventListener('live-task-assigned', (event) => {
  if (event.detail.assignee && event.detail.assignee === document.getElementById('toasts')?.dataset.me) {
    toast(document.getElementById('toasts')?.dataset.assigned, event.detail);
  }
});

// Presence on a ticket page: announce viewing, announce typing (throttled), render the others.
const presence = document.querySelector('[data-presence-url]');
if (presence) {
  const announce = (state) => fetch(presence.dataset.presenceUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...csrfHeaders() },
    body: new URLSearchParams({ state }),
    keepalive: true
  }).catch(() => {});
  announce('viewing');
  setInterval(() => announce('viewing'), 20000);
  let lastTyping = 0;
  document.addEventListener('input', (event) => {
    if (!event.target.closest('[data-typing]')) return;
    if (Date.now() - lastTyping < 3000) return;
    lastTyping = Date.now();
    announce('typing');
  });
  window.addEventListener('pagehide', () => announce('left'));
  document.body.addEventListener('live-presence', (event) => renderPresence(presence, event.detail));
}

function renderPresence(container, people) {
  const list = Array.isArray(people) ? people : [];
  container.replaceChildren(...list.map((person) => {
    const badge = document.createElement('span');
    badge.className = `badge ${person.state}`;
    const label = person.state === 'typing' ? container.dataset.typingLabel : container.dataset.viewingLabel;
    badge.textContent = `${person.name ?? person.user} · ${label}`;
    return badge;
  }));
  container.hidden = list.length === 0;
}

// A reply written while someone else was typing asks before it goes out.
document.addEventListener('submit', async (event) => {
  const form = event.target.closest('form[data-collision-url]');
  if (!form || form.dataset.collisionChecked === 'yes') return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const since = form.dataset.openedAt;
  let others = [];
  try {
    const answer = await fetch(`${form.dataset.collisionUrl}?since=${encodeURIComponent(since)}`);
    if (answer.ok) others = ((await answer.json()).typedSince ?? []).map((typist) => typist.name ?? typist.user);
  } catch { /* no answer: send as usual */ }
  if (others.length === 0 || confirm(form.dataset.collisionMessage.replace('{0}', others.join(', ')))) {
    form.dataset.collisionChecked = 'yes';
    form.requestSubmit(event.submitter);
  }
}, true);

// SLA countdowns: every [data-due] shows the time left (or overdue), in the page's language.
const relative = new Intl.RelativeTimeFormat(document.documentElement.lang || 'en', { numeric: 'auto' });
function tickCountdowns() {
  for (const element of document.querySelectorAll('[data-due]')) {
    if (element.dataset.paused === 'true') continue;
    const minutes = Math.round((Date.parse(element.dataset.due) - Date.now()) / 60000);
    const [value, unit] = Math.abs(minutes) >= 1440 ? [Math.round(minutes / 1440), 'day']
      : Math.abs(minutes) >= 60 ? [Math.round(minutes / 60), 'hour'] : [minutes, 'minute'];
    element.textContent = relative.format(value, unit);
    element.classList.toggle('overdue', minutes < 0);
  }
}
// Times come as UTC instants; each person reads them in their own zone and language.
const dateTime = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'medium', timeStyle: 'short' });
function localTimes() {
  for (const element of document.querySelectorAll('time[datetime]:not([data-due])')) {
    const instant = Date.parse(element.getAttribute('datetime'));
    if (!Number.isNaN(instant)) element.textContent = dateTime.format(instant);
  }
}
function refreshTimes() {
  tickCountdowns();
  localTimes();
}
refreshTimes();
setInterval(tickCountdowns, 30000);
document.addEventListener('htmx:afterSettle', refreshTimes);

// Keyboard: single keys act on the element that declares data-shortcut="<key>" (fields and regions
// with a tabindex get focus, anything else is clicked); "?" lists them, Ctrl+K (or Cmd+K) opens the command palette.
function typingInField(target) {
  return target.closest('input, textarea, select, [contenteditable="true"], .fjs-container');
}

document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    openPalette();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
  if (event.key === '?') {
    document.getElementById('shortcuts')?.showModal();
    return;
  }
  if (event.key === 'j' || event.key === 'k') {
    moveSelection(event.key === 'j' ? 1 : -1);
    return;
  }
  const target = document.querySelector(`[data-shortcut="${CSS.escape(event.key)}"]`);
  if (!target) return;
  event.preventDefault();
  if (target.matches('input, textarea, select, [tabindex]')) target.focus();
  else target.click();
});

// j/k move through rows that carry data-href; Enter (or o) opens the selected one.
function moveSelection(step) {
  const rows = [...document.querySelectorAll('tr[data-href]')];
  if (rows.length === 0) return;
  const current = rows.findIndex((row) => row.classList.contains('selected'));
  const next = rows[Math.min(rows.length - 1, Math.max(0, current + step))];
  rows.forEach((row) => row.classList.remove('selected'));
  next.classList.add('selected');
  next.querySelector('a')?.focus();
}

document.addEventListener('keydown', (event) => {
  if (event.key !== 'o' || typingInField(event.target)) return;
  const selected = document.querySelector('tr[data-href].selected');
  if (selected) location.assign(selected.dataset.href);
});

// Command palette: the server answers options for what was typed; arrows move, Enter goes.
function openPalette() {
  const dialog = document.getElementById('palette');
  if (!dialog) return;
  dialog.showModal();
  const input = dialog.querySelector('input');
  input.value = '';
  input.focus();
  htmx.trigger(input, 'search');
}

document.addEventListener('keydown', (event) => {
  const dialog = event.target.closest('#palette');
  if (!dialog) return;
  const options = [...dialog.querySelectorAll('[role="option"]')];
  if (options.length === 0) return;
  const current = options.findIndex((option) => option.getAttribute('aria-selected') === 'true');
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = (current + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
    options.forEach((option, index) => option.setAttribute('aria-selected', String(index === next)));
    dialog.querySelector('input').setAttribute('aria-activedescendant', options[next].id);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const chosen = options[Math.max(0, current)].querySelector('a');
    if (chosen) location.assign(chosen.href);
  }
});

// After an htmx swap, announce a short status message to screen readers when one is given.
document.addEventListener('htmx:afterSwap', (event) => {
  const message = event.detail.target?.querySelector?.('[data-announce]')?.dataset.announce;
  const region = document.getElementById('announcer');
  if (message && region) region.textContent = message;
});

// "Insert link in reply" (the ticket page's matching articles): the article's portal address, with
// its title as link text in Markdown's form, goes into the reply box at the cursor.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-insert-link]');
  const box = document.getElementById('reply-body');
  if (!button || !box) return;
  const title = button.dataset.linkTitle.replace(/[[\]]/g, '\\$&');
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? start;
  const before = start > 0 && !/\s$/.test(box.value.slice(0, start)) ? ' ' : '';
  box.setRangeText(`${before}[${title}](${button.dataset.linkUrl})`, start, end, 'end');
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.focus();
  const region = document.getElementById('announcer');
  const message = button.closest('[data-inserted]')?.dataset.inserted;
  if (region && message) region.textContent = message;
});
