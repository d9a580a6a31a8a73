// TextDecoder BOM handling: the encoding's own BOM is removed once per stream unless ignoreBOM; a BOM split across stream chunks
const show = (label, bytes, opts) => {
  const s = new TextDecoder(label, opts).decode(new Uint8Array(bytes));
  console.log(label, JSON.stringify(opts || {}), JSON.stringify(s), s.length);
};
show("utf-8", [0xef, 0xbb, 0xbf, 0x41]);
show("utf-8", [0xef, 0xbb, 0xbf, 0x41], { ignoreBOM: true });
show("utf-8", [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]);
show("utf-8", [0xff, 0xfe, 0x41, 0x00]);
show("utf-16le", [0xff, 0xfe, 0x41, 0x00]);
show("utf-16le", [0xff, 0xfe, 0x41, 0x00], { ignoreBOM: true });
show("utf-16le", [0xfe, 0xff, 0x00, 0x41]);
show("utf-16le", [0xef, 0xbb, 0xbf, 0x00]);
const td = new TextDecoder();
let out = "";
for (const b of [0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf]) out += td.decode(new Uint8Array([b]), { stream: true });
out += td.decode();
console.log(JSON.stringify(out), out.length);
// Each new stream removes its BOM again.
console.log(JSON.stringify(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))));
console.log(JSON.stringify(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x43]))));
const keep = new TextDecoder("utf-8", { ignoreBOM: true });
console.log(keep.ignoreBOM, JSON.stringify(keep.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) + keep.decode(new Uint8Array([0xbf]))));
