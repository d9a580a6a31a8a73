// helper: a named import that ms does not provide
import { parse } from 'ms';
console.log(typeof parse);
