// The agent's "take" in the live queue: the camera opens while the platform admits the request, and the answer
// (the room page) becomes this page in place (enter-room.js).
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
  let answer = null;
  try {
    // the platform answers with the room itself (QueueController.takeInPlace); a refusal (409) is better shown
    // by the form's ordinary submission (the queue with its message)
    answer = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin',
      headers: { 'X-Visio-Sur-Place': '1' } });
  } catch (unreachable) {
    // submitted below
  }
  if (answer && answer.ok) {
    await enterRoom(answer);
  } else {
    form.submit();
  }
});
