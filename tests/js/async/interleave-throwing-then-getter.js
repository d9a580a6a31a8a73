// awaiting an object whose then getter throws rejects the await; a throwing then method rejects later
const log = (s) => console.log(s);
const getterThrows = { get then() { log("getter read"); throw new Error("getter"); } };
const methodThrows = { then() { log("then called"); throw new Error("method"); } };
async function a() { try { await getterThrows; } catch (e) { log("a caught " + e.message); } }
async function b() { try { await methodThrows; } catch (e) { log("b caught " + e.message); } }
async function c() { return getterThrows; }
a(); b();
c().catch((e) => log("c rejected " + e.message));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
