// co() with exception handling, as the second article builds it: onResolve() calls
// next(), onReject() calls throw(), both wrapped in try/catch so that an error the
// generator does not catch rejects co()'s promise.
function co(generator) {
  return new Promise(function (resolve, reject) {
    const g = generator();

    function onResolve(value) {
      let ret;
      try {
        ret = g.next(value);
      } catch (e) {
        reject(e);
        return;
      }
      next(ret);
    }

    function onReject(err) {
      let ret;
      try {
        ret = g.throw(err);
      } catch (e) {
        reject(e);
        return;
      }
      next(ret);
    }

    function next(ret) {
      if (ret.done) {
        resolve(ret.value);
        return;
      }
      ret.value.then(onResolve, onReject);
    }

    onResolve();
  });
}

function deferResolve(value) {
  return new Promise(function (resolve) { setTimeout(function () { resolve(value); }, 5); });
}
function deferReject(message) {
  return new Promise(function (resolve, reject) { setTimeout(function () { reject(new Error(message)); }, 5); });
}

co(function* () {
  const a = yield deferResolve(1);
  try {
    yield deferReject('the network is down');
  } catch (e) {
    console.log('generator caught:', e.message);
  }
  const b = yield deferResolve(2);
  return a + b;
}).then(function (sum) {
  console.log('first co resolved with', sum);
  return co(function* () {
    yield deferResolve('fine');
    yield deferReject('nobody catches this');
    console.log('never printed');
  });
}).catch(function (e) {
  console.log('second co rejected with:', e.message);
});
