// The booking form is posted in the background. A slot taken meanwhile is answered in place: the day's taken
// slots disappear and the next free ones are named, with no page to load again over a slow link. Anything else
// (a field to correct, a lost connection) goes through the plain form, whose page shows each field's error.

const SLOT_ERROR = 'slot-error';

function slotError(slots) {
  let error = document.getElementById(SLOT_ERROR);
  if (!error) {
    error = document.createElement('p');
    error.id = SLOT_ERROR;
    error.className = 'field-error';
    error.setAttribute('role', 'alert');
    error.tabIndex = -1;
    slots.prepend(error);
  }
  return error;
}

function nextSlots(form, slots, error, next) {
  slots.querySelector('.next-slots')?.remove();
  if (next.length === 0) {
    return;
  }
  const box = document.createElement('div');
  box.className = 'next-slots';
  const heading = document.createElement('p');
  heading.textContent = form.dataset.nextHeading;
  const list = document.createElement('ul');
  for (const slot of next) {
    const item = document.createElement('li');
    item.textContent = slot.libelle;
    list.append(item);
  }
  box.append(heading, list);
  error.after(box);
}

function showTaken(form, answer) {
  const slots = form.querySelector('.slots');
  const free = new Set(answer.creneauxLibres);
  for (const radio of form.querySelectorAll('input[name="slot"]')) {
    if (free.has(radio.value)) {
      radio.checked = false;
      radio.setAttribute('aria-describedby', SLOT_ERROR);
    } else {
      radio.closest('label').remove();
    }
  }
  for (const day of form.querySelectorAll('.slot-day')) {
    if (!day.querySelector('label.slot') && !day.querySelector('.day-full')) {
      const full = document.createElement('p');
      full.className = 'day-full';
      full.textContent = form.dataset.dayFull;
      day.append(full);
    }
  }
  const error = slotError(slots);
  error.textContent = answer.erreur;
  nextSlots(form, slots, error, answer.prochains);
  error.focus();
}

for (const form of document.querySelectorAll('form[data-in-page]')) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const answer = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'application/json' },
      });
      if (answer.status === 201) {
        window.location.assign((await answer.json()).adresse);
        return;
      }
      if (answer.status === 409) {
        showTaken(form, await answer.json());
        button.disabled = false;
        return;
      }
    } catch (lost) {
      // the plain form below tries again and shows the browser's own page if the link is still down
    }
    form.submit();
  });
}
