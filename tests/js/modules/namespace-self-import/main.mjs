// a module importing its own namespace: bindings are visible through it, including ones initialised later (TDZ before that)
import * as self from './main.mjs';
import { later as laterBinding } from './main.mjs';
console.log('self keys:', Reflect.ownKeys(self).map(String).join(','));
console.log('function available early:', self.helper());
try {
  console.log(self.later);
} catch (e) {
  console.log('later before init:', e.name);
}
export const later = 'initialised';
export function helper() { return 'helper'; }
console.log('after init:', self.later, laterBinding);
import('./main.mjs').then((dyn) => console.log('import() of the running module gives its namespace once it finished:', dyn === self));
console.log('end of main body');
