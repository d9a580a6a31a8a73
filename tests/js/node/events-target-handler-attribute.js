// AbortSignal.onabort event handler attribute: null by default, keeps the position of its first assignment, replaced and cleared
const ac = new AbortController();
const s = ac.signal;
console.log('default', s.onabort);
s.addEventListener('abort', () => console.log('listener 1'));
s.onabort = () => console.log('first handler (replaced)');
s.addEventListener('abort', () => console.log('listener 3'));
s.onabort = function (e) { console.log('onabort handler', e.type, this === s); };
console.log('handler is function', typeof s.onabort);
ac.abort();

const ac2 = new AbortController();
ac2.signal.onabort = () => console.log('cleared, must not run');
ac2.signal.onabort = null;
console.log('after clearing', ac2.signal.onabort);
ac2.signal.onabort = 'not a function';
console.log('non-function value', ac2.signal.onabort);
ac2.abort();
console.log('ac2 aborted', ac2.signal.aborted);

const ac3 = new AbortController();
ac3.signal.onabort = () => console.log('set again after null works');
ac3.signal.onabort = null;
ac3.signal.onabort = () => console.log('ac3 handler');
ac3.abort();
console.log('onabort enumerable on prototype', Object.keys(AbortSignal.prototype).includes('onabort'));
