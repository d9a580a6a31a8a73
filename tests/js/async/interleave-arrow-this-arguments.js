// async arrows capture this and arguments of the enclosing function across awaits
const log = (s) => console.log(s);
function host() {
  const go = async () => { log("before " + this.name + " " + arguments[0]); await null; log("after " + this.name + " " + arguments.length); };
  return go();
}
const p = host.call({ name: "H" }, "arg0", "arg1");
Promise.resolve().then(() => log("m1"));
p.then(() => log("done"));
log("sync");
