// The print button of a booking summary: a printed page is what many citizens take home.
document.querySelectorAll('[data-print]').forEach((button) => button.addEventListener('click', () => window.print()));
