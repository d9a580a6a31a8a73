// Async generator methods in object literals (plain, computed, symbol, string-keyed): names,
// `this`, super calls through the home object, and their interleaved output with a then-chain.
const key = 'comp' + 'uted';
const base = { greet() { return 'base greet'; } };
const obj = {
  __proto__: base,
  label: 'obj',
  async *plain(n) { for (let i = 0; i < n; i++) { yield this.label + ' plain ' + i; } },
  async *[key]() { await null; yield 'computed ' + super.greet(); },
  async *[Symbol.asyncIterator]() { yield 'iterating ' + this.label; },
  async *'string key'() { yield 'string'; },
  async *42() { yield 'numeric'; },
};
console.log(obj.plain.name, obj.computed.name, obj[Symbol.asyncIterator].name, obj['string key'].name, obj[42].name);
console.log('has prototype prop:', Object.prototype.hasOwnProperty.call(obj.plain, 'prototype'));
try { new obj.plain(); } catch (e) { console.log('new method:', e.name); }
(async () => {
  for await (const v of obj.plain(2)) console.log(v);
  for await (const v of obj.computed()) console.log(v);
  for await (const v of obj) console.log(v);
  for await (const v of obj['string key']()) console.log(v);
  for await (const v of obj[42]()) console.log(v);
  const detached = obj.plain;
  for await (const v of detached(1)) console.log('detached (sloppy this = global):', v);
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'))
  .then(() => console.log('m4')).then(() => console.log('m5'));
