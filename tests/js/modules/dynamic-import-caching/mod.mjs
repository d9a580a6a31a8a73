let n = 0;
n++;
console.log('mod.mjs evaluated');
export function evaluations() { return n; }
