const reg = new FinalizationRegistry((held) => console.log("cleanup", held));
const a = {}, b = {}, tokenA = {}, tokenSym = Symbol("token");
console.log(reg.register(a, "a", tokenA), reg.register(b, "b", tokenSym), reg.register(b, "b2", tokenSym));
console.log(reg.unregister(tokenSym), reg.unregister(tokenSym), reg.unregister(tokenA), reg.unregister({}));
for (const [target, held, token] of [[1, 0], [{}, 0, 1], [Symbol.for("x"), 0]]) {
  try { reg.register(target, held, token); console.log("accepted"); } catch (e) { console.log(e.constructor.name); }
}
const same = {};
try { reg.register(same, same); } catch (e) { console.log("same target and held:", e.constructor.name); }
try { reg.unregister(1); } catch (e) { console.log(e.constructor.name); }
try { new FinalizationRegistry(); } catch (e) { console.log(e.constructor.name); }
try { FinalizationRegistry(() => {}); } catch (e) { console.log(e.constructor.name); }
console.log(Object.prototype.toString.call(reg), FinalizationRegistry.length, reg.register.length, reg.unregister.length);
console.log(reg);
