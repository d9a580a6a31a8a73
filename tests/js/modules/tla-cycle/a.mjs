import { fromB, getA } from './b.mjs';
console.log('a: start, fromB =', fromB);
await new Promise((r) => setTimeout(r, 5));
export const fromA = 'A(' + fromB + ')';
console.log('a: done, getA() =', getA());
