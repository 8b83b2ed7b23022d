// Text chat both ways, through signaling (to spell a name, give a reference number).
import { element, showStatus, texts } from './page.js';
import { send } from './signaling.js';

const log = element('chat-messages');

function addChat(who, text) {
  const item = document.createElement('li');
  const author = document.createElement('strong');
  author.textContent = `${who} : `;
  item.append(author, document.createTextNode(text));
  log.append(item);
}

export const chatHandlers = {
  chat: (message) => addChat(log.dataset.other, message.text),
};

element('chat-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const field = element('chat-texte');
  const text = field.value.trim();
  if (!text) {
    return;
  }
  // while signaling reconnects the message stays in the field, so nothing looks sent that was not
  if (send({ type: 'chat', text })) {
    addChat(log.dataset.me, text);
    field.value = '';
  } else {
    showStatus(texts.reconnecting);
  }
});
