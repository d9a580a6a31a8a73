// console.log of long typed arrays: grouping into columns, truncation after 100 items with "... N more items"
const a = new Uint8Array(30);
for (let i = 0; i < a.length; i++) a[i] = i * 7;
console.log(a);
console.log(new Uint8Array(101));
const big = new Float64Array(150);
for (let i = 0; i < big.length; i++) big[i] = i / 4;
console.log(big);
const neg = new Int16Array(26);
for (let i = 0; i < neg.length; i++) neg[i] = (i % 2 ? -1 : 1) * i * 100;
console.log(neg);
const b = new BigInt64Array(12);
for (let i = 0; i < b.length; i++) b[i] = BigInt(i) ** 10n;
console.log(b);
console.log(new Float32Array(7));
