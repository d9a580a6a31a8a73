// performance.mark / new PerformanceMark errors: missing name, milestone names, bad options, bad startTime, uncloneable detail
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException);
  }
}
attempt('mark()', () => performance.mark());
attempt('new PerformanceMark()', () => new PerformanceMark());
for (const name of ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']) {
  attempt(`mark(${name})`, () => performance.mark(name));
}
attempt('mark(idleTime)', () => performance.mark('idleTime', { startTime: 1 }));
attempt('options 5', () => performance.mark('a', 5));
attempt('options str', () => performance.mark('a', 'str'));
attempt('options []', () => performance.mark('a', []));
attempt('options fn', () => performance.mark('a', () => {}));
attempt('startTime str', () => performance.mark('a', { startTime: '5' }));
attempt('startTime null', () => performance.mark('a', { startTime: null }));
attempt('startTime 1n', () => performance.mark('a', { startTime: 1n }));
attempt('startTime -1', () => performance.mark('a', { startTime: -1 }));
attempt('startTime -0.25', () => performance.mark('a', { startTime: -0.25 }));
attempt('startTime -Infinity', () => performance.mark('a', { startTime: -Infinity }));
attempt('detail fn', () => performance.mark('a', { detail: () => 1 }));
attempt('detail symbol', () => performance.mark('a', { detail: Symbol('s') }));
attempt('detail nested fn', () => performance.mark('a', { detail: { f() {} } }));
attempt('mark.call({})', () => performance.mark.call({}, 'a'));
attempt('mark.call(null)', () => performance.mark.call(null, 'a'));
console.log(performance.getEntries().length);
