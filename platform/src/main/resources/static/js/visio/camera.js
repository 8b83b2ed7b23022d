// The camera and microphone, opened once per page: the point's waiting page opens them for its self-view, and
// the room that page becomes in place (enter-room.js) takes the same stream: the citizen is asked once and the
// call does not wait for a second opening.
let opening = null;

export function cameraAndMicrophone() {
  if (!opening) {
    opening = navigator.mediaDevices.getUserMedia({
      audio: true, video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 20, max: 30 } } });
  }
  return opening;
}
