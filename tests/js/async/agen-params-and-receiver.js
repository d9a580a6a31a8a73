// Parameter defaults and destructuring run synchronously at call time (errors throw from the call,
// not from next()), while the body waits for next(); generator methods called on a bad receiver
// return rejected promises instead of throwing.
const log = [];
async function* g(a = log.push('default a'), { b } = (log.push('default b'), { b: 'B' })) {
  log.push('body');
  yield a + ':' + b;
}
const it = g();
log.push('after call');
it.next().then(r => { log.push('result ' + r.value); });
log.push('after next');
console.log(log.join(' | '));
async function* bad({ missing }) { console.log('never'); }
try { bad(); console.log('no throw?!'); } catch (e) { console.log('destructuring error at call:', e.name); }
async function* thrower(x = (() => { throw new Error('default threw'); })()) { console.log('never'); }
try { thrower(); } catch (e) { console.log('default error at call:', e.message); }
const { next, return: ret, throw: thr } = Object.getPrototypeOf(Object.getPrototypeOf(it));
const results = [next.call({}), ret.call(1, 'v'), thr.call((function* () {})(), 'e'), next.call(undefined)];
console.log('all promises:', results.every(p => p instanceof Promise));
results.forEach((p, i) => p.then(() => console.log(i, 'fulfilled?!'), e => console.log(i, 'rejected', e.name)));
Promise.resolve().then(() => console.log('after rejections registered:', log.join(' | ')));
