// the shape of node:readline and node:readline/promises: export names, Interface prototypes, EventEmitter inheritance, legacy underscore members
const readline = require('readline');
const readlinePromises = require('readline/promises');
const EventEmitter = require('events');
const { PassThrough } = require('stream');

console.log(Object.keys(readline));
console.log(Object.keys(readlinePromises));
console.log('promises property', readline.promises === readlinePromises);
console.log('node: prefix', require('node:readline') === readline, require('node:readline/promises') === readlinePromises);
for (const name of Object.keys(readline)) console.log(name, typeof readline[name]);

const rl = readline.createInterface({ input: new PassThrough() });
const rlp = readlinePromises.createInterface({ input: new PassThrough() });
console.log('instanceof', rl instanceof readline.Interface, rl instanceof EventEmitter, rlp instanceof readlinePromises.Interface, rlp instanceof EventEmitter);
console.log('cross', rl instanceof readlinePromises.Interface, rlp instanceof readline.Interface);
const shared = Object.getPrototypeOf(readline.Interface.prototype);
console.log('shared base', shared === Object.getPrototypeOf(readlinePromises.Interface.prototype));
console.log('base methods', Object.getOwnPropertyNames(shared).join(', '));
console.log('legacy members', Object.getOwnPropertyNames(readline.Interface.prototype).join(', '));
console.log('promises members', Object.getOwnPropertyNames(readlinePromises.Interface.prototype).join(', '));
console.log('async iterator', typeof rl[Symbol.asyncIterator], typeof rlp[Symbol.asyncIterator]);
console.log('promisify.custom', typeof rl.question[require('util').promisify.custom]);
console.log('legacy state', JSON.stringify(rl._prompt), rl._line_buffer, rl._sawReturnAt, typeof rl._decoder);
rl._prompt = 'changed> ';
console.log('prompt via _prompt', rl.getPrompt());
console.log('initial state', JSON.stringify(rl.line), rl.cursor, rl.closed, rl.paused, rl.terminal, rl.historySize, rl.crlfDelay);
rl.close();
rlp.close();
