// inside a setTimeout callback, a setImmediate always runs before a new setTimeout(0); ticks and promises run first
setTimeout(() => {
  setTimeout(() => console.log('timeout from timeout'), 0);
  setImmediate(() => {
    console.log('immediate from timeout');
    process.nextTick(() => console.log('tick from immediate'));
  });
  setImmediate(() => console.log('second immediate from timeout'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('tick'));
  console.log('in timeout');
}, 0);
