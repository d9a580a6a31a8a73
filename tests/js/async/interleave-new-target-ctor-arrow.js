// async arrows started inside a constructor keep new.target and this after awaits
const log = (s) => console.log(s);
class Widget {
  constructor(name) {
    this.name = name;
    this.ready = (async () => { await null; log(this.name + " ready, new.target is Widget: " + (new.target === Widget)); return this; })();
    log(name + " constructed");
  }
}
class Sub extends Widget {}
const w = new Widget("w");
const s = new Sub("s");
Promise.all([w.ready, s.ready]).then((xs) => log("all ready " + xs.map((x) => x.name).join(",")));
log("sync");
