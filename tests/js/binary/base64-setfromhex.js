// Uint8Array.prototype.setFromHex: {read, written}, small targets, views, bytes written before an error (expected output: Node 24 running the TC39 proposal's reference polyfill; Node 24's own experimental --js-base-64 lacks setFrom* and mishandles views with offsets)
const run = (size, s) => {
  const target = new Uint8Array(size);
  for (let i = 0; i < size; i++) target[i] = 255;
  let r;
  try {
    r = JSON.stringify(target.setFromHex(s));
  } catch (e) {
    r = e.name;
  }
  console.log(JSON.stringify(s), size, r, "[" + Array.prototype.join.call(target, ",") + "]");
};
run(4, "deadbeef");
run(6, "deadbeef");
run(2, "deadbeef");
run(0, "deadbeef");
run(4, "DEADbeef");
run(4, "");
run(4, "dea");
run(4, "deadzz");
run(1, "dezz");
run(4, "de ad");
run(0, "z");
run(0, "zz");
const base = new Uint8Array(8);
const view = new Uint8Array(base.buffer, 2, 3);
console.log(JSON.stringify(view.setFromHex("0102030405")), Array.prototype.join.call(base, ","));
const t = (f) => {
  try {
    console.log(JSON.stringify(f()));
  } catch (e) {
    console.log(e.name);
  }
};
t(() => new Uint8Array(4).setFromHex(12));
t(() => Uint8Array.prototype.setFromHex.call(new Uint16Array(4), "00"));
const d = new Uint8Array(4);
d.buffer.transfer();
t(() => d.setFromHex("00"));
console.log(Uint8Array.prototype.setFromHex.length, Uint8Array.prototype.setFromHex.name);
