// top-level await in a cycle: a awaits, b (in the cycle with a) waits for the whole cycle to finish before main runs
import { fromA } from './a.mjs';
import { fromB } from './b.mjs';
console.log('main', fromA, fromB);
