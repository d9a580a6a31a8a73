// AbortSignal.timeout(ms): aborts with a TimeoutError DOMException after the delay; its timer does not keep the process alive
const s = AbortSignal.timeout(20);
console.log('initially', s.aborted, s.reason);
s.addEventListener('abort', () => {
  const r = s.reason;
  console.log('timed out', s.aborted, r instanceof DOMException, r.name, r.message, r.code);
});
// Keep the process alive long enough for the timeout above
setTimeout(() => console.log('keep-alive timer done'), 40);

// An unreferenced long timeout: the process must exit without waiting for it
const long = AbortSignal.timeout(100000);
long.addEventListener('abort', () => console.log('never: process exits first'));

AbortSignal.timeout(0).onabort = () => console.log('zero delay fires too');

for (const bad of [-1, 1.5, '10', 2 ** 32, NaN]) {
  try {
    AbortSignal.timeout(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.on('exit', () => console.log('exit', long.aborted));
