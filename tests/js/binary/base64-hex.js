// Uint8Array.fromHex and Uint8Array.prototype.toHex: case, odd lengths, bad digits, views and detached buffers (expected output: Node 24 running the TC39 proposal's reference polyfill; Node 24's own experimental --js-base-64 lacks setFrom* and mishandles views with offsets)
const show = (f) => {
  try {
    const r = f();
    console.log(r instanceof Uint8Array ? "[" + Array.prototype.join.call(r, ",") + "]" : JSON.stringify(r));
  } catch (e) {
    console.log(e.name);
  }
};
const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = i;
const hex = all.toHex();
console.log(hex);
const back = Uint8Array.fromHex(hex);
console.log(back.length, Array.prototype.every.call(back, (v, i) => v === i));
show(() => Uint8Array.fromHex(hex.toUpperCase()).toHex() === hex);
for (const s of ["", "00", "0a0B", "fF", "f", "abc", "0g", "g0", " 00", "00 ", "0x00", "\u0660\u0660", "+0"]) {
  show(() => Uint8Array.fromHex(s));
}
show(() => Uint8Array.fromHex(10));
show(() => Uint8Array.fromHex());
show(() => new Uint8Array(all.buffer, 16, 4).toHex());
show(() => new Uint8Array(0).toHex());
show(() => Uint8Array.prototype.toHex.call(new Uint16Array(2)));
show(() => Uint8Array.prototype.toHex.call({ length: 0 }));
const d = new Uint8Array(2);
d.buffer.transfer();
show(() => d.toHex());
console.log(Uint8Array.fromHex.length, Uint8Array.prototype.toHex.length, Uint8Array.prototype.toHex.name);
