// a hashbang line at the start of imported ES modules and CommonJS files is ignored
import { fromEsm } from './tool.mjs';
import cjs from './tool.cjs';
console.log(fromEsm, cjs.fromCjs);
