import { log } from './log.mjs';
log.push('fast:start');
await new Promise((r) => setTimeout(r, 5));
log.push('fast:end');
