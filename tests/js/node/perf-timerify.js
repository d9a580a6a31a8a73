// performance.timerify: validation, name/length of the wrapper, 'function' entries for calls, constructors and async functions (after settling)
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('timerify()', () => performance.timerify());
attempt('timerify(1)', () => performance.timerify(1));
attempt('options 1', () => performance.timerify(() => {}, 1));
attempt('options null', () => performance.timerify(() => {}, null));
function add(a, b) { return a + b; }
const t = performance.timerify(add);
console.log(t.name, t.length, t !== performance.timerify(add));
const d = Object.getOwnPropertyDescriptor(t, 'name');
console.log(d.enumerable, d.writable, d.configurable);
const obs = new PerformanceObserver((list, observer) => {
  for (const e of list.getEntries()) {
    console.log(e.name, e.entryType, e.constructor.name, e.detail, e[0], typeof e.startTime, e.duration >= 0);
  }
  observer.disconnect();
});
obs.observe({ type: 'function' });
console.log(t(2, 3));
class Point { constructor(x) { this.x = x; } }
const TP = performance.timerify(Point);
const p = new TP(4);
console.log(p instanceof Point, p.x, TP.name);
const later = performance.timerify(async function later(v) { return v * 2; });
later(21).then((v) => console.log('async', v));
console.log(performance.getEntriesByType('function').length);
