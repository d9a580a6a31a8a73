import { named } from './esm.mjs';
import cjsDep from './dep.cjs';
export const combined = `${named} + ${cjsDep.value}`;
