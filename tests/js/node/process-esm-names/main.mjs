// node:process's named exports are the process object's own keys: none missing, none extra (Spindle links them before the object is made)
import * as ns from 'node:process';
import process from 'process';
const keys = Reflect.ownKeys(process).filter((k) => typeof k === 'string');
console.log('not exported:', keys.filter((k) => !(k in ns)));
console.log('not on process:', Object.keys(ns).filter((k) => k !== 'default' && !Object.hasOwn(process, k)));
console.log(ns.default === globalThis.process, ns.argv === process.argv, typeof ns.nextTick, typeof ns.exitCode);
