// What this side sends: microphone, and one video sender whose track is swapped (replaceTrack, no
// renegotiation): camera, shared screen, or nothing in audio only, which spares a poor rural link the video.
import { element, press, showError, texts } from './page.js';
import { send } from './signaling.js';
import { cameraAndMicrophone } from '../camera.js';
import { note } from './trace.js';

const localVideo = element('video-locale');
export const media = { stream: new MediaStream(), camera: null, screen: null, audioOnly: false, videoSender: null };

/** The stream the page may already hold (the point's self-view, the agent's click), or a new one. */
export async function openCameraAndMicrophone() {
  try {
    media.stream = await cameraAndMicrophone();
    [media.camera] = media.stream.getVideoTracks();
    localVideo.srcObject = media.stream;
  } catch (unavailable) {
    showError('media');
  }
}

/** Adds this side's tracks to a new peer connection. */
export function addTracks(pc) {
  media.stream.getAudioTracks().forEach((track) => pc.addTrack(track, media.stream));
  media.videoSender = media.camera ? pc.addTrack(media.camera, media.stream) : null;
  if (media.videoSender) {
    outgoingVideo();
  }
}

export function forgetSender() {
  media.videoSender = null;
}

/** 'camera', 'screen' or null: what the video sender carries now. */
export function videoContent() {
  if (media.audioOnly) {
    return null;
  }
  if (media.screen) {
    return 'screen';
  }
  return media.camera ? 'camera' : null;
}

function outgoingVideo() {
  const track = media.audioOnly ? null : (media.screen || media.camera);
  if (media.videoSender) {
    media.videoSender.replaceTrack(track).catch((failure) => note(`! replaceTrack: ${failure}`));
  }
  localVideo.srcObject = track ? new MediaStream([track]) : null;
  send({ type: 'video', on: Boolean(track) && track.enabled });
}

/** Tells a (re)attached other side whether our video is on. */
export function announceVideo() {
  send({ type: 'video', on: Boolean(videoContent()) });
}

export function toggleTrack(button, kind, onText, offText) {
  const off = button.getAttribute('aria-pressed') !== 'true';
  media.stream.getTracks().filter((track) => track.kind === kind).forEach((track) => { track.enabled = !off; });
  press(button, off, onText, offText);
  if (kind === 'video') {
    outgoingVideo();
  }
}

export async function toggleScreen(button) {
  if (media.screen) {
    stopScreen();
    return;
  }
  try {
    const display = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    [media.screen] = display.getVideoTracks();
    media.screen.addEventListener('ended', stopScreen);
    press(button, true, texts.stopShare, texts.share);
    outgoingVideo();
  } catch (refused) {
    showError('screen');
  }
}

function stopScreen() {
  if (media.screen) {
    media.screen.stop();
    media.screen = null;
  }
  press(element('partage'), false, texts.stopShare, texts.share);
  outgoingVideo();
}

export function setAudioOnly(on) {
  media.audioOnly = on;
  press(element('audio-seul'), on, texts.backToVideo, texts.audioOnly);
  outgoingVideo();
}

export function stopMedia() {
  media.stream.getTracks().forEach((track) => track.stop());
}
