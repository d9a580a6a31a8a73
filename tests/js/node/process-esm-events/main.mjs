// the node:process module in ESM: default export is the global process, named exports exist; 'beforeExit' and 'exit' fire after an ESM program
import process, { nextTick, env, argv } from 'node:process';
import * as ns from 'process';
console.log(process === globalThis.process, nextTick === globalThis.process.nextTick, env === process.env, argv === process.argv, ns.default === process);
let beforeExits = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, ++beforeExits);
  if (beforeExits === 1) setTimeout(() => console.log('timer from beforeExit'), 1);
});
process.on('exit', (code) => console.log('exit', code, process.exitCode));
nextTick(() => console.log('tick'));
process.exitCode = 0;
console.log('body end');
