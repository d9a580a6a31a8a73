// this, arguments and new.target inside async generators: bound at call time (before the first
// next()), kept across awaits/yields; arguments stays mapped in sloppy mode; new is a TypeError.
async function* g(a, b) {
  console.log('body: new.target', new.target, 'this.tag', this && this.tag);
  await null;
  yield arguments.length;
  a = 'changed';
  yield arguments[0];
  arguments[1] = 'via arguments';
  yield b;
  const arrow = () => [this.tag, arguments[0], new.target];
  await null;
  yield arrow();
}
async function* strictG(a) { 'use strict'; a = 'changed'; yield [arguments[0], this]; }
try { new g(); } catch (e) { console.log('new g():', e.name); }
const receiver = { tag: 'receiver', g };
const it = receiver.g('first', 'second', 'third');
console.log('called, nothing logged yet');
(async () => {
  for await (const v of it) console.log('yielded', v);
  for await (const v of strictG('orig')) console.log('strict', v);
  for await (const v of g.call({ tag: 'call' }, 1)) if (Array.isArray(v)) console.log('call', v);
  const bound = g.bind({ tag: 'bound' }, 'b0');
  for await (const v of bound()) if (Array.isArray(v)) console.log('bound', v);
  try { new bound(); } catch (e) { console.log('new bound:', e.name); }
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2'));
