// The agent's "take" in the live queue: the camera opens while the platform admits the request, and the answer
// (the room page, where the platform redirects) becomes this page in place (enter-room.js).
import { cameraAndMicrophone } from './camera.js';
import { enterRoom } from './enter-room.js';

let taking = false;

document.addEventListener('submit', async (event) => {
  const form = event.target.closest('form[data-take]');
  if (!form) {
    return;
  }
  event.preventDefault();
  // once: a second click would be refused (already taken) and send this page back to the queue
  if (taking) {
    return;
  }
  taking = true;
  // a camera that cannot open is said in the room itself, which asks for the same stream
  cameraAndMicrophone().catch(() => {});
  let answer;
  try {
    answer = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
  } catch (unreachable) {
    form.submit();
    return;
  }
  await enterRoom(answer);
});
