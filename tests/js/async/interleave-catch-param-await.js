// await in a catch-parameter destructuring default and in a finally after a caught rejection
const log = (s) => console.log(s);
const w = (x) => { log("w " + x); return Promise.resolve(x); };
async function f(err) {
  try { await Promise.reject(err); }
  catch ({ message = await w("default message"), code = await w(0) }) { log("catch " + message + " " + code); }
  finally { log("finally " + (await w("f"))); }
}
f({ message: "given" });
f({ code: 7 });
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
