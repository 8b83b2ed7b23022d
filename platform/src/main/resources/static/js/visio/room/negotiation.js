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
// names the other page (not its socket): a page that only reattaches keeps this side's peer connection. Every
// message relayed from the other side carries its page's name, so the call follows the page whatever message
// of a new page comes first ("peer", or its offer or candidates overtaking it); pages left behind are ignored.
let remoteInstance = null;
const formerInstances = new Set();
// candidates that came before the description they belong to: applied once it is set
let earlyCandidates = [];
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
  // in the trace: a call that never connects shows whether its connection was replaced, or gathered nothing
  note('pc new');
  pc.onicegatheringstatechange = () => note(`ice gathering ${connection.iceGatheringState}`);
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
    note('pc closed');
  }
  pc = null;
  prepared = false;
  held = [];
  earlyCandidates = [];
  forgetSender();
}

// A connection whose checks never start neither connects nor fails: with no candidate from the other side (a side
// whose gathering yielded none, seen once in five runs of the suite on loopback), ICE stays "new" for good and
// watchIce never hears of it. The agent restarts ICE when the call is still not connected this long after an
// answer, the restart's own answer included; a link that gets through takes a few seconds at most, even by relay.
const CONNECTING_PATIENCE_MS = 12000;

function watchConnecting(connection) {
  setTimeout(() => {
    const stuck = !['connected', 'closed'].includes(connection.connectionState)
      && !['failed', 'disconnected'].includes(connection.iceConnectionState);
    if (connection === pc && stuck) {
      note('ice restart: not connected');
      connection.restartIce();
    }
  }, CONNECTING_PATIENCE_MS);
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

/**
 * Which page a message comes from decides what to do with it: the current one's goes on; a new page's first
 * message, whichever it is, starts the call afresh with that page; a former page's is dropped. Messages without
 * a name (none are, from this platform) count as the current page's.
 */
function fromCurrentPage(instance) {
  if (!instance || instance === remoteInstance) {
    return true;
  }
  if (formerInstances.has(instance)) {
    return false;
  }
  if (remoteInstance) {
    formerInstances.add(remoteInstance);
  }
  remoteInstance = instance;
  startWithNewPage();
  return true;
}

// The agent (impolite) always makes the first offer and the point answers it (with its prepared connection, or
// one built when the offer arrives). Perfect negotiation still settles later collisions, but a glare on the very
// first offer made Chromium lose the polite side's candidates after its rollback (seen in about one call in five
// on loopback).
function startWithNewPage() {
  if (prepared) {
    adoptPrepared();
  } else if (polite) {
    closePeer();
  } else {
    newPeerConnection();
  }
}

async function onDescription(message) {
  if (!fromCurrentPage(message.instance)) {
    return;
  }
  if (!pc) {
    newPeerConnection();
  }
  if (prepared) {
    adoptPrepared();
  }
  const description = { type: message.type, sdp: message.sdp };
  const collision = description.type === 'offer' && (makingOffer || pc.signalingState !== 'stable');
  ignoreOffer = !polite && collision;
  if (ignoreOffer) {
    return;
  }
  const connection = pc;
  await connection.setRemoteDescription(description);
  if (connection === pc) {
    applyEarlyCandidates(connection);
  }
  if (description.type === 'offer') {
    await connection.setLocalDescription();
    send({ type: connection.localDescription.type, sdp: connection.localDescription.sdp });
  } else if (!polite) {
    watchConnecting(connection);
  }
}

async function onCandidate(message) {
  if (!fromCurrentPage(message.instance)) {
    return;
  }
  if (!pc || !pc.remoteDescription) {
    earlyCandidates.push(message);
    return;
  }
  await addCandidate(pc, message);
}

function applyEarlyCandidates(connection) {
  const early = earlyCandidates;
  earlyCandidates = [];
  early.forEach((message) => addCandidate(connection, message));
}

async function addCandidate(connection, message) {
  try {
    await connection.addIceCandidate({ candidate: message.candidate, sdpMid: message.sdpMid, sdpMLineIndex: message.sdpMLineIndex });
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
  fromCurrentPage(message.instance);
  showCallStatus();
}

export const negotiationHandlers = {
  peer: onPeer,
  offer: onDescription,
  answer: onDescription,
  candidate: onCandidate,
};
