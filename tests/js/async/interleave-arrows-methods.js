// async arrows, object methods, class methods, static and computed-name methods all schedule the same way
const log = (s) => console.log(s);
const key = "comp" + "uted";
const arrow = async (x) => { await null; log("arrow " + x); };
const obj = { async m(x) { await null; log("obj.m " + x + " " + (this === obj)); }, async [key](x) { await null; log("obj computed " + x); } };
class C {
  async inst(x) { await null; log("C#inst " + x + " " + (this instanceof C)); }
  static async stat(x) { await null; log("C.stat " + x + " " + (this === C)); }
  async [key + "2"](x) { await null; log("C computed " + x); }
}
arrow(1);
obj.m(2);
obj[key](3);
new C().inst(4);
C.stat(5);
new C().computed2(6);
Promise.resolve().then(() => log("then"));
log("sync");
