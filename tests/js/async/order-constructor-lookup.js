// then() reads this.constructor and its Symbol.species synchronously, in that order
const log = (s) => console.log(s);
const p = Promise.resolve('v');
Object.defineProperty(p, 'constructor', {
  get() { log('get constructor'); return { get [Symbol.species]() { log('get species'); return undefined; } }; },
});
log('before then');
const d = p.then((v) => log('handler ' + v));
log('after then, derived native: ' + (Object.getPrototypeOf(d) === Promise.prototype));
try { Promise.prototype.then.call({}, () => {}); } catch (e) { log('then on non-promise: ' + e.name); }
try { Promise.resolve.call(undefined, 1); } catch (e) { log('resolve without this: ' + e.name); }
try { Promise.all.call(undefined, []); } catch (e) { log('all without this: ' + e.name); }
d.then(() => log('after handler'));
log('sync end');
