export function loadFrom() {
  return import('./here.mjs');
}
