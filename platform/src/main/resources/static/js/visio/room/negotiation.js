// The peer connection and its perfect negotiation: the point is the polite side; the agent offers first and
// alone restarts ICE when the path breaks, so both sides never offer at once.
import { element, polite, showStatus, texts } from './page.js';
import { addTracks, forgetSender } from './media.js';
import { hasReattached, send } from './signaling.js';
import { note } from './trace.js';

const remoteVideo = element('video-distante');
let pc = null;
let config = { iceServers: [] };
let makingOffer = false;
let ignoreOffer = false;
// names the other page (not its socket): a page that only reattaches keeps this side's peer connection
let remoteInstance = null;

export function peer() {
  return pc;
}

export function configure(rtcConfiguration) {
  config = rtcConfiguration;
}

export function mediaConnected() {
  return Boolean(pc) && pc.connectionState === 'connected';
}

/** Connected (and whether signaling had to reattach), or still waiting for the other side. */
export function showCallStatus() {
  if (!mediaConnected()) {
    showStatus(texts.waitingPeer);
  } else {
    showStatus(hasReattached() ? texts.reattached : texts.connected);
  }
}

function newPeerConnection() {
  closePeer();
  pc = new RTCPeerConnection(config);
  addTracks(pc);
  pc.ontrack = ({ streams }) => {
    if (remoteVideo.srcObject !== streams[0]) {
      remoteVideo.srcObject = streams[0];
    }
  };
  pc.onicecandidate = ({ candidate }) => {
    if (candidate && candidate.candidate) {
      send({ type: 'candidate', candidate: candidate.candidate, sdpMid: candidate.sdpMid, sdpMLineIndex: candidate.sdpMLineIndex });
    }
  };
  pc.onnegotiationneeded = async () => {
    try {
      makingOffer = true;
      await pc.setLocalDescription();
      send({ type: pc.localDescription.type, sdp: pc.localDescription.sdp });
    } finally {
      makingOffer = false;
    }
  };
  const connection = pc;
  pc.oniceconnectionstatechange = () => watchIce(connection);
  pc.onconnectionstatechange = () => {
    if (connection.connectionState === 'connected') {
      showCallStatus();
    }
  };
}

export function closePeer() {
  if (pc) {
    pc.close();
  }
  pc = null;
  forgetSender();
}

// a drop of the rural link: restart ICE at once when it failed, after a short grace when merely disconnected
function watchIce(connection) {
  const state = connection.iceConnectionState;
  if (state !== 'failed' && state !== 'disconnected') {
    return;
  }
  showStatus(texts.reconnecting);
  if (polite) {
    return;
  }
  const grace = state === 'failed' ? 0 : 3000;
  setTimeout(() => {
    if (connection === pc && ['failed', 'disconnected'].includes(connection.iceConnectionState)) {
      connection.restartIce();
    }
  }, grace);
}

async function onDescription(description) {
  if (!pc) {
    newPeerConnection();
  }
  const collision = description.type === 'offer' && (makingOffer || pc.signalingState !== 'stable');
  ignoreOffer = !polite && collision;
  if (ignoreOffer) {
    return;
  }
  await pc.setRemoteDescription(description);
  if (description.type === 'offer') {
    await pc.setLocalDescription();
    send({ type: pc.localDescription.type, sdp: pc.localDescription.sdp });
  }
}

async function onCandidate(message) {
  if (!pc) {
    return;
  }
  try {
    await pc.addIceCandidate({ candidate: message.candidate, sdpMid: message.sdpMid, sdpMLineIndex: message.sdpMLineIndex });
  } catch (refused) {
    if (!ignoreOffer) {
      note(`! candidate: ${refused}`);
    }
  }
}

// A page seen again under the same name only reattached its signaling (a blip, a platform restart): the peer
// connection goes on untouched, no renegotiation. A new name is a new page: the call starts afresh.
function onPeer(message) {
  if (!message.present) {
    showStatus(texts.peerLeft);
    return;
  }
  if (!pc || message.instance !== remoteInstance) {
    remoteInstance = message.instance;
    startOrAwaitOffer();
  }
  showCallStatus();
}

// The agent (impolite) always makes the first offer and the point answers it, building its connection when the
// offer arrives. Perfect negotiation still settles later collisions, but a glare on the very first offer made
// Chromium lose the polite side's candidates after its rollback (seen in about one call in five on loopback).
function startOrAwaitOffer() {
  if (polite) {
    closePeer();
  } else {
    newPeerConnection();
  }
}

export const negotiationHandlers = {
  peer: onPeer,
  offer: (message) => onDescription({ type: 'offer', sdp: message.sdp }),
  answer: (message) => onDescription({ type: 'answer', sdp: message.sdp }),
  candidate: onCandidate,
};
