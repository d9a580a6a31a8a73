// await using at module top level (in an imported module): async disposers are awaited in reverse order before the importer runs
import { log } from './dep.mjs';
log.push('main body');
setTimeout(() => {
  log.push('timeout');
  console.log(log.join('\n'));
}, 0);
