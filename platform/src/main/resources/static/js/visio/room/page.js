// The room page's elements and its French texts (from the template's data attributes: no text in scripts).
export const root = document.getElementById('salle');
export const texts = document.getElementById('textes').dataset;
export const polite = root.dataset.side === 'POINT';

const statusLine = document.getElementById('etat-connexion');
const errorLine = document.getElementById('erreur-signal');

export function element(id) {
  return document.getElementById(id);
}

export function showStatus(text) {
  statusLine.textContent = text;
}

export function showError(code) {
  const key = code.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  errorLine.textContent = errorLine.dataset[key] || errorLine.dataset.generic;
}

export function press(button, pressed, pressedText, releasedText) {
  button.setAttribute('aria-pressed', String(pressed));
  button.textContent = pressed ? pressedText : releasedText;
}
