// DataView integer getters and setters (Int8..Uint32) in both byte orders
const dv = new DataView(new ArrayBuffer(16));
for (const [t, v] of [['Int8', -5], ['Uint8', 250], ['Int16', -1234], ['Uint16', 65000], ['Int32', -123456789], ['Uint32', 4000000000]]) {
  dv['set' + t](1, v);
  console.log(t, dv['get' + t](1), dv['get' + t](1, true), dv['get' + t](1, false));
  dv['set' + t](2, v, true);
  console.log(t, 'le', dv['get' + t](2, true), dv['get' + t](2));
}
console.log(Array.from(new Uint8Array(dv.buffer)).join(','));
