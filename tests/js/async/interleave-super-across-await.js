// super property access and calls inside async methods and nested async arrows work after awaits
const log = (s) => console.log(s);
class Base { async greet(x) { await null; log("Base.greet " + x); return "base:" + x; } get kind() { return "base-kind"; } }
class Derived extends Base {
  async greet(x) {
    log("Derived.greet start");
    const r = await super.greet(x);
    const inner = async () => { await null; return super.kind; };
    log("Derived got " + r + " " + (await inner()));
    return r.toUpperCase();
  }
  static async s() { await null; return super.name === undefined ? "none" : typeof super.toString; }
}
new Derived().greet("hi").then((v) => log("result " + v));
Derived.s().then((v) => log("static super " + v));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
