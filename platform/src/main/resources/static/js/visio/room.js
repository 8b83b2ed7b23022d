// The interview room: WebRTC peer to peer between the point and the agent, signaling through the platform's
// WebSocket (room/signaling.js), perfect negotiation (room/negotiation.js), and a sending side that adapts to
// a poor link (room/quality-policy.js, room/adaptation.js). This module wires them and starts the call.
import { element, root, showError, showStatus, texts } from './room/page.js';
import { announceVideo, media, openCameraAndMicrophone } from './room/media.js';
import { configure, mediaConnected, negotiationHandlers, peer, prepare, showCallStatus } from './room/negotiation.js';
import { dropSignaling, send, startSignaling } from './room/signaling.js';
import { chatHandlers } from './room/chat.js';
import { leave } from './room/controls.js';
import { adaptationFigures, adaptationHandlers, announceLevel, simulateReadings, startAdapting } from './room/adaptation.js';
import { callFigures } from './room/stats.js';
import { showFigures } from './room/indicator.js';

const instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

// Messages of types not listed here reach the page as DOM events on the room: `visio:<type>` (see signaling.js).
const handlers = {
  ...negotiationHandlers,
  ...chatHandlers,
  ...adaptationHandlers,
  video: (message) => {
    element('video-distante').hidden = !message.on;
    element('video-coupee').hidden = message.on;
  },
  hangup: () => leave(),
  error: (message) => (message.code === 'ended' ? leave() : showError(message.code)),
};

// the camera, the microphone and the socket open together; joining does not wait for the camera (the other side
// learns we are here meanwhile), but every message, and what we say of our video, waits for the tracks
const mediaReady = openCameraAndMicrophone();

function afterMedia(byType) {
  return Object.fromEntries(Object.entries(byType).map(([type, handle]) => [type, async (message) => {
    await mediaReady;
    return handle(message);
  }]));
}

async function onOpen() {
  send({ type: 'join', instance });
  await mediaReady;
  announceVideo();
  announceLevel();
  showCallStatus();
}

// the call goes on peer to peer while the platform is away: say so rather than "connection lost"
function onLost() {
  showStatus(mediaConnected() ? texts.signalingLost : texts.reconnecting);
}

async function stats() {
  return { ...(await callFigures(peer())), ...adaptationFigures(), audioOnly: media.audioOnly };
}

// the ICE servers (TURN credentials when a relay is configured) come in the page, as the pass does; the
// candidates are gathered while waiting for the other side
function start() {
  configure({ iceServers: JSON.parse(root.dataset.iceServers || '[]'), iceTransportPolicy: root.dataset.iceTransportPolicy,
    iceCandidatePoolSize: 1 });
  startSignaling({ handlers: afterMedia(handlers), onOpen, onLost });
  mediaReady.then(() => {
    prepare();
    startAdapting();
  });
  setInterval(() => stats().then(showFigures).catch(() => {}), 2000);
}

// a small hook for tests and support: the call's figures from getStats, a way to cut the signaling socket as a
// network drop would (the page must reconnect on its own while the media go on), and readings of a poor link
// fed to the quality policy in place of getStats's
window.visioRoom = { stats, dropSignaling, simulateReadings };
start();
