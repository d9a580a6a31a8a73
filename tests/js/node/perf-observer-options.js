// PerformanceObserver.observe validation: callback, options, type vs entryTypes, single/multiple switching (InvalidModificationError), unsupported types ignored, supportedEntryTypes
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException);
  }
}
attempt('no callback', () => new PerformanceObserver());
attempt('callback 1', () => new PerformanceObserver(1));
const o = new PerformanceObserver(() => console.log('never called'));
attempt('observe()', () => o.observe());
attempt('observe({})', () => o.observe({}));
attempt('observe(1)', () => o.observe(1));
attempt('observe(null)', () => o.observe(null));
attempt('both', () => o.observe({ type: 'mark', entryTypes: ['mark'] }));
attempt('entryTypes string', () => o.observe({ entryTypes: 'mark' }));
attempt('type unknown', () => o.observe({ type: 'nope' }));
console.log(o);
attempt('entryTypes unknown', () => o.observe({ entryTypes: ['nope', 'gc', 5] }));
console.log(o);
attempt('to single', () => o.observe({ type: 'mark' }));
o.disconnect();
attempt('single', () => o.observe({ type: 'mark' }));
attempt('single again', () => o.observe({ type: 'measure' }));
console.log(o);
attempt('to multiple', () => o.observe({ entryTypes: ['mark'] }));
o.disconnect();
attempt('multiple replaces', () => { o.observe({ entryTypes: ['mark', 'measure'] }); o.observe({ entryTypes: ['function'] }); });
console.log(o);
o.disconnect();
attempt('entryTypes empty', () => o.observe({ entryTypes: [] }));
console.log(o);
console.log(PerformanceObserver.supportedEntryTypes);
console.log(Object.isFrozen(PerformanceObserver.supportedEntryTypes),
  PerformanceObserver.supportedEntryTypes === PerformanceObserver.supportedEntryTypes);
console.log(Object.keys(PerformanceObserver.prototype), Object.prototype.toString.call(o));
console.log(o.takeRecords());
