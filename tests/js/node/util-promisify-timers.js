// util.promisify(setTimeout) and util.promisify(setImmediate) use the timers' util.promisify.custom (the timers/promises versions)
const util = require('util');
const timersPromises = require('timers/promises');

console.log(typeof setTimeout[util.promisify.custom], typeof setImmediate[util.promisify.custom]);
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
console.log(sleep === timersPromises.setTimeout, immediate === timersPromises.setImmediate);

(async () => {
  console.log(await immediate('first immediate'), await sleep(1, 'first sleep'));
  // Started from inside the event loop, so a setImmediate comes before a 10ms timer.
  const order = [];
  const a = sleep(40, 'slow').then((v) => order.push(v));
  const b = sleep(10, 'fast').then((v) => order.push(v));
  const c = immediate('immediate').then((v) => order.push(v));
  await Promise.all([a, b, c]);
  console.log(order);
  console.log(await sleep(1), await immediate());
})();
