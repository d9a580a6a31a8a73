import { log } from './log.mjs';
log.push('slow:start');
await new Promise((r) => setTimeout(r, 30));
log.push('slow:end');
