// BigInt(), ToBigInt, toString radix, asIntN/asUintN, Number(bigint), string concatenation.
console.log(BigInt(10), BigInt(-0), BigInt(true), BigInt("0x1f"), BigInt("  -42  "), BigInt(""), BigInt("0b101"), BigInt(Number.MAX_SAFE_INTEGER) + 2n);
for (const v of [1.5, NaN, Infinity, "1.5", "1e3", "0x", "abc", Symbol(), undefined, null, {}]) {
  try { console.log(BigInt(v)); } catch (e) { console.log(typeof v === "symbol" ? "symbol" : String(v), e.name); }
}
try { new BigInt(1); } catch (e) { console.log("new", e.name); }
console.log((255n).toString(16), (-255n).toString(2), (10n ** 20n).toString(36), 123n.toLocaleString(), Object(5n).valueOf());
try { (1n).toString(1); } catch (e) { console.log(e.name); }
console.log(BigInt.asIntN(8, 255n), BigInt.asIntN(8, 127n), BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(0, 5n), BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n), BigInt.asUintN(1, 3n));
console.log(Number(2n ** 64n), Number(2n ** 53n + 1n), Number(-7n), parseInt("12n"), String(99n), 99n + "", `${-3n}`, [1n, 2n].join("-"));
console.log(1n == 1, 1n == "1", 1n == "x", 2n > 1.5, 1n < 1.5, "10" > 9n, 2n >= 2, -1n < -0.5, 10n > NaN, 1n == true, 0n == "", [1n].includes(1n));
