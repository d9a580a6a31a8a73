// top-level await in an ES module: the body resumes in a promise job, so after each await its promise jobs again run before its ticks
import { setTimeout as sleep } from 'node:timers/promises';
console.log('start');
process.nextTick(() => console.log('tick before first await'));
await null;
console.log('after await null');
process.nextTick(() => console.log('tick after await null'));
Promise.resolve().then(() => console.log('promise after await null'));
await new Promise((resolve) => setTimeout(resolve, 1));
console.log('after timer await');
process.nextTick(() => console.log('tick after timer await'));
Promise.resolve().then(() => console.log('promise after timer await'));
setImmediate(() => console.log('immediate after timer await'));
const v = await sleep(5, 'slept');
console.log(v);
await new Promise((resolve) => setImmediate(resolve));
console.log('after immediate await');
process.on('exit', (code) => console.log('exit', code));
