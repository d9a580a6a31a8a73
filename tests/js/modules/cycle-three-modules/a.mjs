import { log } from './log.mjs';
import './b.mjs';
log.push('a');
console.log('a evaluated');
