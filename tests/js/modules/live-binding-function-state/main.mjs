// live bindings: exported functions mutate module state; exported function declarations can be replaced
import { items, add, current, swap } from './store.mjs';
import { items as again } from './reexport.mjs';
console.log(items === again, items.length);
add('a');
add('b');
console.log(items.join(','), again.join(','));
console.log(current());
swap();
console.log(current());
console.log(typeof current, current.name);
