// private async methods and private static async methods await and keep this
const log = (s) => console.log(s);
class Counter {
  #n = 0;
  async #bump(tag) { log(tag + " start " + this.#n); await null; this.#n++; log(tag + " end " + this.#n); return this.#n; }
  static async #make() { await null; log("static private make"); return new Counter(); }
  static create() { return Counter.#make(); }
  async run() { const a = this.#bump("a"); const b = this.#bump("b"); log("both started"); return [await a, await b]; }
}
Counter.create().then((c) => c.run()).then((r) => log("result " + r.join(",")));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
