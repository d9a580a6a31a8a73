// buf.toJSON() and JSON.stringify of Buffers (alone, nested, subarrays) and reviving them with Buffer.from
const b = Buffer.from('hi!');
console.log(b.toJSON());
console.log(JSON.stringify(b));
console.log(JSON.stringify({ payload: b, list: [Buffer.alloc(0), Buffer.from([0, 255])] }));
console.log(JSON.stringify(Buffer.from('abcdef').subarray(2, 4)));
const json = b.toJSON();
console.log(Object.keys(json), Array.isArray(json.data), json.type);
console.log(Object.getPrototypeOf(json) === Object.prototype);
json.data.push(63);
console.log(b.length);
const revived = JSON.parse(JSON.stringify({ x: b }), (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v) : v));
console.log(Buffer.isBuffer(revived.x), revived.x.toString());
console.log(JSON.stringify(b, null, 1));
console.log(JSON.stringify(new Uint8Array([1, 2])));
console.log(Buffer.prototype.toJSON.call(new Uint8Array([7, 8])));
console.log(Buffer.prototype.toJSON.length, typeof Buffer.prototype.toJSON);
console.log(JSON.stringify([Buffer.from([1])], (k, v) => (k === 'type' ? undefined : v)));
