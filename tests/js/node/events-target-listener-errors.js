// Errors thrown by EventTarget listeners (and rejections of async listeners) do not stop the dispatch and become uncaught exceptions on the next tick
process.on('uncaughtException', (e) => console.log('uncaught', e instanceof Error ? e.message : `${typeof e} ${e}`));
const steps = [
  () => {
    const et = new EventTarget();
    et.addEventListener('x', () => { throw new Error('thrown by first listener'); });
    et.addEventListener('x', () => console.log('second listener runs'));
    console.log('dispatch returns', et.dispatchEvent(new Event('x')));
    console.log('after dispatch (sync)');
  },
  () => {
    const et = new EventTarget();
    et.addEventListener('x', async () => { throw new Error('async listener'); });
    et.addEventListener('x', () => console.log('listener after the async one'));
    et.dispatchEvent(new Event('x'));
    console.log('after async dispatch');
  },
  () => {
    const et = new EventTarget();
    et.addEventListener('x', () => Promise.reject(new Error('returned rejected promise')));
    et.dispatchEvent(new Event('x'));
    console.log('after promise dispatch');
  },
  () => {
    const et = new EventTarget();
    et.addEventListener('x', () => Promise.resolve('fine'));
    et.addEventListener('x', () => ({ then: 5 }));
    et.dispatchEvent(new Event('x'));
    console.log('resolved promise and non-thenable: nothing reported');
  },
  () => {
    const ac = new AbortController();
    ac.signal.addEventListener('abort', () => { throw new Error('from abort listener'); });
    ac.signal.addEventListener('abort', () => console.log('other abort listener'));
    ac.abort();
    console.log('aborted', ac.signal.aborted);
  },
  () => {
    const et = new EventTarget();
    et.addEventListener('x', () => { throw 'a string'; });
    et.dispatchEvent(new Event('x'));
  },
];
let i = 0;
function next() {
  if (i < steps.length) {
    console.log(`-- step ${i}`);
    steps[i++]();
    setTimeout(next, 1);
  }
}
next();
