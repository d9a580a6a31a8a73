// evaluation order: in a diamond graph (main -> left,right -> shared) the shared module runs once, first
import { fromLeft } from './left.mjs';
import { fromRight } from './right.mjs';
import { counter } from './shared.mjs';
console.log('main', fromLeft, fromRight, counter.evaluations);
