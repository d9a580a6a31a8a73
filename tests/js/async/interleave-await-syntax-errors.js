// await is a syntax error in nested plain functions, async parameters, class fields and eval code inside async functions
const log = (s) => console.log(s);
const cases = [
  "async function f() { function g() { await 1; } }",
  "async function f(a = await 1) {}",
  "async function f() { class C { x = await 1; } }",
  "async (a = await 1) => {}",
  "async function f() { await 1; }",
  "function f() { var await = 1; return await; }",
];
for (const src of cases) {
  try { (0, eval)(src); log("ok: " + src); } catch (e) { log(e.name + ": " + src); }
}
async function withEval() { const local = "L"; await null; return eval("local + '!'"); }
async function evalAwait() { await null; return eval("await 1"); }
withEval().then((v) => log("direct eval after await " + v));
evalAwait().catch((e) => log("eval with await: " + e.name));
