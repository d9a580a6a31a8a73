// using at module top level: disposed when the module body finishes; an imported module disposes before the importer runs
import { log, res } from './dep.mjs';
log.push('main body start');
using m1 = res('main m1');
using m2 = res('main m2');
{
  using blk = res('main block');
  log.push('main block body');
}
log.push('main body end');
queueMicrotask(() => {
  log.push('microtask after main');
  console.log(log.join('\n'));
});
