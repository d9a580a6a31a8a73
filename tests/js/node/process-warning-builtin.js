// warnings raised by the runtime itself: MaxListenersExceededWarning on process, TimeoutOverflowWarning for a too-long delay
process.removeAllListeners('warning');
process.on('warning', (w) => {
  console.log(w.name);
  console.log('  ' + w.message.split('\n').join('\n  '));
  if (w.name === 'MaxListenersExceededWarning') console.log('  emitter is process:', w.emitter === process, 'type:', w.type, 'count:', w.count);
});
for (let i = 0; i < 11; i++) process.on('custom', () => {});
setTimeout(() => console.log('overflowing timer ran (as a 1 ms timer)'), 2 ** 31);
