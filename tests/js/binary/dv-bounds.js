// DataView constructor and accessor range errors, reported by name and message (Node 24 output: Node 20 names a typed-array receiver "undefined")
const ab = new ArrayBuffer(8);
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.message); } };
t(() => new DataView(ab, 9));
t(() => new DataView(ab, -1));
t(() => new DataView(ab, 4, 5));
t(() => new DataView(ab, 2).byteLength);
t(() => new DataView(ab).getInt32(5));
t(() => new DataView(ab).getInt8(-1));
t(() => new DataView(ab).setFloat64(1, 0));
t(() => new DataView(ab, 8).getUint8(0));
t(() => new DataView(ab, 8, 0).byteOffset);
t(() => DataView(ab));
t(() => new DataView({}));
t(() => DataView.prototype.getInt8.call(new Int8Array(4), 0));
