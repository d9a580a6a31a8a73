// timers/promises: setTimeout and setImmediate as promises, setInterval as an async iterator with break, scheduler, argument errors
import { setTimeout as sleep, setImmediate as nextTurn, setInterval as every, scheduler } from 'node:timers/promises';
import * as tp from 'node:timers/promises';
console.log(Object.keys(tp).sort().join(','));
const start = Date.now();
console.log(await sleep(20, 'slept'), Date.now() - start >= 15);
console.log(await nextTurn('next turn'));
const order = [];
sleep(30).then(() => order.push('timer 30'));
nextTurn().then(() => order.push('immediate'));
Promise.resolve().then(() => order.push('microtask'));
await sleep(40);
console.log(order.join(' < '));
let n = 0;
for await (const v of every(10, 'tick')) {
  console.log(v, ++n);
  if (n === 3) break;
}
await scheduler.wait(5);
await scheduler.yield();
console.log('scheduler ok');
for (const bad of [() => sleep('1'), () => sleep(1, 'v', null), () => sleep(1, 'v', { ref: 1 })]) {
  try { await bad(); } catch (e) { console.log(e.name, e.code); }
}
try { for await (const _ of every('x')) {} } catch (e) { console.log(e.code); }
