// Promise machinery: thenables, combinators, subclasses, finally, rejections.
var log = [];
var thenable = { then: function (res, rej) { res(1); rej(2); res(3); } };
Promise.resolve(thenable).then(function (v) { log.push(v); return { get then() { throw new Error("getter"); } }; })
  .catch(function (e) { log.push(e.message); }).finally(function () { log.push("fin"); return Promise.reject(9); })
  .then(null, function (r) { log.push(r); });
class P extends Promise { static get [Symbol.species]() { return Promise; } }
P.all([1, P.resolve(2), thenable, Promise.reject(3)]).catch(function (e) { log.push(e); });
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(function (e) { log.push(e.errors.length); });
Promise.allSettled([1, Promise.reject(2)]).then(function (r) { log.push(r.length); });
Promise.race({ [Symbol.iterator]: function* () { yield 1; throw 5; } }).catch(function (e) { log.push(e); });
var wr = Promise.withResolvers(); wr.resolve(wr.promise);
Promise.try(function (a) { throw a; }, 7).catch(function (e) { log.push(e); });
new Promise(function () { throw 1; });
