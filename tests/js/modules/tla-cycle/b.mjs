import { fromA } from './a.mjs';
console.log('b: start');
await null;
export const fromB = 'B';
export function getA() { return fromA; }
console.log('b: done');
