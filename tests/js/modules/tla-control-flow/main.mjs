// top-level await in control flow: loops, try/catch/finally, for await and conditional awaits; a TLA dependency finishes first
import { dep } from './dep.mjs';
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
let total = 0;
for (let i = 1; i <= 3; i++) total += await sleep(1, i);
console.log('loop total', total);
try {
  await Promise.reject(new Error('rejected at top level'));
} catch (e) {
  console.log('caught', e.message);
} finally {
  console.log('finally', await sleep(1, 'awaited in finally'));
}
async function* ticks() { for (const t of ['a', 'b', 'c']) yield await sleep(1, t); }
const seen = [];
for await (const t of ticks()) seen.push(t);
console.log('for await', seen.join(''));
const value = Math.random() >= 0 ? await sleep(1, 'conditional') : 'never';
console.log(value);
console.log('dep', dep);
