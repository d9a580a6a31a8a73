import { log } from './log.mjs';
log.push('sync-after');
