// The interview room: WebRTC peer to peer between the point and the agent, signaling through the platform's
// WebSocket. Perfect negotiation (the point is the polite side; the agent offers first and restarts ICE when the
// path breaks), and a signaling socket that reconnects with backoff: the media keep flowing while the platform
// restarts.
const root = document.getElementById('salle');
const texts = document.getElementById('textes').dataset;
const polite = root.dataset.side === 'POINT';
const localVideo = document.getElementById('video-locale');
const remoteVideo = document.getElementById('video-distante');
const statusLine = document.getElementById('etat-connexion');
const quality = document.getElementById('qualite');
const errorLine = document.getElementById('erreur-signal');
const chatLog = document.getElementById('chat-messages');

let pass = root.dataset.pass;
// names this page (not its socket): the other side keeps its peer connection when this page only reattaches
const instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
let remoteInstance = null;
let socket;
let pc;
let config = { iceServers: [] };
let localStream = new MediaStream();
let cameraTrack = null;
let screenTrack = null;
let audioOnly = false;
let videoSender = null;
let makingOffer = false;
let ignoreOffer = false;
let attempts = 0;
let ended = false;
let left = false;
let lastBytes = { at: 0, bytes: 0 };

// the last signaling events, for support and tests: what went out, what came in, what failed
const trace = [];
function note(event) {
  trace.push(`${Math.round(performance.now())} ${event}`);
  if (trace.length > 100) {
    trace.shift();
  }
}

function send(message) {
  note(`→ ${message.type}`);
  if (socket && socket.readyState === WebSocket.OPEN) {
    socket.send(JSON.stringify(message));
    return true;
  }
  return false;
}

function showStatus(text) {
  statusLine.textContent = text;
}

function showError(code) {
  const key = code.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  errorLine.textContent = errorLine.dataset[key] || errorLine.dataset.generic;
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

function newPeerConnection() {
  if (pc) {
    pc.close();
  }
  pc = new RTCPeerConnection(config);
  localStream.getAudioTracks().forEach((track) => pc.addTrack(track, localStream));
  if (cameraTrack) {
    videoSender = pc.addTrack(cameraTrack, localStream);
    outgoingVideo();
  }
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
  pc.oniceconnectionstatechange = () => watchIce(pc);
  pc.onconnectionstatechange = () => {
    if (pc.connectionState === 'connected') {
      showStatus(texts.connected);
    }
  };
}

// a drop of the rural link: restart ICE at once when it failed, after a short grace when merely disconnected
// only the agent restarts ICE (its new offer carries the restart), so both sides never offer at once
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
  try {
    await pc.addIceCandidate({ candidate: message.candidate, sdpMid: message.sdpMid, sdpMLineIndex: message.sdpMLineIndex });
  } catch (refused) {
    if (!ignoreOffer) {
      note(`! candidate: ${refused}`);
    }
  }
}

function onPeer(message) {
  if (!message.present) {
    showStatus(texts.peerLeft);
    return;
  }
  if (!pc || message.instance !== remoteInstance) {
    remoteInstance = message.instance;
    startOrAwaitOffer();
  }
  showStatus(pc.connectionState === 'connected' ? texts.connected : texts.waitingPeer);
}

// The agent (impolite) always makes the first offer and the point answers it, building its connection when the
// offer arrives. Perfect negotiation still settles later collisions, but a glare on the very first offer made
// Chromium lose the polite side's candidates after its rollback (seen in about one call in five on loopback).
function startOrAwaitOffer() {
  if (polite) {
    if (pc) {
      pc.close();
    }
    pc = null;
    videoSender = null;
  } else {
    newPeerConnection();
  }
}

function addChat(who, text) {
  const item = document.createElement('li');
  const author = document.createElement('strong');
  author.textContent = `${who} : `;
  item.append(author, document.createTextNode(text));
  chatLog.append(item);
}

