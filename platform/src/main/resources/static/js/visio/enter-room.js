// Enters an interview room without leaving the page (the point's waiting page on its admission, the agent's queue
// on "take"): the room page's section takes the place of this page's, the address becomes the room's (a reload
// lands on the room page itself) and the room's modules start, with the camera this page may already hold
// (camera.js). Anything but a room page falls back to an ordinary navigation to what the platform answered. The
// point's waiting page holds the room ready in a template and needs only the pass its admission brings.
import { openEarly, signalingUrl } from './early-signaling.js';

const ROOM_PATH = /^\/visio\/entretiens\/\d+$/;

/** From a room's address, or from the answer already fetched (the room, answering the agent's "take"). */
export async function enterRoom(addressOrResponse) {
  const response = typeof addressOrResponse === 'string'
    ? await fetch(addressOrResponse, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
    : addressOrResponse;
  // the room's own address: where the platform redirected, or where it says the room it answered with lives
  const address = new URL(response.headers.get('Content-Location') || response.url, window.location.href);
  const page = response.ok && ROOM_PATH.test(address.pathname)
    ? new DOMParser().parseFromString(await response.text(), 'text/html') : null;
  const room = page && page.getElementById('salle');
  if (!room) {
    window.location.assign(address.href);
    return;
  }
  await startRoom(room, page.title, address.href, [...page.getElementById('contenu').childNodes]);
}

/** From the room the page holds ready (the point's waiting page), with the pass and ICE servers of its admission. */
export async function enterPreparedRoom(template, admitted) {
  const room = document.importNode(template.content, true).getElementById('salle');
  room.dataset.pass = admitted.pass;
  room.dataset.iceServers = JSON.stringify(admitted.iceServers);
  await startRoom(room, template.dataset.title, template.dataset.room, [room]);
}

async function startRoom(room, title, address, content) {
  openEarly(signalingUrl(room.dataset.signaling, room.dataset.pass));
  // scripts parsed here never run: the room's modules are imported below, in the page's order
  const modules = [...room.querySelectorAll('script[src]')].map((script) => script.src);
  room.querySelectorAll('script').forEach((script) => script.remove());
  document.title = title;
  history.replaceState(null, '', address);
  const main = document.getElementById('contenu');
  main.replaceChildren(...content);
  for (const module of modules) {
    await import(module);
  }
  // as after a navigation, the next Tab starts from the new content (focusing lays the page out: once started)
  main.focus();
}
