// perf classes: Illegal constructor errors, brand checks on methods and getters, prototypes (enumerable members, toStringTag), inspect of entries
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('new Performance', () => new Performance());
attempt('new PerformanceEntry', () => new PerformanceEntry());
attempt('new PerformanceMeasure', () => new PerformanceMeasure());
attempt('new PerformanceObserverEntryList', () => new PerformanceObserverEntryList());
attempt('now.call({})', () => performance.now.call({}));
attempt('now.call(undefined)', () => performance.now.call(undefined));
const get = (C, k) => Object.getOwnPropertyDescriptor(C.prototype, k).get;
attempt('timeOrigin getter', () => get(Performance, 'timeOrigin').call(1));
attempt('name getter', () => get(PerformanceEntry, 'name').call({}));
attempt('startTime getter', () => get(PerformanceEntry, 'startTime').call(null));
attempt('mark detail getter', () => get(PerformanceMark, 'detail').call({}));
attempt('measure detail getter', () => get(PerformanceMeasure, 'detail').call(performance.mark('x')));
attempt('entry toJSON', () => PerformanceEntry.prototype.toJSON.call({}));
attempt('list getEntries', () => PerformanceObserverEntryList.prototype.getEntries.call({}));
const enumerable = (o) => Object.keys(o).join(',');
console.log(enumerable(Performance.prototype));
console.log(enumerable(PerformanceEntry.prototype));
console.log(enumerable(PerformanceMark.prototype), enumerable(PerformanceMeasure.prototype));
console.log(enumerable(PerformanceObserverEntryList.prototype));
console.log(Object.getPrototypeOf(PerformanceMark.prototype) === PerformanceEntry.prototype);
console.log(Object.getPrototypeOf(Performance.prototype) === EventTarget.prototype);
console.log(typeof performance.timerify, typeof performance.eventLoopUtilization, typeof performance.nodeTiming);
console.log(Object.getOwnPropertyDescriptor(Performance.prototype, 'timerify').enumerable);
for (const o of [performance, performance.mark('t', { startTime: 1 }), performance.measure('t', { start: 1, end: 2 }),
  new PerformanceObserver(() => {})]) {
  console.log(Object.prototype.toString.call(o));
}
console.log(performance.onresourcetimingbufferfull);
const m = performance.mark('shown', { startTime: 3, detail: { deep: { deeper: { deepest: 1 } } } });
console.log(m);
console.log([m]);
console.log({ nested: { entry: m } });
console.log(require('util').inspect(performance, { depth: -1 }));
console.log(String(m), `${m.name}`);