const handlers = {
  peer: onPeer,
  offer: (message) => onDescription({ type: 'offer', sdp: message.sdp }),
  answer: (message) => onDescription({ type: 'answer', sdp: message.sdp }),
  candidate: (message) => (pc ? onCandidate(message) : undefined),
  chat: (message) => addChat(chatLog.dataset.other, message.text),
  video: (message) => showRemoteVideo(message.on),
  hangup: () => leave(),
  error: (message) => (message.code === 'ended' ? leave() : showError(message.code)),
  // a document the other side sent: the documents panel (documents.js) lists it
  document: (message) => root.dispatchEvent(new CustomEvent('visio:document', { detail: message })),
};

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  socket = new WebSocket(`${scheme}//${location.host}${root.dataset.signaling}?jeton=${encodeURIComponent(pass)}`);
  socket.addEventListener('open', () => {
    attempts = 0;
    root.dispatchEvent(new CustomEvent('visio:signaling-open'));
    send({ type: 'join', instance });
    send({ type: 'video', on: Boolean(audioOnly ? null : (screenTrack || cameraTrack)) });
    showStatus(pc && pc.connectionState === 'connected' ? texts.connected : texts.waitingPeer);
  });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    note(`← ${message.type}${message.code ? ` ${message.code}` : ''}`);
    const handle = handlers[message.type];
    if (handle) {
      Promise.resolve(handle(message)).catch((failure) => note(`! ${message.type}: ${failure}`));
    }
  });
  socket.addEventListener('close', (event) => {
    // 1008: this interview was opened again in another window, which now holds the room; do not fight it
    if (event.code === 1008) {
      ended = true;
      showStatus(texts.replaced);
    } else if (!ended) {
      reconnectLater();
    }
  });
}

// backoff 0.5 s, 1 s, 2 s… up to 15 s, with jitter so that a restarted platform is not hit by every page at once
function reconnectLater() {
  if (!pc || pc.connectionState !== 'connected') {
    showStatus(texts.reconnecting);
  }
  const delay = Math.min(15000, 500 * 2 ** attempts) * (0.75 + Math.random() / 2);
  attempts += 1;
  setTimeout(async () => {
    await refreshPass();
    connect();
  }, delay);
}

// the page's session may not have survived a restart: the pass already held then still opens the socket
async function refreshPass() {
  try {
    const response = await fetch(root.dataset.passUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.ok && (response.headers.get('Content-Type') || '').includes('json')) {
      pass = (await response.json()).jeton;
    }
  } catch (unreachable) {
    // keep the pass we have
  }
}

function leave() {
  if (left) {
    return;
  }
  left = true;
  ended = true;
  localStream.getTracks().forEach((track) => track.stop());
  if (pc) {
    pc.close();
  }
  if (socket) {
    socket.close(1000);
  }
  window.location.assign(root.dataset.after);
}

// the hang-up is sent, then the socket closed: the server handles frames in order, so once the close is
// acknowledged the interview is recorded as ended before the agent's outcome page loads
function hangUp() {
  ended = true;
  send({ type: 'hangup' });
  const closed = new Promise((resolve) => {
    socket.addEventListener('close', resolve, { once: true });
    setTimeout(resolve, 2000);
  });
  socket.close(1000);
  closed.then(leave);
}

function toggle(button, kind, onText, offText) {
  const off = button.getAttribute('aria-pressed') !== 'true';
  localStream.getTracks().filter((track) => track.kind === kind).forEach((track) => { track.enabled = !off; });
  press(button, off, onText, offText);
  if (kind === 'video') {
    outgoingVideo();
  }
}

function press(button, pressed, pressedText, releasedText) {
  button.setAttribute('aria-pressed', String(pressed));
  button.textContent = pressed ? pressedText : releasedText;
}

// one video sender whose track is swapped (replaceTrack, no renegotiation): camera, shared screen, or nothing
// in audio only, which spares a poor rural link the video altogether
function outgoingVideo() {
  const track = audioOnly ? null : (screenTrack || cameraTrack);
  if (videoSender) {
    videoSender.replaceTrack(track).catch((failure) => note(`! replaceTrack: ${failure}`));
  }
  localVideo.srcObject = track ? new MediaStream([track]) : null;
  send({ type: 'video', on: Boolean(track) && track.enabled });
}

async function toggleScreen(button) {
  if (screenTrack) {
    stopScreen();
    return;
  }
  try {
    const display = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    screenTrack = display.getVideoTracks()[0];
    screenTrack.addEventListener('ended', stopScreen);
    press(button, true, texts.stopShare, texts.share);
    outgoingVideo();
  } catch (refused) {
    showError('screen');
  }
}

function stopScreen() {
  if (screenTrack) {
    screenTrack.stop();
    screenTrack = null;
  }
  press(document.getElementById('partage'), false, texts.stopShare, texts.share);
  outgoingVideo();
}

