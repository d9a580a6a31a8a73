// Buffer.from(object): valueOf and Symbol.toPrimitive results are used when they differ from the object
const viaValueOf = { valueOf() { return 'from valueOf'; } };
console.log(Buffer.from(viaValueOf).toString());
const viaPrim = { [Symbol.toPrimitive](hint) { return 'prim:' + hint; } };
console.log(Buffer.from(viaPrim).toString());
console.log(Buffer.from(viaPrim, 'latin1').toString('hex'));
const hexPrim = { [Symbol.toPrimitive]() { return '414243'; } };
console.log(Buffer.from(hexPrim, 'hex').toString());
console.log(Buffer.from(new String('boxed'), 'utf8').toString());
console.log(Buffer.from(new String('6869'), 'hex').toString());
const abValue = { valueOf() { return new Uint8Array([1, 2]).buffer; } };
console.log(Buffer.from(abValue).toString('hex'));
const arrValue = { valueOf() { return [3, 4, 5]; } };
console.log(Buffer.from(arrValue).toString('hex'));
const bufValue = { valueOf() { return Buffer.from('xy'); } };
console.log(Buffer.from(bufValue).toString());
const ab = new ArrayBuffer(4);
new Uint8Array(ab).set([9, 8, 7, 6]);
const abOffset = { valueOf() { return ab; } };
const shared = Buffer.from(abOffset, 1, 2);
console.log(shared.toString('hex'), shared.buffer === ab);
const selfValue = { valueOf() { return this; }, length: 2, 0: 1, 1: 2 };
console.log(Buffer.from(selfValue).toString('hex'));
const numPrim = { [Symbol.toPrimitive]() { return 42; } };
try { Buffer.from(numPrim); } catch (e) { console.log(e.name, e.code, e.message); }
const nullValue = { valueOf() { return null; } };
try { Buffer.from(nullValue); } catch (e) { console.log(e.name, e.code, e.message); }
const order = [];
const both = {
  valueOf() { order.push('valueOf'); return 'v'; },
  [Symbol.toPrimitive](hint) { order.push('toPrimitive ' + hint); return 'p'; },
};
console.log(Buffer.from(both).toString(), order.join(','));
