// structuredClone transfer list: the buffer is moved (source detached, views of it emptied), the clone shares it between views; transferring a detached buffer is a DataCloneError as HTML says (Node 24; Node 20 sent an empty buffer)
const ab = new ArrayBuffer(4);
const view = new Uint8Array(ab);
view[0] = 1;
view[3] = 4;
const moved = structuredClone({ ab, view }, { transfer: [ab] });
console.log(ab.byteLength, view.length, view.byteOffset, moved.ab.byteLength, moved.view.buffer === moved.ab);
console.log(moved.view[0], moved.view[3], moved.ab);
console.log(ab);
const other = new ArrayBuffer(2);
const r = structuredClone(7, { transfer: [other] });
console.log(r, other.byteLength);
const iterable = new ArrayBuffer(3);
console.log(structuredClone(iterable, { transfer: new Set([iterable]) }).byteLength, iterable.byteLength);
const rab = new ArrayBuffer(2, { maxByteLength: 4 });
const rc = structuredClone(rab, { transfer: [rab] });
console.log(rc.resizable, rc.maxByteLength, rc.byteLength, rab.byteLength);
const gone = new ArrayBuffer(8);
structuredClone(gone, { transfer: [gone] });
try {
  structuredClone(gone, { transfer: [gone] });
  console.log('a detached buffer transferred again');
} catch (e) {
  console.log('a detached buffer cannot be transferred again:', e.name);
}
const keep = new ArrayBuffer(4);
try {
  structuredClone(function () {}, { transfer: [keep] });
} catch (e) {
  console.log(e.name, keep.byteLength);
}
