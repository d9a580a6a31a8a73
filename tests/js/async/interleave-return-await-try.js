// return await inside try is caught locally, plain return of a rejected promise escapes the try
const log = (s) => console.log(s);
const bad = () => Promise.reject(new Error("boom"));
async function withAwait() {
  try { return await bad(); } catch (e) { log("withAwait caught " + e.message); return "recovered"; }
}
async function withoutAwait() {
  try { return bad(); } catch (e) { log("never"); return "no"; }
}
withAwait().then((v) => log("withAwait -> " + v));
withoutAwait().then((v) => log("withoutAwait -> " + v), (e) => log("withoutAwait rejected " + e.message));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4"));
log("sync");
