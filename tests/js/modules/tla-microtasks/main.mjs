// top-level await: ordering of awaits in modules relative to microtasks queued by other modules
import './a.mjs';
import './b.mjs';
console.log('main body');
await null;
console.log('main after await');
