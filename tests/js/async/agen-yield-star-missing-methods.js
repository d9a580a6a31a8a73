// yield* into async iterators lacking throw/return: throw() closes the inner iterator (calls its
// return) and raises a TypeError in the delegator; without return, return() finishes the delegator directly.
function makeInner(name, { withReturn, withThrow }) {
  let i = 0;
  const it = {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: name + ' ' + ++i, done: false }); },
  };
  if (withReturn) it.return = (v) => { console.log(name, 'return called with', v); return Promise.resolve({ value: 'closed', done: true }); };
  if (withThrow) it.throw = (e) => { console.log(name, 'throw called with', e); return Promise.resolve({ value: 'from throw', done: false }); };
  return it;
}
async function* outer(inner) {
  try { yield* inner; } catch (e) { console.log('outer caught', e.constructor.name); yield 'after TypeError'; } finally { console.log('outer finally'); }
}
async function main() {
  const a = outer(makeInner('A', { withReturn: true }));
  console.log(await a.next());
  console.log('A throw ->', await a.throw('x'));
  const b = outer(makeInner('B', {}));
  console.log(await b.next());
  console.log('B throw ->', await b.throw('y'));
  const c = outer(makeInner('C', { withThrow: true }));
  console.log(await c.next());
  console.log('C return ->', await c.return(Promise.resolve('ret')));
  console.log('C next ->', await c.next());
  const d = outer(makeInner('D', { withThrow: true }));
  console.log(await d.next());
  console.log('D throw ->', await d.throw('z'));
  const e = outer(['e1', 'e2'][Symbol.iterator]());
  console.log(await e.next());
  console.log('E (sync, no return) return ->', await e.return(Promise.resolve('sync ret')));
}
main();
