// The interview room: WebRTC peer to peer between the point and the agent, signaling through the platform's
// WebSocket (room/signaling.js), perfect negotiation (room/negotiation.js), and a sending side that adapts to
// a poor link (room/quality-policy.js, room/adaptation.js). This module wires them and starts the call.
import { element, root, showError, showStatus, texts } from './room/page.js';
import { announceVideo, media, openCameraAndMicrophone } from './room/media.js';
import { configure, mediaConnected, negotiationHandlers, peer, showCallStatus } from './room/negotiation.js';
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

function onOpen() {
  send({ type: 'join', instance });
  announceVideo();
  announceLevel();
  showCallStatus();
}

// the call goes on peer to peer while the platform is away: say so rather than "connection lost"
function onLost() {
  showStatus(mediaConnected() ? texts.signalingLost : texts.reconnecting);
}

// TURN credentials come from the platform when a relay is configured; loopback and most LANs need none
async function iceServers() {
  try {
    const response = await fetch(root.dataset.turnUrl, { credentials: 'same-origin' });
    if (response.ok) {
      return (await response.json()).iceServers || [];
    }
  } catch (unreachable) {
    // no relay: direct and STUN-free host candidates only
  }
  return [];
}

async function stats() {
  return { ...(await callFigures(peer())), ...adaptationFigures(), audioOnly: media.audioOnly };
}

async function start() {
  await openCameraAndMicrophone();
  configure({ iceServers: await iceServers(), iceTransportPolicy: root.dataset.iceTransportPolicy });
  startSignaling({ handlers, onOpen, onLost });
  startAdapting();
  setInterval(() => stats().then(showFigures).catch(() => {}), 2000);
}

// a small hook for tests and support: the call's figures from getStats, a way to cut the signaling socket as a
// network drop would (the page must reconnect on its own while the media go on), and readings of a poor link
// fed to the quality policy in place of getStats's
window.visioRoom = { stats, dropSignaling, simulateReadings };
start();
