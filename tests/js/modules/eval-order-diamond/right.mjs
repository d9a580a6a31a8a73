import { counter } from './shared.mjs';
import './deep/leaf.mjs';
console.log('right evaluated, shared count', counter.evaluations);
export const fromRight = 'R';
