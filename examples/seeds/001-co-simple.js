// The simplified co() of the second article (its code blocks are lost; written from the
// prose): return a promise, instantiate the generator, call next(), register a callback on
// each yielded promise and feed its value back with next(value), resolve on done.
function co(generator) {
  return new Promise(function (resolve) {
    const g = generator();

    function next(nextVal) {
      const ret = g.next(nextVal);
      if (ret.done) {
        resolve(ret.value);
        return;
      }
      ret.value.then(next);
    }

    next();
  });
}

// The contrived example: values that arrive later.
function defer(value, ms) {
  return new Promise(function (resolve) {
    setTimeout(function () {
      console.log('resolving', value);
      resolve(value);
    }, ms);
  });
}

co(function* () {
  const a = yield defer('hello', 20);
  console.log('got', a);
  const b = yield defer('world', 10);
  console.log('got', b);
  return a + ' ' + b;
}).then(function (result) {
  console.log('co resolved with:', result);
});
console.log('co() returned; the generator is waiting on its first promise');
