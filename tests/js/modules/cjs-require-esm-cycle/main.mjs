// ESM <-> CJS cycle: a CJS module imported by an ES module that require()s that (still loading) ES module gets ERR_REQUIRE_CYCLE_MODULE
import { fromCjs } from './bridge.cjs';
console.log('main sees', fromCjs);
export const fromMain = 'main export';
