// async arrows stored in class fields and getters returning async results
const log = (s) => console.log(s);
class Svc {
  tag = "svc";
  run = async (n) => { await null; log(this.tag + " run " + n); return n + 1; };
  get lazy() { return (async () => { await null; log("lazy getter resolved"); return this.tag; })(); }
  static make = async () => { await null; log("static field arrow"); return new Svc(); };
}
Svc.make().then(async (s) => { const a = await s.run(1); const b = await s.lazy; log("values " + a + " " + b); });
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4"));
log("sync");
