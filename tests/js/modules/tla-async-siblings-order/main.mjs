// top-level await: two async siblings run concurrently; the importer runs after the slower one; completion order follows timers
import './slow.mjs';
import './fast.mjs';
import './sync-after.mjs';
import { log } from './log.mjs';
log.push('main');
console.log(log.join(' > '));
