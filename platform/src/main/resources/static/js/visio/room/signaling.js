// The signaling socket to the platform. It trusts the room pass alone, so after a drop or a platform restart
// the page reattaches on its own (backoff with jitter) while the media keep flowing peer to peer.
import { element, root, showStatus, texts } from './page.js';
import { note } from './trace.js';
import { signalingUrl, takeEarly } from '../early-signaling.js';

let pass = root.dataset.pass;
let socket = null;
let attempts = 0;
let everOpened = false;
let reattached = false;
let stopped = false;
// what the last pass refresh learnt: 'fresh', 'signed-out' (the platform answered but the session is gone) or 'unreachable'
let lastRefresh = 'fresh';
let hooks = { handlers: {}, onOpen: () => {}, onLost: () => {} };

export function send(message) {
  note(`→ ${message.type}`);
  if (socket && socket.readyState === WebSocket.OPEN) {
    socket.send(JSON.stringify(message));
    return true;
  }
  return false;
}

/** Opens the socket; handlers by message type, onOpen(reattaching) after every opening, onLost() after every loss. */
export function startSignaling(given) {
  hooks = given;
  connect();
}

export function hasReattached() {
  return reattached;
}

function connect() {
  const url = signalingUrl(root.dataset.signaling, pass);
  const current = takeEarly(url) || new WebSocket(url);
  socket = current;
  let opened = false;
  const onOpen = () => {
    opened = true;
    attempts = 0;
    reattached = everOpened;
    everOpened = true;
    element('laissez-passer-expire').hidden = true;
    hooks.onOpen(reattached);
    // e.g. the documents panel reloads its list: documents sent while the socket was down were not pushed
    root.dispatchEvent(new CustomEvent('visio:signaling-open'));
  };
  // a socket opened early (early-signaling.js) may be open already
  if (current.readyState === WebSocket.OPEN) {
    onOpen();
  } else {
    current.addEventListener('open', onOpen);
  }
  current.addEventListener('message', (event) => dispatch(JSON.parse(event.data)));
  current.addEventListener('close', (event) => closed(event, opened));
}

// the room's own types go to their handlers; any other (e.g. documents) becomes a DOM event on the room,
// `visio:<type>`, for whichever module listens for it
function dispatch(message) {
  note(`← ${message.type}${message.code ? ` ${message.code}` : ''}`);
  const handle = hooks.handlers[message.type];
  if (handle) {
    Promise.resolve(handle(message)).catch((failure) => note(`! ${message.type}: ${failure}`));
  } else {
    root.dispatchEvent(new CustomEvent(`visio:${message.type}`, { detail: message }));
  }
}

function closed(event, opened) {
  // 1008: this interview was opened again in another window, which now holds the room; do not fight it
  if (event.code === 1008) {
    stopped = true;
    showStatus(texts.replaced);
    return;
  }
  if (stopped) {
    return;
  }
  // refused although the platform answered just before: the pass expired while it was away, and the session
  // that would renew it is gone; signing in again (another tab) lets the next refresh fetch a new one
  if (!opened && lastRefresh === 'signed-out') {
    element('laissez-passer-expire').hidden = false;
    showStatus(texts.passExpired);
  } else {
    hooks.onLost();
  }
  reconnectLater();
}

// backoff 0.5 s, 1 s, 2 s… up to 15 s, with jitter so that a restarted platform is not hit by every page at once
function reconnectLater() {
  const delay = Math.min(15000, 500 * 2 ** attempts) * (0.75 + Math.random() / 2);
  attempts += 1;
  setTimeout(async () => {
    lastRefresh = await refreshPass();
    connect();
  }, delay);
}

// the page's session may not have survived a restart: the pass already held then still opens the socket
async function refreshPass() {
  try {
    const response = await fetch(root.dataset.passUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.ok && (response.headers.get('Content-Type') || '').includes('json')) {
      pass = (await response.json()).jeton;
      return 'fresh';
    }
    return 'signed-out';
  } catch (unreachable) {
    return 'unreachable';
  }
}

/** Closes for good (hang-up, leaving); resolves once the platform acknowledged the close, or after 2 s. */
export function closeSignaling() {
  stopped = true;
  if (!socket || socket.readyState === WebSocket.CLOSED) {
    return Promise.resolve();
  }
  const closing = new Promise((resolve) => {
    socket.addEventListener('close', resolve, { once: true });
    setTimeout(resolve, 2000);
  });
  socket.close(1000);
  return closing;
}

/** For tests and support: cuts the socket as a network drop would; the page must reattach on its own. */
export function dropSignaling() {
  socket.close(4000, 'test');
}
