// evaluation order: import declarations are hoisted; code before them runs after all dependencies, and exports are set up before any body
console.log('main line 1, dep value:', value, 'dep fn:', later());
import { value } from './dep.mjs';
console.log('main line 3');
import { later } from './other.mjs';
