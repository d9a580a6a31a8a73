// finally runs after return await resolves but before plain return's promise is adopted
const log = (s) => console.log(s);
const later = (v) => new Promise((r) => setTimeout(() => { log("timer " + v); r(v); }, 20));
async function a() {
  try { return await later("a"); } finally { log("a finally"); }
}
async function b() {
  try { return later("b"); } finally { log("b finally"); }
}
a().then((v) => log("a result " + v));
b().then((v) => log("b result " + v));
log("sync");
