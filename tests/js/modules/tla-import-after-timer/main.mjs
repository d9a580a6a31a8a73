// top-level await: after the entry resumes from awaiting a timer, import() of a module (sync, then one awaiting a timer) still works
await new Promise((r) => setTimeout(r, 2));
console.log('entry resumed after timer');
const sync = await import('./sync.mjs');
console.log('sync module:', sync.name);
const slow = await import('./slow.mjs');
console.log('slow module:', slow.name);
