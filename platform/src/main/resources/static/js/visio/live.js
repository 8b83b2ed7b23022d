// Keeps a fragment of the page current: the server says "changed" over server-sent events and the page fetches
// its own fragment again (nothing scoped travels on the stream). A slow timer also refreshes the waiting times,
// and stands in for the stream when a proxy cuts it. A fragment holding [data-go] makes the page the room there,
// in place (enter-room.js); so does the point's "admitted" event naming this page's interview, which brings the
// pass to the room the page holds ready: no round trip at all.
import { enterPreparedRoom, enterRoom } from './enter-room.js';

const REFRESH_MS = 20000;

const region = document.querySelector('[data-live-fragment]');
let leaving = false;
let stream = null;
let timer = null;

// leaving the live page, in place or not: no more refreshing, and the stream closes (an agent's open stream is
// what "online now" means, and an agent in an interview is not available)
function stopListening() {
  leaving = true;
  clearInterval(timer);
  if (stream) {
    stream.close();
  }
}

// once: a second entry (the fragment fetched after the event) would start a second room
function go(href) {
  if (!leaving) {
    stopListening();
    enterRoom(href).catch(() => window.location.assign(href));
  }
}

// the room the waiting page holds ready, with the pass that came with the admission: no round trip at all
function goToPreparedRoom(admitted) {
  const template = document.getElementById('salle-modele');
  if (!template) {
    go(region.dataset.room);
  } else if (!leaving) {
    stopListening();
    enterPreparedRoom(template, admitted).catch(() => window.location.assign(region.dataset.room));
  }
}

async function refresh() {
  if (leaving) {
    return;
  }
  const response = await fetch(region.dataset.liveFragment, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  if (!response.ok || leaving) {
    return;
  }
  region.innerHTML = await response.text();
  const link = region.querySelector('[data-go]');
  if (link) {
    go(link.href);
  }
}

function listen() {
  stream = new EventSource('/visio/flux');
  stream.addEventListener('admitted', (event) => {
    const admitted = JSON.parse(event.data);
    if (region.dataset.room && String(admitted.interview) === region.dataset.interview) {
      goToPreparedRoom(admitted);
    }
  });
  stream.addEventListener('changed', () => refresh().catch(() => {}));
  stream.addEventListener('open', () => region.dataset.live = 'connected');
  timer = setInterval(() => refresh().catch(() => {}), REFRESH_MS);
}

if (region) {
  // back to this page from the history's cache: it listens again
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      leaving = false;
      listen();
    }
  });
  // taking a request leaves the queue: refreshing it meanwhile would only load the platform at that moment
  document.addEventListener('submit', stopListening);
  listen();
  const link = region.querySelector('[data-go]');
  if (link) {
    go(link.href);
  }
}
