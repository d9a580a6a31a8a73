import { before } from './throws.mjs';
console.log('never runs', before);
