// A combinator whose iterable throws after handing out its capability functions rejects once; the queued resolve is then a no-op, also for later thens.
const log = [];
function* failing() { yield 1; throw new Error("gen failed"); }
const race = Promise.race(failing());
race.then((v) => log.push("race value " + v), (e) => log.push("race rejected " + e.message));
function* failingAll() { yield Promise.resolve("a"); throw new Error("all gen failed"); }
Promise.all(failingAll()).then((v) => log.push("all value " + v), (e) => log.push("all rejected " + e.message));
function* failingAny() { yield Promise.reject(1); throw new Error("any gen failed"); }
Promise.any(failingAny()).then((v) => log.push("any value " + v), (e) => log.push("any rejected " + e.message));
setTimeout(() => {
  race.then((v) => log.push("late then: value " + v), (e) => log.push("late then: rejected " + e.message));
  setTimeout(() => console.log(log.join("\n")), 0);
}, 0);
