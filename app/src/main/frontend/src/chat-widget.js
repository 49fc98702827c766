// The embeddable web chat. A customer's site adds one tag:
//   <script src="https://desk.example/assets/chat-widget.js" data-widget="WIDGET_ID" async></script>
// Everything renders inside a Shadow DOM (styles isolated both ways). The visitor talks to the
// desk by fetch (bearer token of the chat) and hears back over an EventSource opened with a
// short-lived signed stream ticket. Text is only ever set with textContent, never as HTML.
(() => {
  const script = document.currentScript || document.querySelector('script[data-widget]');
  if (!script || !script.dataset.widget) return;
  const widget = script.dataset.widget;
  const base = `${new URL(script.src, location.href).origin}/chat/${encodeURIComponent(widget)}`;
  const storageKey = `atum-chat-${widget}`;
  const lang = (navigator.language || 'en').toLowerCase().startsWith('de') ? 'de' : 'en';

  const TEXT = {
    en: {
      open: 'Chat with us', close: 'Close chat', title: 'Chat', name: 'Your name (optional)',
      email: 'Your e-mail (optional)', emailRequired: 'Your e-mail', message: 'Your message',
      start: 'Start chat', send: 'Send', file: 'Send a file', end: 'End chat',
      offline: 'No one is online right now. Leave a message and we will answer by e-mail.',
      leave: 'Leave a message', left: 'Thank you. Your ticket is {0}; we will answer by e-mail.',
      joined: '{0} joined the chat', typing: '{0} is typing…', ticket: 'Your ticket: {0}',
      closed: 'The chat was closed.', youLeft: 'You left the chat.', tooLarge: 'The file is too large.',
      failed: 'That did not work: {0}', quarantined: '{0} was not accepted: {1}', you: 'You',
      waiting: 'Please wait a moment, an agent will be with you shortly.', messages: 'Messages'
    },
    de: {
      open: 'Chatten Sie mit uns', close: 'Chat schließen', title: 'Chat', name: 'Ihr Name (optional)',
      email: 'Ihre E-Mail (optional)', emailRequired: 'Ihre E-Mail', message: 'Ihre Nachricht',
      start: 'Chat starten', send: 'Senden', file: 'Datei senden', end: 'Chat beenden',
      offline: 'Gerade ist niemand erreichbar. Hinterlassen Sie eine Nachricht, wir antworten per E-Mail.',
      leave: 'Nachricht hinterlassen', left: 'Danke. Ihr Ticket ist {0}; wir antworten per E-Mail.',
      joined: '{0} ist dem Chat beigetreten', typing: '{0} schreibt…', ticket: 'Ihr Ticket: {0}',
      closed: 'Der Chat wurde beendet.', youLeft: 'Sie haben den Chat verlassen.', tooLarge: 'Die Datei ist zu groß.',
      failed: 'Das hat nicht geklappt: {0}', quarantined: '{0} wurde nicht angenommen: {1}', you: 'Sie',
      waiting: 'Einen Moment bitte, gleich ist jemand für Sie da.', messages: 'Nachrichten'
    }
  }[lang];
  const t = (key, ...values) => TEXT[key].replace(/\{(\d)\}/g, (_, i) => values[Number(i)] ?? '');

  const CSS = `
    :host { all: initial; }
    * { box-sizing: border-box; font-family: system-ui, sans-serif; font-size: 15px; }
    .launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; background: #1d4ed8;
      color: #fff; border: 0; border-radius: 999px; padding: 12px 18px; cursor: pointer; font-weight: 600; }
    .launcher:focus-visible, button:focus-visible, textarea:focus-visible, input:focus-visible {
      outline: 3px solid #f59e0b; outline-offset: 2px; }
    .panel { position: fixed; right: 20px; bottom: 80px; z-index: 2147483000; width: min(380px, calc(100vw - 40px));
      max-height: min(600px, calc(100vh - 100px)); display: flex; flex-direction: column; background: #fff;
      color: #111827; border: 1px solid #9ca3af; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.25); }
    .panel[hidden] { display: none; }
    header { display: flex; align-items: center; justify-content: space-between; padding: 10px 14px;
      background: #1d4ed8; color: #fff; border-radius: 12px 12px 0 0; }
    h2 { margin: 0; font-size: 16px; }
    header button { background: transparent; color: #fff; border: 1px solid #fff; border-radius: 6px; cursor: pointer; padding: 4px 8px; }
    .body { padding: 12px 14px; overflow-y: auto; flex: 1; display: flex; flex-direction: column; gap: 8px; }
    .log { display: flex; flex-direction: column; gap: 6px; }
    .line { max-width: 85%; padding: 6px 10px; border-radius: 10px; background: #f3f4f6; white-space: pre-wrap; overflow-wrap: anywhere; }
    .line.visitor { align-self: flex-end; background: #dbeafe; }
    .line.system { align-self: center; background: transparent; color: #374151; font-style: italic; }
    .who { display: block; font-size: 12px; color: #374151; font-weight: 600; }
    form { display: flex; flex-direction: column; gap: 6px; }
    label { font-size: 13px; color: #374151; }
    input, textarea { border: 1px solid #6b7280; border-radius: 6px; padding: 6px 8px; color: #111827; background: #fff; width: 100%; }
    .actions { display: flex; gap: 6px; flex-wrap: wrap; }
    .primary { background: #1d4ed8; color: #fff; border: 0; border-radius: 6px; padding: 8px 12px; cursor: pointer; font-weight: 600; }
    .secondary { background: #fff; color: #1d4ed8; border: 1px solid #1d4ed8; border-radius: 6px; padding: 8px 12px; cursor: pointer; }
    .note { color: #374151; margin: 0; }
    .error { color: #b91c1c; margin: 0; font-weight: 600; }
    .typing { color: #374151; font-style: italic; min-height: 1.2em; margin: 0; }
    .file-link { color: #1d4ed8; background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; }
    .composer { border-top: 1px solid #d1d5db; padding: 10px 14px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (value !== false && value != null) node.setAttribute(key, value === true ? '' : value);
    }
    node.append(...children);
    return node;
  };
  const field = (id, labelText, control) => [el('label', { for: id, text: labelText }), control];

  // A landmark of its own, so the host page's landmarks still hold all content.
  const host = el('aside', { 'data-atum-chat': widget, 'aria-label': t('title') });
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  shadow.adoptedStyleSheets = [sheet];

  const launcher = el('button', { type: 'button', class: 'launcher', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': 'atum-chat-panel', text: t('open') });
  const title = el('h2', { id: 'atum-chat-title', text: t('title') });
  const closeButton = el('button', { type: 'button', text: t('close') });
  const body = el('div', { class: 'body' });
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t('messages') });
  const typing = el('p', { class: 'typing', role: 'status' });
  const error = el('p', { class: 'error', role: 'alert' });
  const composer = el('div', { class: 'composer' });
  const panel = el('div', { id: 'atum-chat-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'atum-chat-title', hidden: true },
    el('header', {}, title, closeButton), body, composer);
  shadow.append(launcher, panel);

  let chat = load();
  let info = null;
  let source = null;
  const seen = new Set();
  let typingTimer;

  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey)) || null; } catch { return null; }
  }
  function save(value) {
    chat = value;
    if (value) localStorage.setItem(storageKey, JSON.stringify(value)); else localStorage.removeItem(storageKey);
  }

  async function call(path, options = {}) {
    const headers = { ...(options.headers || {}) };
    if (chat?.token) headers.Authorization = `Bearer ${chat.token}`;
    if (options.json !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${base}${path}`, {
      method: options.method || 'GET', headers, keepalive: options.keepalive,
      body: options.json !== undefined ? JSON.stringify(options.json) : options.body
    });
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch { /* no problem body */ }
      const failure = new Error(detail);
      failure.status = response.status;
      throw failure;
    }
    return response.status === 204 ? null : response.json();
  }

  function showError(failure) {
    error.textContent = failure ? (failure.status === 413 ? t('tooLarge') : t('failed', failure.message)) : '';
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    render().then(() => (panel.querySelector('textarea, input') || closeButton).focus());
  }
  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }
  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', (event) => { if (event.key === 'Escape') { event.stopPropagation(); close(); } });

  async function render() {
    showError(null);
    if (chat) return showChat();
    try { info = await call(''); } catch (failure) { return showError(failure); }
    if (info.name) title.textContent = info.name;
    return info.online ? showPreChat() : showOffline();
  }

  function showPreChat() {
    const name = el('input', { id: 'atum-name', name: 'name', autocomplete: 'name', maxlength: '200' });
    const email = el('input', { id: 'atum-email', name: 'email', type: 'email', autocomplete: 'email' });
    const text = el('textarea', { id: 'atum-first', name: 'text', rows: '3', required: true, maxlength: '4000' });
    const form = el('form', { onsubmit: async (event) => {
      event.preventDefault();
      try {
        const started = await call('/conversations', { method: 'POST', json: {
          visitor: chat?.visitor, name: name.value, email: email.value, language: lang, text: text.value } });
        save({ conversation: started.conversation, token: started.token, visitor: started.visitor });
        await showChat();
        composer.querySelector('textarea')?.focus();
      } catch (failure) { showError(failure); }
    } }, ...field('atum-name', t('name'), name), ...field('atum-email', t('email'), email),
      ...field('atum-first', t('message'), text), el('button', { type: 'submit', class: 'primary', text: t('start') }));
    body.replaceChildren(...(info.greeting ? [el('p', { class: 'note', text: info.greeting })] : []), error);
    composer.replaceChildren(form);
  }

  function showOffline() {
    const name = el('input', { id: 'atum-off-name', name: 'name', autocomplete: 'name', maxlength: '200' });
    const email = el('input', { id: 'atum-off-email', name: 'email', type: 'email', required: true, autocomplete: 'email' });
    const text = el('textarea', { id: 'atum-off-text', name: 'text', rows: '4', required: true, maxlength: '4000' });
    const form = el('form', { onsubmit: async (event) => {
      event.preventDefault();
      try {
        const left = await call('/offline-messages', { method: 'POST', json: { name: name.value, email: email.value, language: lang, text: text.value } });
        const thanks = el('p', { class: 'note', role: 'status', tabindex: '-1', text: t('left', left.ticket) });
        body.replaceChildren(thanks);
        composer.replaceChildren();
        thanks.focus();
      } catch (failure) { showError(failure); }
    } }, ...field('atum-off-name', t('name'), name), ...field('atum-off-email', t('emailRequired'), email),
      ...field('atum-off-text', t('message'), text), el('button', { type: 'submit', class: 'primary', text: t('leave') }));
    body.replaceChildren(el('p', { class: 'note', text: t('offline') }), error);
    composer.replaceChildren(form);
  }

  async function showChat() {
    let state;
    try {
      state = await call(`/conversations/${chat.conversation}`);
    } catch (failure) {
      if (failure.status === 401 || failure.status === 404) { save({ visitor: chat.visitor }); chat = null; return render(); }
      return showError(failure);
    }
    if (!chat.conversation) return render();
    seen.clear();
    log.replaceChildren();
    if (state.status === 'WAITING' && !state.messages.some((m) => m.author === 'agent')) {
      body.replaceChildren(el('p', { class: 'note', text: t('waiting') }), log, typing, error);
    } else {
      body.replaceChildren(log, typing, error);
    }
    state.messages.forEach(addLine);
    showComposer(state.status !== 'CLOSED');
    connect();
  }

  function showComposer(active) {
    if (!active) { composer.replaceChildren(el('p', { class: 'note', text: t('closed') })); return; }
    const text = el('textarea', { id: 'atum-text', name: 'text', rows: '2', required: true, maxlength: '4000' });
    let lastTyping = 0;
    text.addEventListener('input', () => {
      if (Date.now() - lastTyping < 3000) return;
      lastTyping = Date.now();
      call(`/conversations/${chat.conversation}/typing`, { method: 'POST' }).catch(() => {});
    });
    text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
    });
    const file = el('input', { id: 'atum-file', type: 'file', name: 'file' });
    file.addEventListener('change', async () => {
      if (!file.files.length) return;
      const data = new FormData();
      data.append('file', file.files[0]);
      try {
        addLine(await call(`/conversations/${chat.conversation}/files`, { method: 'POST', body: data }));
        showError(null);
      } catch (failure) { showError(failure); }
      file.value = '';
    });
    const form = el('form', { onsubmit: async (event) => {
      event.preventDefault();
      if (!text.value.trim()) return;
      try {
        addLine(await call(`/conversations/${chat.conversation}/messages`, { method: 'POST', json: { text: text.value } }));
        text.value = '';
        showError(null);
      } catch (failure) { showError(failure); }
    } }, ...field('atum-text', t('message'), text),
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', text: t('send') }),
        el('button', { type: 'button', class: 'secondary', text: t('end'), onclick: endChat })),
      ...field('atum-file', t('file'), file));
    composer.replaceChildren(form);
  }

  async function endChat() {
    try { await call(`/conversations/${chat.conversation}/leave`, { method: 'POST' }); } catch { /* gone already */ }
    if (source) source.close();
    addSystem(t('youLeft'));
    save({ visitor: chat.visitor });
    const again = el('button', { type: 'button', class: 'primary', text: t('start'), onclick: () => { chat = load(); render(); } });
    composer.replaceChildren(again);
    again.focus();
  }

  function addSystem(text) {
    log.append(el('div', { class: 'line system', text }));
    body.scrollTop = body.scrollHeight;
  }

  function addLine(message) {
    if (!message || seen.has(message.id)) return;
    seen.add(message.id);
    if (message.author === 'system') {
      const code = message.text || '';
      if (code === 'joined') addSystem(t('joined', message.name));
      else if (code === 'closed') { addSystem(t('closed')); showComposer(false); }
      else if (code.startsWith('ticket:')) addSystem(t('ticket', code.slice(7)));
      return;
    }
    const line = el('div', { class: `line ${message.author}` },
      el('span', { class: 'who', text: message.author === 'visitor' ? t('you') : (message.name || '') }));
    if (message.text) line.append(document.createTextNode(message.text));
    if (message.file) {
      if (message.file.quarantineReason) {
        line.append(el('span', { class: 'error', text: t('quarantined', message.file.name, message.file.quarantineReason) }));
      } else {
        line.append(el('button', { type: 'button', class: 'file-link', text: message.file.name, onclick: () => download(message.file) }));
      }
    }
    log.append(line);
    if (message.author === 'agent') typing.textContent = '';
    body.scrollTop = body.scrollHeight;
  }

  async function download(file) {
    const response = await fetch(`${base}/conversations/${chat.conversation}/files/${file.id}`, {
      headers: { Authorization: `Bearer ${chat.token}` } });
    if (!response.ok) return showError({ status: response.status, message: response.statusText });
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: file.name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function connect() {
    if (source) source.close();
    let ticket;
    try {
      ticket = (await call(`/conversations/${chat.conversation}/stream-tickets`, { method: 'POST' })).ticket;
    } catch { return; }
    source = new EventSource(`${base}/conversations/${chat.conversation}/events?ticket=${encodeURIComponent(ticket)}`);
    const on = (name, handler) => source.addEventListener(name, (event) => handler(JSON.parse(event.data)));
    on('message', addLine);
    on('typing', (data) => {
      typing.textContent = t('typing', data.name);
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => { typing.textContent = ''; }, 5000);
    });
    on('agent-joined', () => body.querySelector('.note')?.remove());
    on('converted', () => {});
    on('closed', () => showComposer(false));
    source.addEventListener('open', () => { host.dataset.live = 'connected'; });
    source.addEventListener('error', () => {
      // The stream ended (timeout, network, expired ticket): a new ticket, then the chat again.
      if (source.readyState === EventSource.CLOSED && chat?.conversation) setTimeout(showChat, 3000);
    });
  }

  document.body.append(host);
})();
