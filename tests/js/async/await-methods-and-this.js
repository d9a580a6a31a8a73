// async methods, arrows and class members keep `this`, `arguments` and `super`; they are not constructors.
class Base { async greet() { return "base"; } }
class Derived extends Base {
  constructor() { super(); this.name = "derived"; }
  async greet() { const b = await super.greet(); return b + "+" + this.name; }
  static async make() { return new this(); }
  async #secret() { return "private"; }
  async reveal() { return await this.#secret(); }
}
(async () => {
  const d = await Derived.make();
  console.log(await d.greet(), await d.reveal());
  const obj = { n: 2, async double() { const f = async () => this.n * 2; return f(); }, async args() { return arguments.length; } };
  console.log(await obj.double(), await obj.args(1, 2, 3));
  try { new obj.double(); } catch (e) { console.log(e.name); }
  console.log(typeof obj.double.prototype, Object.prototype.toString.call(obj.double));
})();
