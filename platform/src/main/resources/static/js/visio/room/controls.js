// The room's buttons: microphone, camera, screen sharing, audio only, hang-up; and leaving the room.
import { element, root, texts } from './page.js';
import { media, setAudioOnly, stopMedia, toggleScreen, toggleTrack } from './media.js';
import { closePeer } from './negotiation.js';
import { closeSignaling, send } from './signaling.js';
import { refreshProposal } from './indicator.js';

let left = false;

export function leave() {
  if (left) {
    return;
  }
  left = true;
  stopMedia();
  closePeer();
  closeSignaling();
  window.location.assign(root.dataset.after);
}

// the hang-up is sent, then the socket closed: the server handles frames in order, so once the close is
// acknowledged the interview is recorded as ended before the agent's outcome page loads
function hangUp() {
  send({ type: 'hangup' });
  closeSignaling().then(leave);
}

element('micro').addEventListener('click', (event) =>
  toggleTrack(event.currentTarget, 'audio', texts.unmute, texts.mute));
element('camera').addEventListener('click', (event) =>
  toggleTrack(event.currentTarget, 'video', texts.cameraOn, texts.cameraOff));
element('partage').addEventListener('click', (event) => toggleScreen(event.currentTarget));
element('audio-seul').addEventListener('click', () => {
  setAudioOnly(!media.audioOnly);
  refreshProposal();
});
element('raccrocher').addEventListener('click', hangUp);
