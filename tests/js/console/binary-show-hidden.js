// console.dir with showHidden on typed arrays and buffers: [BYTES_PER_ELEMENT], [length], [byteLength], [byteOffset], [buffer]
console.dir(new Uint8Array([1, 2]), { showHidden: true });
console.dir(new Float64Array(0), { showHidden: true });
console.dir(new Int16Array(new ArrayBuffer(8), 2, 2), { showHidden: true });
console.dir({ nested: new Uint32Array(1) }, { showHidden: true });
console.dir(new Uint8Array(300), { maxArrayLength: 5 });
console.dir(new ArrayBuffer(10), { maxArrayLength: 4 });
console.dir(new Uint8Array([1, 2, 3]), { depth: -1 });
