// DataView over a resizable buffer: length-tracking and fixed views across resizes
const ab = new ArrayBuffer(8, { maxByteLength: 16 });
const track = new DataView(ab, 2), fixed = new DataView(ab, 2, 4);
const show = (label) => {
  const r = [];
  for (const v of [track, fixed]) { try { r.push(v.byteLength + '@' + v.byteOffset); } catch (e) { r.push(e.name); } }
  console.log(label, r.join(' '));
};
show('initial'); ab.resize(12); show('grown'); ab.resize(5); show('shrunk');
try { fixed.getInt8(0); } catch (e) { console.log(e.name, e.message); }
console.log(track.getInt8(2)); ab.resize(1); show('tiny');
try { track.getInt8(0); } catch (e) { console.log(e.name); }
ab.resize(16); track.setInt16(12, -3); show('max'); console.log(track.getInt16(12));
