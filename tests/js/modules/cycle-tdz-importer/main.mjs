// import cycles: the module that closes the cycle runs first and hits TDZ for the entry's own exports
export let ready = 'ready';
export const config = { mode: 'test' };
import { report } from './dep.mjs';
console.log('main body', report());
