import { isEven } from './even.mjs';
console.log('odd.mjs running; isEven is', typeof isEven, isEven(2));
export function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
