// Small progressive enhancements; every page works without this file.
const summary = document.getElementById('erreurs');
if (summary) {
  summary.focus();
}

// Deleting asks for confirmation; the message comes from the form itself (data-confirm), never inline script.
document.addEventListener('submit', (event) => {
  const message = event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// htmx requests carry the CSRF token taken from the page's meta tags.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
