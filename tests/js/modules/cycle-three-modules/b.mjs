import { log } from './log.mjs';
import './c.mjs';
log.push('b');
console.log('b evaluated');
