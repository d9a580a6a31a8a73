// live bindings: a binding reassigned later by a timer and by a promise job is seen by the importer
import { value, status, whenDone } from './late.mjs';
console.log('sync', value, status);
queueMicrotask(() => console.log('microtask', value, status));
await whenDone;
console.log('after timer', value, status);
