// FormData errors and shape: too few arguments for every method, a file name with a non-Blob value (even an undefined one), forEach without a function, the constructor's argument, brand checks; console.log / util.inspect of a FormData (Node 20's format: a name with several values shows an array)
const util = require('util');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, '->', e.name, e.message);
  }
};
const fd = new FormData();
t('append()', () => fd.append());
t('append(name)', () => fd.append('a'));
t('set(name)', () => fd.set('a'));
t('get()', () => fd.get());
t('getAll()', () => fd.getAll());
t('has()', () => fd.has());
t('delete()', () => fd.delete());
t('forEach()', () => fd.forEach());
t('forEach(string)', () => fd.forEach('not a function'));
t('append string with file name', () => fd.append('a', 'b', 'c.txt'));
t('set string with file name', () => fd.set('a', 'b', 'c.txt'));
t('append string with undefined file name', () => fd.append('a', 'b', undefined));
// A third argument, even undefined, is a file name
fd.append('blob', new Blob(['x']), undefined);
fd.set('set blob', new Blob(['y']), undefined);
fd.append('file', new File(['z'], 'z.txt'), undefined);
t('file names from undefined', () => [...fd.values()].map((f) => f.name));
t('nothing was added by the errors', () => [...fd.keys()]);
t('undefined args convert', () => { const f = new FormData(); f.append(undefined, undefined); return [...f]; });

// The constructor takes no form in a runtime without a DOM (the message is undici's)
for (const arg of [{}, null, 'form']) {
  try {
    new FormData(arg);
    console.log('constructed with', arg);
  } catch (e) {
    console.log('constructor with', arg, '->', e.name);
  }
}
t('constructor with undefined', () => new FormData(undefined));
try {
  FormData();
  console.log('call without new did not throw');
} catch (e) {
  console.log('call without new ->', e.name);
}

// Brand checks: the error's name only
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']) {
  try {
    FormData.prototype[name].call({}, 'a', 'b');
    console.log(name, 'did not throw');
  } catch (e) {
    console.log('brand', name, e.name);
  }
}

// Shape
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']) {
  const d = Object.getOwnPropertyDescriptor(FormData.prototype, name);
  console.log(name, typeof d.value, d.writable, d.enumerable, d.configurable, d.value.length);
}
console.log('@@iterator', Object.getOwnPropertyDescriptor(FormData.prototype, Symbol.iterator));
console.log('toStringTag', Object.getOwnPropertyDescriptor(FormData.prototype, Symbol.toStringTag));
console.log(String(new FormData()), Object.prototype.toString.call(new FormData()), JSON.stringify(new FormData()), Object.keys(new FormData()));

// Inspection
const shown = new FormData();
console.log(shown);
shown.append('a', '1');
shown.append('b', 'two');
shown.append('a', '3');
shown.append('a', 'four');
console.log(shown);
console.log(util.inspect(shown, { depth: 0 }));
shown.append('__proto__', 'just a name');
shown.append('multi word', 'line\nbreak');
shown.append('f', new File(['abc'], 'f.txt', { type: 'text/plain', lastModified: 5 }));
shown.append('f', new File([], 'g.bin', { lastModified: 6 }));
console.log(shown);
console.log({ x: { y: { shown } } });
console.log([new FormData()]);
console.log(util.inspect(shown, { compact: false, breakLength: Infinity }).split('\n').length, 'lines when not compact');
