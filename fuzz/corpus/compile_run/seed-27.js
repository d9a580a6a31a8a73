// DataView, SharedArrayBuffer, Atomics, text codecs and structured clone.
var dv = new DataView(new ArrayBuffer(16), 4);
dv.setFloat64(0, Math.PI, true); dv.setInt16(8, -2); dv.setBigUint64(4, 2n ** 63n, false);
var r = [dv.getFloat32(0), dv.getUint8(9), dv.getBigInt64(4, true)];
var sab = new SharedArrayBuffer(16, { maxByteLength: 32 }); sab.grow(24);
var ia = new Int32Array(sab);
Atomics.add(ia, 0, 5); Atomics.compareExchange(ia, 0, 5, 7); Atomics.xor(ia, 1, 3);
r.push(Atomics.load(ia, 0), Atomics.notify(ia, 0, 1), Atomics.isLockFree(4));
var bytes = new TextEncoder().encode("h\u00e9llo \ud83d\ude00 \ud800");
var dec = new TextDecoder("utf-8", { fatal: false });
r.push(dec.decode(bytes.subarray(0, 9), { stream: true }) + dec.decode(bytes.subarray(9)));
r.push(btoa("binary\u00ff"), atob(" aGk= "));
var cyc = { m: new Map([[1, new Uint8Array(sab, 0, 4)]]), d: new Date(0), e: new RangeError("x", { cause: 1 }) };
cyc.self = cyc;
var copy = structuredClone(cyc, { transfer: [] });
try { structuredClone(function () {}); } catch (e) { r.push(e.name, e.code); }
new Uint8Array([1, 2, 255]).toBase64({ alphabet: "base64url", omitPadding: true });
Uint8Array.fromHex("00ff10");
