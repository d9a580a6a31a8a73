// in an ES module the body's promise jobs run before its nextTicks (Node evaluates modules in a promise job); an import() finishes after the Immediate queued with it
import './tick-dep.mjs';
Promise.resolve().then(() => console.log('main p'));
process.nextTick(() => console.log('main t'));
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 5);
const m = await import('./tick-dep2.mjs');
console.log('after import', m.x);
process.nextTick(() => console.log('t after tla'));
Promise.resolve().then(() => console.log('p after tla'));
