// The interview's documents panel: send a scan, a photo or a PDF, list what both sides sent (from the platform at
// load and after each signaling reconnection, then live from room.js's 'visio:document' events), and open, save,
// preview or print each one.
const room = document.getElementById('salle');
const panel = document.getElementById('documents');
const texts = panel.dataset;
const form = document.getElementById('document-form');
const input = document.getElementById('document-fichier');
const statusLine = document.getElementById('document-etat');
const errorLine = document.getElementById('document-erreur');
const list = document.getElementById('document-liste');
const model = document.getElementById('document-modele');
const shown = new Set();

const fill = (text, value) => text.replace('{0}', value);

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
}

function sizeText(bytes) {
  if (bytes < 1024 * 1024) {
    return `${Math.max(1, Math.round(bytes / 1024))} ${texts.kb}`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} ${texts.mb}`;
}

function say(status, error) {
  statusLine.textContent = status || '';
  errorLine.textContent = error || '';
}

// the browser's own print dialog for a PDF: loaded in a same-origin frame kept off screen (a frame hidden with
// display: none is never laid out, and Chromium would print nothing)
function print(url, name) {
  let frame = document.getElementById('document-impression');
  if (!frame) {
    frame = document.createElement('iframe');
    frame.id = 'document-impression';
    frame.className = 'print-frame';
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    document.body.append(frame);
  }
  frame.title = fill(texts.printLabel, name);
  frame.onload = () => {
    frame.contentWindow.focus();
    frame.contentWindow.print();
  };
  frame.src = url;
}

function preview(item, url, name) {
  const image = document.createElement('img');
  image.className = 'document-preview';
  image.src = url;
  image.alt = fill(texts.preview, name);
  item.append(image);
}

function add(doc) {
  if (shown.has(doc.id)) {
    return;
  }
  shown.add(doc.id);
  const url = `${texts.url}/${encodeURIComponent(doc.id)}`;
  const item = model.content.firstElementChild.cloneNode(true);
  const kind = doc.mediaType.split('/')[1].toUpperCase();
  const from = doc.from === texts.side ? texts.fromMe : texts.fromOther;
  item.dataset.id = doc.id;
  item.dataset.from = doc.from;
  item.querySelector('.document-name').textContent = doc.name;
  item.querySelector('.document-meta').textContent = ` — ${kind}, ${sizeText(doc.size)}, ${from}, ${doc.time}`;
  const open = item.querySelector('.document-open');
  open.href = url;
  open.setAttribute('aria-label', fill(texts.openLabel, doc.name));
  const save = item.querySelector('.document-download');
  save.href = `${url}?telecharger=1`;
  save.setAttribute('aria-label', fill(texts.downloadLabel, doc.name));
  const printButton = item.querySelector('.document-print');
  if (texts.side === 'POINT' && doc.from === 'AGENT' && doc.mediaType === 'application/pdf') {
    printButton.hidden = false;
    printButton.setAttribute('aria-label', fill(texts.printLabel, doc.name));
    printButton.addEventListener('click', () => print(url, doc.name));
  }
  if (doc.mediaType.startsWith('image/')) {
    preview(item, url, doc.name);
  }
  list.append(item);
  document.getElementById('document-aucun').hidden = true;
}

// what was sent while this page was away (first load, signaling reconnection): the platform's list is the truth
async function refresh() {
  try {
    const response = await fetch(texts.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.ok) {
      (await response.json()).forEach(add);
    }
  } catch (unreachable) {
    // the next reconnection tries again
  }
}

async function upload(file) {
  const body = new FormData();
  body.append('fichier', file);
  say(texts.sending);
  try {
    const response = await fetch(texts.url, { method: 'POST', body, credentials: 'same-origin',
      headers: { Accept: 'application/json', ...csrfHeaders() } });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      say('', answer.erreur || texts.failed);
      return;
    }
    add(answer);
    form.reset();
    say(texts.sent);
  } catch (unreachable) {
    say('', texts.failed);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const [file] = input.files;
  if (!file || file.size === 0) {
    say('', texts.empty);
  } else if (file.size > Number(texts.maxBytes)) {
    // refused here already: a rural link need not carry megabytes the platform would refuse
    say('', texts.tooLarge);
  } else {
    upload(file);
  }
});

room.addEventListener('visio:document', (event) => {
  add(event.detail);
  say(fill(texts.received, event.detail.name));
});
room.addEventListener('visio:signaling-open', refresh);
refresh();
