// import cycles: evaluation order in a three-module cycle a -> b -> c -> a, entered from main
import './a.mjs';
import { log } from './log.mjs';
console.log('main:', log.join(' '));
