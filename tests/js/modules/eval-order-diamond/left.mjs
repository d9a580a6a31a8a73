import { counter } from './shared.mjs';
console.log('left evaluated, shared count', counter.evaluations);
export const fromLeft = 'L';
