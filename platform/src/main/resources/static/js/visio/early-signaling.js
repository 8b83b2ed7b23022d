// The room's signaling socket, opened by a page becoming the room in place (enter-room.js) as soon as it holds
// the room's pass: its handshake runs while the room's markup and modules are put in place, and signaling.js
// takes it over. The platform says nothing on a socket before the page joins, so nothing is missed meanwhile.
let early = null;

export function signalingUrl(path, pass) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}?jeton=${encodeURIComponent(pass)}`;
}

export function openEarly(url) {
  early = { url, socket: new WebSocket(url) };
}

/** The socket opened early for this address if it is still usable (once); null otherwise. */
export function takeEarly(url) {
  const taken = early && early.url === url ? early.socket : null;
  early = null;
  return taken && taken.readyState <= WebSocket.OPEN ? taken : null;
}
