// How the sending side adapts to a poor rural link: a pure function of getStats readings (no DOM, no WebRTC),
// so that a page can check its decisions. Three levels; down quickly after sustained bad readings, up slowly after
// sustained good ones (a reading a second), so that the picture neither freezes nor flickers between levels.
export const LEVELS = ['good', 'medium', 'poor'];
export const STEP_DOWN_AFTER = 3;
export const STEP_UP_AFTER = 8;

// kbit/s a level needs on the wire (voice included); an estimate below it is a bad reading. Each stays within
// reach of what the level below sends, since Chromium's estimate climbs to only about 1.5 times what is sent
const NEEDS_KBPS = { good: 450, medium: 250, poor: 150 };

export const THRESHOLDS = {
  bad: { fractionLost: 0.05, rttMs: 400 },
  critical: { fractionLost: 0.15, rttMs: 1000, availableKbps: 150 },
  good: { fractionLost: 0.02, rttMs: 250 },
};

// maxBitrate absent: the browser's own limit
const CAMERA = {
  good: { scaleResolutionDownBy: 1, maxFramerate: 30 },
  medium: { scaleResolutionDownBy: 2, maxFramerate: 15, maxBitrate: 300000 },
  poor: { scaleResolutionDownBy: 4, maxFramerate: 8, maxBitrate: 120000 },
};

/** The sender encoding of a level; a shared screen keeps its resolution (text must stay readable) and gives up frames. */
export function encodingFor(level, content) {
  const encoding = { ...CAMERA[level] };
  if (content === 'screen') {
    encoding.scaleResolutionDownBy = 1;
  }
  return encoding;
}

export function degradationPreferenceFor(content) {
  return content === 'screen' ? 'maintain-resolution' : 'balanced';
}

export function initialState() {
  return { level: 'good', bad: 0, critical: 0, good: 0 };
}

/**
 * 'critical', 'bad', 'fair' or 'good' at the current level. An encoder held back by bandwidth counts only at the
 * full level: below it, our own caps make it say so. Unknown figures (null) count as fine.
 */
export function judge(reading, level) {
  const lost = reading.fractionLost || 0;
  const rtt = reading.rttMs || 0;
  const available = reading.availableKbps;
  const { bad, critical, good } = THRESHOLDS;
  if (lost >= critical.fractionLost || rtt >= critical.rttMs || (available !== null && available < critical.availableKbps)) {
    return 'critical';
  }
  const heldBack = reading.qualityLimitationReason === 'cpu'
    || (reading.qualityLimitationReason === 'bandwidth' && level === 'good');
  if (lost >= bad.fractionLost || rtt >= bad.rttMs || heldBack
    || (available !== null && available < NEEDS_KBPS[level])) {
    return 'bad';
  }
  return lost < good.fractionLost && rtt < good.rttMs ? 'good' : 'fair';
}

/** The next state after one reading: sustained critical readings go straight to poor, bad ones one level down. */
export function decide(state, reading) {
  const verdict = judge(reading, state.level);
  const counts = {
    bad: verdict === 'bad' || verdict === 'critical' ? state.bad + 1 : 0,
    critical: verdict === 'critical' ? state.critical + 1 : 0,
    good: verdict === 'good' ? state.good + 1 : 0,
  };
  const index = LEVELS.indexOf(state.level);
  if (counts.critical >= STEP_DOWN_AFTER && state.level !== 'poor') {
    return settled('poor');
  }
  if (counts.bad >= STEP_DOWN_AFTER && index < LEVELS.length - 1) {
    return settled(LEVELS[index + 1]);
  }
  if (counts.good >= STEP_UP_AFTER && index > 0) {
    return settled(LEVELS[index - 1]);
  }
  return { level: state.level, ...counts };
}

function settled(level) {
  return { level, bad: 0, critical: 0, good: 0 };
}
