// The call's figures from getStats: what the indicator shows, what tests and support read, and the readings
// the quality policy judges the link by.
import { lastEvents } from './trace.js';

let lastBytes = { at: 0, bytes: 0 };

function selectedPair(reports) {
  const transport = [...reports.values()].find((report) => report.type === 'transport' && report.selectedCandidatePairId);
  return transport ? reports.get(transport.selectedCandidatePairId) : null;
}

// the candidate types ('host', 'srflx', 'relay') of the pair ICE selected: tells whether the call goes through the relay
function selectedCandidateTypes(reports) {
  const pair = selectedPair(reports);
  const typeOf = (id) => (reports.get(id) || {}).candidateType || null;
  return { localCandidateType: pair ? typeOf(pair.localCandidateId) : null,
    remoteCandidateType: pair ? typeOf(pair.remoteCandidateId) : null };
}

export async function callFigures(pc) {
  const result = { framesDecoded: 0, framesSent: 0, audioPacketsReceived: 0, packetsLost: 0, rttMs: null, kbps: null,
    connectionState: pc ? pc.connectionState : 'none', signalingState: pc ? pc.signalingState : 'none',
    iceConnectionState: pc ? pc.iceConnectionState : 'none', iceGatheringState: pc ? pc.iceGatheringState : 'none',
    localCandidates: 0, remoteCandidates: 0, trace: lastEvents(30) };
  if (!pc) {
    return result;
  }
  let bytes = 0;
  const reports = await pc.getStats();
  Object.assign(result, selectedCandidateTypes(reports));
  reports.forEach((report) => {
    if (report.type === 'local-candidate') {
      result.localCandidates += 1;
    } else if (report.type === 'remote-candidate') {
      result.remoteCandidates += 1;
    }
    if (report.type === 'inbound-rtp' && report.kind === 'video') {
      result.framesDecoded = report.framesDecoded || 0;
      result.frameHeight = report.frameHeight || null;
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

/**
 * What the sending side knows of the link: why the encoder holds back (outbound-rtp), the loss and round trip
 * the other side reports (remote-inbound-rtp, the worse of audio and video), and the bandwidth estimate
 * (availableOutgoingBitrate of the selected pair).
 */
export async function linkReadings(pc) {
  const reading = { qualityLimitationReason: null, fractionLost: null, rttMs: null, availableKbps: null };
  const reports = await pc.getStats();
  reports.forEach((report) => {
    if (report.type === 'outbound-rtp' && report.kind === 'video' && report.qualityLimitationReason) {
      reading.qualityLimitationReason = report.qualityLimitationReason;
    }
    if (report.type === 'remote-inbound-rtp') {
      reading.fractionLost = Math.max(reading.fractionLost || 0, report.fractionLost || 0);
      if (report.roundTripTime !== undefined) {
        reading.rttMs = Math.max(reading.rttMs || 0, Math.round(report.roundTripTime * 1000));
      }
    }
  });
  const pair = selectedPair(reports);
  if (pair && pair.availableOutgoingBitrate !== undefined) {
    reading.availableKbps = Math.round(pair.availableOutgoingBitrate / 1000);
  }
  return reading;
}
