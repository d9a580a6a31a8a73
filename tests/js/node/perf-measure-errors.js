// performance.measure errors: missing/non-string name, unknown marks (SyntaxError DOMException), invalid option combinations, negative timestamps
function attempt(label, fn) {
  try {
    const m = fn();
    console.log(label, 'ok', m.startTime, m.duration);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException);
  }
}
performance.mark('A', { startTime: 10 });
performance.mark('B', { startTime: 25 });
attempt('measure()', () => performance.measure());
attempt('measure(5)', () => performance.measure(5));
attempt('measure(null)', () => performance.measure(null));
attempt('unknown start', () => performance.measure('m', 'nope'));
attempt('unknown end', () => performance.measure('m', 'A', 'missing'));
attempt('unknown option start', () => performance.measure('m', { start: 'x' }));
attempt('unknown option end', () => performance.measure('m', { end: 'y' }));
attempt('object start', () => performance.measure('m', { start: {} }));
attempt('start end duration', () => performance.measure('m', { start: 'A', end: 'B', duration: 1 }));
attempt('options and endMark', () => performance.measure('m', { start: 'A' }, 'B'));
attempt('end options and endMark', () => performance.measure('m', { end: 'B' }, 'B'));
attempt('negative start', () => performance.measure('m', { start: -1 }));
attempt('negative end', () => performance.measure('m', { end: -5 }));
attempt('negative duration', () => performance.measure('m', { start: 'A', duration: -2 }));
attempt('negative endMark', () => performance.measure('m', 'A', -1));
attempt('measure.call({})', () => performance.measure.call({}, 'm'));
attempt('detail fn', () => performance.measure('m', { start: 'A', detail: () => {} }));
performance.clearMarks('A');
attempt('cleared mark', () => performance.measure('m', 'A', 'B'));
performance.clearMarks();
attempt('all cleared', () => performance.measure('m', 'B'));
attempt('milestone', () => performance.measure('m', 'loopStart', 10));
console.log(performance.getEntriesByType('measure').length);
