// GC rooting regression (run under --gc-stress by cli.rs): a new Map/Set/WeakMap/WeakSet and
// its adder were held only by Rust while an adder getter, GetIterator and the loop ran
// script code (the corpus under --gc-stress crashed in Map's constructor).
let made = 0;
const entries = { *[Symbol.iterator]() { yield [{ k: 1 }, 'a']; yield [{ k: 2 }, 'b']; } };
class M extends Map { get set() { made++; return function (k, v) { return Map.prototype.set.call(this, k, v); }; } }
class S extends Set { get add() { made++; return function (v) { return Set.prototype.add.call(this, v); }; } }
const m = new M(entries);
console.log(m.size, [...m.values()].join(), [...m.keys()].map((k) => k.k).join());
const s = new S({ *[Symbol.iterator]() { yield 'x'; yield { y: 1 }; } });
console.log(s.size, [...s].map((v) => typeof v).join());
const keys = [{}, {}];
const wm = new WeakMap({ *[Symbol.iterator]() { yield [keys[0], 1]; yield [keys[1], 2]; } });
const ws = new WeakSet({ *[Symbol.iterator]() { yield keys[0]; } });
console.log(wm.get(keys[1]), ws.has(keys[0]), ws.has(keys[1]), made);
// A string timer handler is compiled into a function before the delay's valueOf runs (HTML
// timer initialization; Node 20 throws ERR_INVALID_ARG_TYPE for a string: this line's
// expected output follows HTML, as tests/js/async/tick-bad-delay-type.js does).
globalThis.fired = [];
setTimeout('fired.push("string handler")', { valueOf() { const junk = []; for (let i = 0; i < 50; i++) junk.push({ i }); return 1; } });
setTimeout(() => console.log(fired.join()), 5);
