// Async generator methods in classes: instance, static, #private, static #private, computed and
// inherited (with super), checking this/private access across awaits and yields.
const name = 'dyn';
class Base {
  async *items() { yield 'base item'; }
}
class Store extends Base {
  #data = ['x', 'y'];
  static #count = 0;
  async *#private() { for (const d of this.#data) { await null; yield d; } }
  async *values() { yield* this.#private(); }
  async *items() { yield* super.items(); yield 'derived item'; }
  static async *counter() { while (Store.#count < 2) yield 'static ' + ++Store.#count; }
  static async *#hidden() { yield 'static private via ' + this.name; }
  static hidden() { return Store.#hidden(); }
  async *[name + 'Method']() { yield 'computed on ' + this.constructor.name; }
}
(async () => {
  const s = new Store();
  for await (const v of s.values()) console.log(v);
  for await (const v of s.items()) console.log(v);
  for await (const v of Store.counter()) console.log(v);
  for await (const v of Store.hidden()) console.log(v);
  for await (const v of s.dynMethod()) console.log(v);
  console.log(Store.prototype.values.name, Store.counter.name, s.dynMethod.name);
  console.log('enumerable:', Object.keys(Store.prototype).length, Object.getOwnPropertyNames(Store.prototype).join());
  const stolen = s.values;
  const it = stolen.call({});
  try { await it.next(); } catch (e) { console.log('private access on wrong object:', e.name); }
  console.log('after failure:', await it.next());
})();
