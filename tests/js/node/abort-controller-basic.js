// AbortController.abort with and without a reason: aborted, reason (default DOMException AbortError), a single abort event, later calls ignored
const ac = new AbortController();
const { signal } = ac;
console.log(signal === ac.signal, signal.aborted, signal.reason);
let events = 0;
signal.addEventListener('abort', (e) => {
  events++;
  console.log('abort event', e.type, signal.aborted, 'reason inside listener', signal.reason instanceof DOMException);
});
ac.abort();
ac.abort();
ac.abort('ignored');
console.log('events', events, signal.aborted);
const r = signal.reason;
console.log(r instanceof DOMException, r instanceof Error, r.name, r.message, r.code);

const ac2 = new AbortController();
const reason = new Error('custom reason');
ac2.abort(reason);
console.log(ac2.signal.aborted, ac2.signal.reason === reason);

for (const value of [0, '', null, false, 'text', 42]) {
  const c = new AbortController();
  c.abort(value);
  console.log('reason', JSON.stringify(value), '->', c.signal.reason === value, c.signal.aborted);
}
// abort(undefined) gives the default reason
const ac3 = new AbortController();
ac3.abort(undefined);
console.log('undefined ->', ac3.signal.reason.name);

// abort before the signal is first read
const ac4 = new AbortController();
ac4.abort('early');
console.log('early', ac4.signal.aborted, ac4.signal.reason);

// Listeners added after the abort never run
ac.signal.addEventListener('abort', () => console.log('never'));
console.log('done');
