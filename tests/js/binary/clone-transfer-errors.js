// structuredClone argument checks: duplicate, invalid and detached transferables, bad options, missing value; a non-transferable object in the transfer list is a DataCloneError as HTML says (Node 24; Node 20 threw TypeError ERR_INVALID_TRANSFER_OBJECT)
const show = (f) => {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e instanceof DOMException, e.name, e.code, JSON.stringify(e.message));
  }
};
const ab = new ArrayBuffer(4);
show(() => structuredClone(1, { transfer: [ab, ab] }));
console.log(ab.byteLength);
show(() => structuredClone(1, { transfer: [{}] }));
show(() => structuredClone(1, { transfer: [new Uint8Array(2)] }));
show(() => structuredClone(1, { transfer: [null] }));
show(() => structuredClone(1, { transfer: 5 }));
show(() => structuredClone(1, { transfer: 'ab' }));
show(() => structuredClone(1, { transfer: null }));
show(() => structuredClone(1, { transfer: {} }));
show(() => structuredClone(1, 5));
show(() => structuredClone(1, 'x'));
show(() => structuredClone(1, null));
show(() => structuredClone(1, () => {}));
show(() => structuredClone());
show(() => structuredClone(undefined));
show(() => structuredClone(1, { get transfer() { throw new Error('from getter'); } }));
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
show(() => structuredClone(detached));
show(() => structuredClone([new ArrayBuffer(1), detached]));
console.log(typeof structuredClone, structuredClone.length, structuredClone.name);
