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
// a connection made ready before any other page came (tracks added; the agent's offer and candidates made and
// held here), so that the call starts the moment the other side joins
let prepared = false;
let held = [];

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

/** Once the camera is open: the peer connection waits for the other side ready-made. */
export function prepare() {
  if (!pc) {
    newPeerConnection();
    prepared = true;
  }
}

function transmit(message) {
  if (prepared) {
    held.push(message);
  } else {
    send(message);
  }
}

// the first other page takes the prepared connection: what it made meanwhile goes out now
function adoptPrepared() {
  prepared = false;
  held.forEach(send);
  held = [];
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
      transmit({ type: 'candidate', candidate: candidate.candidate, sdpMid: candidate.sdpMid, sdpMLineIndex: candidate.sdpMLineIndex });
    }
  };
  pc.onnegotiationneeded = async () => {
    // the polite side answers the first offer and never makes one (see startOrAwaitOffer)
    if (polite && !pc.currentRemoteDescription) {
      return;
    }
    try {
      makingOffer = true;
      await pc.setLocalDescription();
      transmit({ type: pc.localDescription.type, sdp: pc.localDescription.sdp });
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
  prepared = false;
  held = [];
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
  if (prepared) {
    adoptPrepared();
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
    if (prepared) {
      adoptPrepared();
    } else {
      startOrAwaitOffer();
    }
  }
  showCallStatus();
}

// The agent (impolite) always makes the first offer and the point answers it (with its prepared connection, or
// one built when the offer arrives). Perfect negotiation still settles later collisions, but a glare on the very
// first offer made Chromium lose the polite side's candidates after its rollback (seen in about one call in five
// on loopback).
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