function toggleAudioOnly(button) {
  audioOnly = !audioOnly;
  press(button, audioOnly, texts.backToVideo, texts.audioOnly);
  outgoingVideo();
}

function showRemoteVideo(on) {
  remoteVideo.hidden = !on;
  document.getElementById('video-coupee').hidden = on;
}

// the candidate types ('host', 'srflx', 'relay') of the pair ICE selected: tells whether the call goes through the relay
function selectedCandidateTypes(reports) {
  const transport = [...reports.values()].find((report) => report.type === 'transport' && report.selectedCandidatePairId);
  const pair = transport && reports.get(transport.selectedCandidatePairId);
  const typeOf = (id) => (reports.get(id) || {}).candidateType || null;
  return { localCandidateType: pair ? typeOf(pair.localCandidateId) : null,
    remoteCandidateType: pair ? typeOf(pair.remoteCandidateId) : null };
}

async function stats() {
  const result = { framesDecoded: 0, framesSent: 0, audioPacketsReceived: 0, packetsLost: 0, rttMs: null, kbps: null,
    connectionState: pc ? pc.connectionState : 'none', signalingState: pc ? pc.signalingState : 'none',
    iceConnectionState: pc ? pc.iceConnectionState : 'none', trace: trace.slice(-30) };
  if (!pc) {
    return result;
  }
  let bytes = 0;
  const reports = await pc.getStats();
  Object.assign(result, selectedCandidateTypes(reports));
  reports.forEach((report) => {
    if (report.type === 'inbound-rtp' && report.kind === 'video') {
      result.framesDecoded = report.framesDecoded || 0;
    }
    if (report.type === 'inbound-rtp') {
      result.packetsLost += report.packetsLost || 0;
      bytes += report.bytesReceived || 0;
      if (report.kind === 'audio') {
        result.audioPacketsReceived = report.packetsReceived || 0;
      }
    }
    if (report.type === 'outbound-rtp' && report.kind === 'video') {
      result.framesSent = report.framesSent || 0;
    }
    if (report.type === 'candidate-pair' && report.nominated && report.currentRoundTripTime !== undefined) {
      result.rttMs = Math.round(report.currentRoundTripTime * 1000);
    }
  });
  const now = performance.now();
  if (lastBytes.at) {
    result.kbps = Math.round(((bytes - lastBytes.bytes) * 8) / (now - lastBytes.at));
  }
  lastBytes = { at: now, bytes };
  return result;
}

async function showQuality() {
  const s = await stats();
  if (s.rttMs !== null && s.kbps !== null) {
    quality.textContent = `${quality.dataset.label} : ${s.rttMs} ms, ${s.packetsLost} paquets perdus, ${s.kbps} kbit/s`;
  }
}

async function start() {
  try {
    localStream = await navigator.mediaDevices.getUserMedia({
      audio: true, video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 20, max: 30 } } });
    [cameraTrack] = localStream.getVideoTracks();
    localVideo.srcObject = localStream;
  } catch (unavailable) {
    showError('media');
  }
  config = { iceServers: await iceServers(), iceTransportPolicy: root.dataset.iceTransportPolicy };
  connect();
  setInterval(() => showQuality().catch(() => {}), 2000);
}

document.getElementById('micro').addEventListener('click', (event) =>
  toggle(event.currentTarget, 'audio', texts.unmute, texts.mute));
document.getElementById('camera').addEventListener('click', (event) =>
  toggle(event.currentTarget, 'video', texts.cameraOn, texts.cameraOff));
document.getElementById('partage').addEventListener('click', (event) => toggleScreen(event.currentTarget));
document.getElementById('audio-seul').addEventListener('click', (event) => toggleAudioOnly(event.currentTarget));
document.getElementById('raccrocher').addEventListener('click', hangUp);
document.getElementById('chat-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const field = document.getElementById('chat-texte');
  const text = field.value.trim();
  if (!text) {
    return;
  }
  // while signaling reconnects the message stays in the field, so nothing looks sent that was not
  if (send({ type: 'chat', text })) {
    addChat(chatLog.dataset.me, text);
    field.value = '';
  } else {
    showStatus(texts.reconnecting);
  }
});

// a small hook for tests and support: the call's figures from getStats, and a way to cut the signaling socket
// as a network drop would (the page must reconnect on its own while the media go on)
window.visioRoom = { stats, dropSignaling: () => socket.close(4000, 'test') };
start();
