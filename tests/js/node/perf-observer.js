// PerformanceObserver: entries of observed types delivered together in a setImmediate callback (after ticks and promises), sorted by startTime; takeRecords, disconnect, inspect
const order = [];
const obs = new PerformanceObserver((list, observer) => {
  order.push('observer');
  console.log('same observer', observer === obs, list instanceof PerformanceObserverEntryList);
  console.log('entries', list.getEntries().map((e) => `${e.name}:${e.entryType}@${e.startTime}`).join(' '));
  console.log('marks', list.getEntriesByType('mark').map((e) => e.name).join(' '));
  console.log('byName', list.getEntriesByName('b').length, list.getEntriesByName('b', 'measure').length,
    list.getEntriesByName('b', 'mark').length);
  console.log(list);
  console.log(Object.prototype.toString.call(list));
  console.log(observer);
});
console.log(obs);
obs.observe({ entryTypes: ['mark', 'measure'] });
console.log(obs);
performance.mark('b', { startTime: 20 });
performance.mark('a', { startTime: 10 });
performance.measure('b', { start: 1, end: 3 });
console.log(obs.takeRecords().map((e) => e.name));
performance.mark('c', { startTime: 30, detail: { n: 1 } });
performance.mark('b', { startTime: 5 });
performance.measure('b', 'a', 'c');
console.log(require('util').inspect(obs, { depth: 0 }));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
setImmediate(() => order.push('immediate'));
setImmediate(() => {
  console.log(order.join(','));
  obs.disconnect();
  console.log(obs);
  performance.mark('after-disconnect');
  setImmediate(() => {
    console.log('done', order.length);
  });
});
