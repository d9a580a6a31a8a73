// PerformanceObserver { type, buffered: true }: receives the marks already in the timeline; buffered is ignored for entryTypes
performance.mark('early2', { startTime: 8 });
performance.mark('early1', { startTime: 4 });
performance.measure('early-measure', { start: 1, end: 2 });
const a = new PerformanceObserver((list, observer) => {
  console.log('buffered marks', list.getEntries().map((e) => `${e.name}@${e.startTime}`).join(' '));
  observer.disconnect();
});
a.observe({ type: 'mark', buffered: true });
const b = new PerformanceObserver((list, observer) => {
  console.log('buffered measures', list.getEntries().map((e) => e.name).join(' '));
  observer.disconnect();
});
b.observe({ type: 'measure', buffered: true });
const c = new PerformanceObserver((list, observer) => {
  console.log('entryTypes observer', list.getEntries().map((e) => e.name).join(' '));
  observer.disconnect();
});
c.observe({ entryTypes: ['mark'], buffered: true });
const d = new PerformanceObserver(() => console.log('not buffered: never'));
d.observe({ type: 'mark', buffered: false });
setImmediate(() => {
  d.disconnect();
  performance.mark('late', { startTime: 100 });
  setImmediate(() => console.log('end'));
});
