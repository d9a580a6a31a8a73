// awaiting a Proxy: the get trap for then is hit synchronously, the then call happens in a job
const log = (s) => console.log(s);
const target = { then(res) { log("then invoked"); res("proxied"); } };
const p = new Proxy(target, { get(t, k, r) { log("get " + String(k)); return Reflect.get(t, k, r); } });
(async () => { log("before await"); const v = await p; log("got " + v); })();
log("after call");
Promise.resolve().then(() => log("m1")).then(() => log("m2"));
