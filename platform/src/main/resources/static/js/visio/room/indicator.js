// The connection indicator: the call's figures, this side's level and the other side's in plain French, and on
// the poorest level the proposal to go on in audio only.
import { element } from './page.js';
import { media, setAudioOnly } from './media.js';

const figures = element('qualite');
const ownLevel = element('niveau-liaison');
const otherLevel = element('niveau-distant');
const proposal = element('proposition-audio');
// nothing named before the first reading of a connected call
const levels = { own: null, other: 'good' };

export function showFigures(call) {
  if (call.rttMs !== null && call.kbps !== null) {
    figures.textContent = figures.dataset.figures.replace('%rtt%', call.rttMs)
      .replace('%lost%', call.packetsLost).replace('%kbps%', call.kbps);
  }
}

/** Shows the levels now in force; a side's level is named only when it changes, so the status is not chatty. */
export function showLevels(own, other) {
  if (own !== levels.own) {
    ownLevel.textContent = ownLevel.dataset[own];
  }
  if (other !== levels.other) {
    otherLevel.textContent = otherLevel.dataset[other];
    otherLevel.hidden = other === 'good';
  }
  levels.own = own;
  levels.other = other;
  refreshProposal();
}

export function refreshProposal() {
  proposal.hidden = media.audioOnly || (levels.own !== 'poor' && levels.other !== 'poor');
}

element('passer-audio').addEventListener('click', () => {
  setAudioOnly(true);
  refreshProposal();
});
