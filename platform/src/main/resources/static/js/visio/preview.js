// The point's waiting page shows the citizen their own picture while an agent is awaited: camera and microphone
// are checked before the call, and the room this page becomes takes the same stream (camera.js).
import { cameraAndMicrophone } from './camera.js';

const preview = document.getElementById('apercu');

cameraAndMicrophone().then((stream) => {
  preview.srcObject = stream;
}).catch(() => {
  document.getElementById('apercu-indisponible').hidden = false;
});
