// next() rejecting or throwing synchronously: the error surfaces at the loop head, the iterator is not closed, and earlier values are already processed.
let tick = 0;
(function t() { if (tick < 14) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function source(name, failAt, how) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() {
      i++;
      if (i === failAt) {
        console.log(name, 'failing on call', i, 'at tick', tick);
        if (how === 'throw') throw new Error(name + ' sync throw');
        if (how === 'reject') return Promise.reject(new Error(name + ' rejected'));
        if (how === 'thenable') return { then(_, rej) { rej(new Error(name + ' thenable rejected')); } };
        if (how === 'late') return new Promise((_, rej) => setTimeout(() => rej(new Error(name + ' late rejection')), 3));
      }
      return Promise.resolve({ value: i, done: false });
    },
    return() { console.log(name, 'return() must not be called'); return Promise.resolve({}); },
  };
}

async function run(name, failAt, how) {
  const seen = [];
  try {
    for await (const v of source(name, failAt, how)) seen.push(v);
  } catch (e) {
    console.log(name, 'caught', e.message, 'seen', seen.join(',') || 'nothing', 'at tick', tick);
  }
}

(async () => {
  await run('first-throw', 1, 'throw');
  await run('third-reject', 3, 'reject');
  await run('second-thenable', 2, 'thenable');
  await run('late', 2, 'late');
  // an async generator that throws: finally runs, the loop sees the error
  async function* gen() {
    try { yield 'g1'; throw new TypeError('gen failure'); } finally { console.log('gen finally'); }
  }
  try {
    for await (const v of gen()) console.log('gen body', v);
  } catch (e) {
    console.log('gen loop caught', e.name, e.message);
  }
})();
console.log('sync end');
