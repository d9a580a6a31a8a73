// clearImmediate from a timer, a nextTick, a promise job and an earlier immediate of the same batch; clearing twice or after it ran is harmless
const ran = (s) => () => console.log(s);
const fromTick = setImmediate(ran('fromTick: never'));
const fromPromise = setImmediate(ran('fromPromise: never'));
process.nextTick(() => clearImmediate(fromTick));
Promise.resolve().then(() => clearImmediate(fromPromise));
let later;
setImmediate(() => { console.log('first immediate'); clearImmediate(later); clearImmediate(later); });
later = setImmediate(ran('later: never'));
const done = setImmediate(() => {
  console.log('done ran');
  setTimeout(() => {
    clearImmediate(done);
    console.log('cleared after run: ok');
    const t = setImmediate(ran('fromTimer: never'));
    clearImmediate(t);
    console.log('timer cleared its own immediate');
  }, 0);
});
clearImmediate(null);
clearImmediate(undefined);
console.log('sync');
