// awaiting a Promise subclass instance goes through its then (extra ticks) unlike a native promise
const log = (s) => console.log(s);
class MyP extends Promise {
  then(f, r) { log("MyP.then called"); return super.then(f, r); }
}
const sub = MyP.resolve(7);
log("constructed " + (sub instanceof MyP));
(async () => { const v = await sub; log("sub awaited " + v); })();
(async () => { const v = await Promise.resolve(8); log("native awaited " + v); })();
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4"));
log("sync");
