// live bindings: an exported let reassigned by the exporter is seen by the importer
import { count, increment, reset } from './counter.mjs';
import * as ns from './counter.mjs';
console.log('initial', count, ns.count);
increment();
increment();
console.log('after two increments', count, ns.count);
reset(10);
console.log('after reset', count, ns.count);
try {
  count = 5;
} catch (e) {
  console.log('assign to import:', e.name);
}
console.log('still', count);
