// o[key()] = await v() evaluates the target before suspending; setter runs after the await
const log = (s) => console.log(s);
const o = { set prop(v) { log("setter " + v); } };
const key = () => { log("key evaluated"); return "prop"; };
const val = () => { log("value evaluated"); return Promise.resolve("V"); };
async function f() { o[key()] = await val(); log("f end"); }
f();
Promise.resolve().then(() => log("m1")).then(() => log("m2"));
log("sync");
