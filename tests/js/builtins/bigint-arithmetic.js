// BigInt arithmetic: operators, truncating division, floor shifts, two's-complement bitwise ops.
console.log(1n + 2n, 5n - 8n, 3n * -4n, 2n ** 100n, 10n / 3n, -10n / 3n, -7n % 3n, 7n % -3n);
console.log(-5n >> 1n, 5n << 3n, 5n << -1n, -1n >> 100n, 1n << 0n, 255n & -16n, -6n | 5n, 6n ^ -3n, ~5n, ~-1n, -(-3n));
let x = 5n;
x++;
x += 10n;
x **= 2n;
console.log(x, x--, --x, typeof x, typeof Object(x));
console.log(2n ** 64n - 1n, -(2n ** 63n), 12345678901234567890n * 98765432109876543210n);
console.log(0n === -0n, Object.is(0n, -0n), 0n ? "truthy" : "falsy", !!1n, 1n && "and");
for (const [name, f] of [["mix add", () => 1n + 1], ["unary plus", () => +1n], ["div zero", () => 1n / 0n], ["mod zero", () => 1n % 0n],
  ["unsigned shift", () => 1n >>> 0n], ["negative exponent", () => 2n ** -1n], ["mix compare ok", () => 1n < 2], ["Math", () => Math.abs(-1n)]]) {
  try { console.log(name, f()); } catch (e) { console.log(name, e.name); }
}
