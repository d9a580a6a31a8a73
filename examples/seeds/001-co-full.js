// The rest of what the second article lists for the real co(): yielded thunks, nested
// generators, arrays and (deep) objects of the above, all turned into promises before
// the generator continues (written from the prose, after the actual co()).
function co(gen) {
  const ctx = this;
  return new Promise(function (resolve, reject) {
    if (typeof gen === 'function') gen = gen.call(ctx);
    if (!gen || typeof gen.next !== 'function') return resolve(gen);

    function onFulfilled(res) {
      let ret;
      try { ret = gen.next(res); } catch (e) { return reject(e); }
      next(ret);
    }
    function onRejected(err) {
      let ret;
      try { ret = gen.throw(err); } catch (e) { return reject(e); }
      next(ret);
    }
    function next(ret) {
      if (ret.done) return resolve(ret.value);
      const value = toPromise.call(ctx, ret.value);
      if (value && isPromise(value)) return value.then(onFulfilled, onRejected);
      return onRejected(new TypeError('You may only yield a function, promise, generator, array, or object, '
        + 'but the following object was passed: "' + String(ret.value) + '"'));
    }
    onFulfilled();
  });
}

function toPromise(obj) {
  if (!obj) return obj;
  if (isPromise(obj)) return obj;
  if (isGenerator(obj) || isGeneratorFunction(obj)) return co.call(this, obj);
  if (typeof obj === 'function') return thunkToPromise.call(this, obj);
  if (Array.isArray(obj)) return Promise.all(obj.map(toPromise, this));
  if (Object === obj.constructor) return objectToPromise.call(this, obj);
  return obj;
}
function thunkToPromise(fn) {
  const ctx = this;
  return new Promise(function (resolve, reject) {
    fn.call(ctx, function (err, res) {
      if (err) return reject(err);
      if (arguments.length > 2) res = Array.prototype.slice.call(arguments, 1);
      resolve(res);
    });
  });
}
function objectToPromise(obj) {
  const results = new obj.constructor();
  const keys = Object.keys(obj);
  const promises = [];
  for (const key of keys) {
    const promise = toPromise.call(this, obj[key]);
    if (promise && isPromise(promise)) defer(promise, key);
    else results[key] = obj[key];
  }
  return Promise.all(promises).then(function () { return results; });
  function defer(promise, key) {
    results[key] = undefined;
    promises.push(promise.then(function (res) { results[key] = res; }));
  }
}
function isPromise(obj) { return typeof obj.then === 'function'; }
function isGenerator(obj) { return typeof obj.next === 'function' && typeof obj.throw === 'function'; }
function isGeneratorFunction(obj) {
  const constructor = obj.constructor;
  if (!constructor) return false;
  if (constructor.name === 'GeneratorFunction' || constructor.displayName === 'GeneratorFunction') return true;
  return isGenerator(constructor.prototype);
}

// Helpers that finish later, in different styles.
function later(value, ms) {
  return new Promise(function (resolve) { setTimeout(resolve, ms, value); });
}
function readThunk(name) {
  return function (callback) { setTimeout(callback, 5, null, 'contents of ' + name); };
}
function* nested(n) {
  const x = yield later(n, 5);
  return x * 10;
}

co(function* () {
  console.log('promise:', yield later('a promise', 10));
  console.log('thunk:', yield readThunk('a.txt'));
  console.log('generator function:', yield nested.bind(null, 4));
  console.log('generator object:', yield nested(5));
  console.log('array:', yield [later(1, 15), later(2, 5), readThunk('b.txt')]);
  const deep = yield { user: later('ada', 5), stats: { posts: later(3, 10), files: [readThunk('c.txt')] }, plain: 'kept' };
  console.log('object:', deep);
  try {
    yield 42;
  } catch (e) {
    console.log(e.name + ':', e.message);
  }
  return 'all done';
}).then(function (v) { console.log(v); });
