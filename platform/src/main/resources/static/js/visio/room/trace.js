// the last signaling events, for support and tests: what went out, what came in, what failed
const events = [];

export function note(event) {
  events.push(`${Math.round(performance.now())} ${event}`);
  if (events.length > 100) {
    events.shift();
  }
}

export function lastEvents(count) {
  return events.slice(-count);
}
