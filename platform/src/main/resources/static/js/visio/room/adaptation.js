// Applies the quality policy to this side's video sender: a reading a second from getStats, the level it
// decides set through RTCRtpSender.setParameters, and the other side told so that both indicators show it.
import { degradationPreferenceFor, decide, encodingFor, initialState } from './quality-policy.js';
import { linkReadings } from './stats.js';
import { media, videoContent } from './media.js';
import { peer } from './negotiation.js';
import { send } from './signaling.js';
import { showLevels } from './indicator.js';
import { note } from './trace.js';

// the bandwidth estimate starts low and ramps up during a call's first seconds: no verdict before
const WARM_UP_READINGS = 5;
let state = initialState();
let otherLevel = 'good';
let watched = null;
let readingsTaken = 0;
let simulated = null;
let applied = { sender: null, key: null };

export function startAdapting() {
  setInterval(() => tick().catch((failure) => note(`! quality: ${failure}`)), 1000);
}

async function tick() {
  const pc = peer();
  if (pc !== watched) {
    watched = pc;
    state = initialState();
    readingsTaken = 0;
  }
  if (!pc || pc.connectionState !== 'connected') {
    return;
  }
  const reading = await nextReading(pc);
  if (reading) {
    const before = state.level;
    state = decide(state, reading);
    if (state.level !== before) {
      note(`quality ${before} → ${state.level}`);
      announceLevel();
    }
  }
  showLevels(state.level, otherLevel);
  await applyLevel();
}

async function nextReading(pc) {
  if (simulated) {
    return simulated.length > 1 ? simulated.shift() : simulated[0];
  }
  readingsTaken += 1;
  return readingsTaken > WARM_UP_READINGS ? linkReadings(pc) : null;
}

async function applyLevel() {
  const sender = media.videoSender;
  const content = videoContent();
  const key = `${state.level}/${content}`;
  if (!sender || (sender === applied.sender && key === applied.key)) {
    return;
  }
  const parameters = sender.getParameters();
  if (!parameters.encodings || parameters.encodings.length === 0) {
    return;
  }
  const [encoding] = parameters.encodings;
  delete encoding.maxBitrate;
  delete encoding.maxFramerate;
  Object.assign(encoding, encodingFor(state.level, content));
  parameters.degradationPreference = degradationPreferenceFor(content);
  await sender.setParameters(parameters);
  applied = { sender, key };
}

/** Tells the other side this side's level (on a change, and to a page that (re)attached). */
export function announceLevel() {
  send({ type: 'quality', level: state.level });
}

export const adaptationHandlers = {
  quality: (message) => {
    otherLevel = message.level;
    showLevels(state.level, otherLevel);
  },
};

/** The levels and the video sender's encoding now, for the call figures. */
export function adaptationFigures() {
  const parameters = media.videoSender ? media.videoSender.getParameters() : {};
  const [encoding] = parameters.encodings || [{}];
  return { qualityLevel: state.level, otherQualityLevel: otherLevel,
    degradationPreference: parameters.degradationPreference || null,
    sendEncoding: { scaleResolutionDownBy: encoding.scaleResolutionDownBy || null,
      maxFramerate: encoding.maxFramerate || null, maxBitrate: encoding.maxBitrate || null } };
}

/**
 * Test hook: these readings replace getStats, one a second; the last is held until {@code null} gives the
 * real ones back.
 */
export function simulateReadings(readings) {
  simulated = readings && readings.length ? [...readings] : null;
}
