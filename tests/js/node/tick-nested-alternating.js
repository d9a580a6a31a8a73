// tick -> promise -> tick -> promise chains: each tick queue drains fully before the microtask queue, and microtasks fully before the next ticks
const log = (s) => console.log(s);
let depth = 0;
function viaTick(tag) {
  process.nextTick(() => {
    log(tag + ' tick ' + depth);
    if (depth++ < 5) viaPromise(tag);
  });
}
function viaPromise(tag) {
  Promise.resolve().then(() => {
    log(tag + ' promise ' + depth);
    viaTick(tag);
  });
}
viaTick('a');
viaPromise('b');
queueMicrotask(() => log('microtask from main'));
