// import cycles: reading a let/const/class binding before the other module initialised it throws a ReferenceError (TDZ)
import { fromA } from './a.mjs';
import { probe } from './b.mjs';
console.log('main sees', fromA);
probe();
