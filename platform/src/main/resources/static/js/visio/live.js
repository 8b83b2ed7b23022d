// Keeps a fragment of the page current: the server says "changed" over server-sent events and the page fetches
// its own fragment again (nothing scoped travels on the stream). A slow timer also refreshes the waiting times,
// and stands in for the stream when a proxy cuts it. A fragment holding [data-go] sends the page there.
const REFRESH_MS = 20000;

const region = document.querySelector('[data-live-fragment]');

async function refresh() {
  const response = await fetch(region.dataset.liveFragment, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  if (!response.ok) {
    return;
  }
  region.innerHTML = await response.text();
  const go = region.querySelector('[data-go]');
  if (go) {
    window.location.assign(go.href);
  }
}

if (region) {
  const stream = new EventSource('/visio/flux');
  stream.addEventListener('changed', () => refresh().catch(() => {}));
  stream.addEventListener('open', () => region.dataset.live = 'connected');
  setInterval(() => refresh().catch(() => {}), REFRESH_MS);
  const go = region.querySelector('[data-go]');
  if (go) {
    window.location.assign(go.href);
  }
}
