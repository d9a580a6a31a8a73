// perf_hooks module: the classes and `performance` it exports are the globals, constants (GC kinds and flags), supportedEntryTypes
const ph = require('perf_hooks');
const names = ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'performance'];
for (const name of names) {
  console.log(name, typeof ph[name], ph[name] === globalThis[name], Object.keys(ph).includes(name));
}
console.log(require('node:perf_hooks') === ph);
console.log(ph.constants);
const d = Object.getOwnPropertyDescriptor(ph, 'constants');
console.log(d.enumerable, d.writable, d.configurable);
console.log(ph.PerformanceObserver.supportedEntryTypes);
console.log(Object.isFrozen(ph.PerformanceObserver.supportedEntryTypes));
const g = Object.getOwnPropertyDescriptor(globalThis, 'performance');
console.log(typeof g, g.enumerable, g.configurable);
for (const name of names.slice(0, 6)) {
  console.log(name, Object.getOwnPropertyDescriptor(globalThis, name).enumerable);
}
console.log(Object.keys(globalThis).includes('performance'));
console.log(performance instanceof ph.Performance, performance instanceof EventTarget);
console.log(Object.prototype.toString.call(performance));
