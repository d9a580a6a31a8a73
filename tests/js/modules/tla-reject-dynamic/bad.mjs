globalThis.badRuns = (globalThis.badRuns ?? 0) + 1;
console.log('bad: evaluating');
await new Promise((r) => setTimeout(r, 1));
const err = new RangeError('async failure');
err.custom = 7;
throw err;
