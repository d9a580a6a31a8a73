// util.promisify argument errors and rejection reasons
const util = require('util');

for (const bad of [undefined, null, 1, 'fn', {}, [], Symbol('s'), 10n, true]) {
  try {
    util.promisify(bad);
    console.log('no error for', typeof bad);
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof TypeError);
  }
}

function failWith(reason) {
  return (cb) => setImmediate(() => cb(reason));
}
(async () => {
  for (const reason of [new Error('plain error'), 'a string', 42, { custom: 'object' }, true]) {
    try {
      await util.promisify(failWith(reason))();
      console.log('resolved?');
    } catch (e) {
      console.log('rejected with', typeof e, e instanceof Error ? e.message : e);
    }
  }
  for (const falsy of [null, undefined, 0, '', false, NaN]) {
    const v = await util.promisify((cb) => cb(falsy, 'ok'))();
    console.log('falsy err', String(falsy), '-> resolved', v);
  }
  // The callback called twice: only the first call counts
  const twice = util.promisify((cb) => { cb(null, 'first'); cb(null, 'second'); cb(new Error('third')); });
  console.log('called twice:', await twice());
})();
