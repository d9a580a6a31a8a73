// Uint8Array base64/hex on resizable buffers: length-tracking views follow resizes, views back in bounds after a resize (expected output: Node 24 running the TC39 proposal's reference polyfill; Node 24's own experimental --js-base-64 lacks setFrom* and mishandles views with offsets)
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
const tracking = new Uint8Array(rab);
const fixed = new Uint8Array(rab, 1, 2);
const show = (f) => {
  try {
    console.log(JSON.stringify(f()));
  } catch (e) {
    console.log(e.name);
  }
};
for (let i = 0; i < 4; i++) tracking[i] = i + 1;
show(() => tracking.toHex());
show(() => fixed.toBase64());
rab.resize(8);
show(() => tracking.toHex());
show(() => tracking.setFromHex("0a0b0c0d0e0f1011"));
show(() => tracking.toBase64());
rab.resize(2);
show(() => tracking.toHex());
rab.resize(3);
show(() => fixed.setFromHex("ffff"));
show(() => tracking.toHex());
