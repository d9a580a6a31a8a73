import { log } from './log.mjs';
import './a.mjs';
log.push('c');
console.log('c evaluated');
