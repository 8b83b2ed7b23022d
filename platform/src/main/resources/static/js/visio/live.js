// Keeps a fragment of the page current: the server says "changed" over server-sent events and the page fetches
// its own fragment again (nothing scoped travels on the stream). A slow timer also refreshes the waiting times,
// and stands in for the stream when a proxy cuts it. A fragment holding [data-go] sends the page there; so does
// the point's "admitted" event naming this page's interview, which spares the fragment's round trip.
const REFRESH_MS = 20000;

const region = document.querySelector('[data-live-fragment]');
let leaving = false;

// once: a second assign (the fragment fetched after the event) would restart the navigation under way
function go(href) {
  if (!leaving) {
    leaving = true;
    window.location.assign(href);
  }
}

async function refresh() {
  if (leaving) {
    return;
  }
  const response = await fetch(region.dataset.liveFragment, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  if (!response.ok) {
    return;
  }
  region.innerHTML = await response.text();
  const link = region.querySelector('[data-go]');
  if (link) {
    go(link.href);
  }
}

if (region) {
  // back to this page from the history's cache: it may have to leave again
  window.addEventListener('pageshow', () => { leaving = false; });
  // taking a request leaves the queue: refreshing it meanwhile would only load the platform at that moment
  document.addEventListener('submit', () => { leaving = true; });
  const stream = new EventSource('/visio/flux');
  stream.addEventListener('admitted', (event) => {
    if (region.dataset.room && event.data === region.dataset.interview) {
      go(region.dataset.room);
    }
  });
  stream.addEventListener('changed', () => refresh().catch(() => {}));
  stream.addEventListener('open', () => region.dataset.live = 'connected');
  setInterval(() => refresh().catch(() => {}), REFRESH_MS);
  const link = region.querySelector('[data-go]');
  if (link) {
    go(link.href);
  }
}
