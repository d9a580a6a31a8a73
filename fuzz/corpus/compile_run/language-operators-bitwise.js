// bitwise operators and shifts, 32-bit conversion
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5);
console.log(1 << 31, 1 << 32, 1 << 33, -1 << 1);
console.log(-16 >> 2, -16 >>> 2, -1 >>> 0, -1 >>> 28, 16 >>> 2);
console.log(2 ** 32 | 0, (2 ** 32 + 5) | 0, 2 ** 31 | 0, (2 ** 31) >>> 0);
console.log(3.9 | 0, -3.9 | 0, NaN | 0, Infinity | 0, '12' | 0, 'x' | 0);
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xaa ^ 0xff);
console.log(1 << -1, 8 >> 33, 255 >>> 36);
console.log(4294967295 & 4294967295, 4294967296 >> 0);
console.log(~~(2 ** 40 + 3), (1e21) | 0);

// compound bitwise assignment
let x = 0b1010;
x &= 0b0110;
console.log(x);
x |= 1;
console.log(x);
x ^= 0b111;
console.log(x);
x <<= 4;
console.log(x);
x >>= 2;
console.log(x);
x = -x;
x >>>= 28;
console.log(x);

// precedence: bitwise below comparison
console.log(1 | 2 === 3, (1 | 2) === 3, 6 & 3 == 2);
