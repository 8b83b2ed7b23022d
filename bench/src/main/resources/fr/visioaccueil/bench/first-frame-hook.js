// Installed before any script of every page (CDP Page.addScriptToEvaluateOnNewDocument), so that the platform's
// pages are measured from outside, unchanged. Each mark is the first time the page reached that step, in
// milliseconds since the epoch (performance.timeOrigin + performance.now()): both Chromiums run on one machine,
// so marks of the two sides compare.
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const marks = { navigation: performance.timeOrigin };
  const remoteTracks = new Set();
  const mark = (name) => {
    if (!(name in marks)) {
      marks[name] = now();
    }
  };
  window.__bench = { marks, mark };

  // the click that starts a call (the agent's "take"), and the last live update of a page (the point's waiting
  // page learning of the admission): kept across the navigation they trigger
  addEventListener('click', () => {
    sessionStorage.setItem('bench.click', String(now()));
    sessionStorage.removeItem('bench.told');
  }, true);
  const NativeSource = window.EventSource;
  window.EventSource = class extends NativeSource {
    constructor(...args) {
      super(...args);
      // the point's waiting page hears of its admission by the scoped "admitted" event, then the broadcast
      // "changed": the first is the one it acts upon
      let admitted = false;
      this.addEventListener('admitted', () => {
        admitted = true;
        sessionStorage.setItem('bench.told', String(now()));
        mark('told');
      });
      this.addEventListener('changed', () => admitted || sessionStorage.setItem('bench.told', String(now())));
    }
  };

  // the TURN credentials the room page asks for before it opens signaling
  const nativeFetch = window.fetch;
  window.fetch = async (...args) => {
    const response = await nativeFetch(...args);
    if (String(args[0]).includes('/visio/turn')) {
      mark('turn');
    }
    return response;
  };

  const media = navigator.mediaDevices;
  if (media && media.getUserMedia) {
    const getUserMedia = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      mark('media');
      return stream;
    };
  }

  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('open', () => mark('socket'));
      const send = this.send.bind(this);
      this.send = (data) => {
        if (/"type":"join"/.test(data)) {
          mark('join');
        }
        return send(data);
      };
      this.addEventListener('message', (event) => {
        if (/"type":"peer"/.test(event.data) && /"present":true/.test(event.data)) {
          mark('peer');
        }
      });
    }
  };

  const NativePeerConnection = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends NativePeerConnection {
    constructor(...args) {
      super(...args);
      this.addEventListener('track', ({ track }) => {
        if (track.kind === 'video') {
          remoteTracks.add(track.id);
        }
      });
      this.addEventListener('connectionstatechange', () => {
        if (this.connectionState === 'connected') {
          mark('connected');
        }
      });
    }
  };

  // the first frame of a remote track painted in any video element of the page
  const isRemote = (video) => Boolean(video.srcObject)
      && video.srcObject.getVideoTracks().some((track) => remoteTracks.has(track.id));
  const watch = (video) => video.requestVideoFrameCallback(() => (isRemote(video) ? mark('frame') : watch(video)));
  // a page may become the room in place (the point's waiting page, the agent's queue): its videos come later
  const roomShows = () => {
    if (document.getElementById('salle')) {
      mark('room');
    }
  };
  new MutationObserver((changes) => {
    roomShows();
    changes.forEach((change) => change.addedNodes.forEach((node) => {
      if (node.querySelectorAll) {
        [node, ...node.querySelectorAll('video')].filter((found) => found.tagName === 'VIDEO').forEach(watch);
      }
    }));
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    mark('page');
    roomShows();
    const navigation = performance.getEntriesByType('navigation')[0];
    marks.firstByte = performance.timeOrigin + navigation.responseStart;
    if (sessionStorage.getItem('bench.told')) {
      marks.told = Number(sessionStorage.getItem('bench.told'));
      sessionStorage.removeItem('bench.told');
    }
    document.querySelectorAll('video').forEach(watch);
  });
})();
