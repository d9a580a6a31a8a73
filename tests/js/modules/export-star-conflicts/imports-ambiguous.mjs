import { clash } from './combined.mjs';
console.log(clash);
