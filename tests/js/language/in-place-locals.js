// Locals read in place by element reads, element stores, ++ and compound assignment keep the spec's evaluation order when the other operand assigns them.
function a1() { let i = 1; return i + eval("i = 5"); }
function a2(a) { let i = 0; a[i] = (i = 2, 7); return [a, i]; }
function a3(a) { let i = 0; a[i] = i++; return [a, i]; }
function a4() { let s = 1; return s + (s = 10); }
function a5(a) { let i = 0; return a[i] + a[i++] + a[i]; }
function a6(a, b) { let x = a; return x[0] + (x = b)[0]; }
function a7(a) { let x = a; return x[(x = [7, 8, 9], 1)]; }
function a8() { let y = 5; y += (y = 1, 2); let z = 2; const r = (z += 3); let w = 1; w -= w++; return [y, z, r, w]; }
function a9() { let i = "5"; i++; let j = 1n; j--; let k = { valueOf() { return 3; } }; k++; return [i, j, k]; }
function b1() { const out = []; for (let i = 0, n = 3; i < n; i++) out.push(() => i); return out.map((f) => f()); }
function b2() { let n = 0; for (let i = 0; i < 10; i++) { if (i % 3 === 0) continue; if (i === 8) break; n += i; } return n; }
function b3() { let log = []; let o = { get len() { log.push("len"); return 2; } }; for (let i = 0; i < o.len; i++) log.push(i); return log; }
function b4() { let s = ""; for (let i = "a"; i < "d"; i = String.fromCharCode(i.charCodeAt(0) + 1)) s += i; return s; }
function b5() { let x = 7; return [x & 0xff, x | 0, x * 3, x << 29, x >> 1, x >>> 1, x ^ -1, -x & 3]; }
console.log(a1(), a2([0, 0, 0]), a3([9, 9]), a4(), a5([1, 2, 3]), a6([1], [2]), a7([4, 5, 6]));
console.log(a8(), a9(), b1(), b2(), b3(), b4(), b5());
// Counting loops `for (…; i < n; i++)` over locals: a string counter, an object limit, NaN.
function c1(n) { let s = 0; for (let i = 0; i < n; i++) s += i; let c = 0; for (let j = "a"; j < n; j++) c++; let o = { valueOf() { return 3; } }; let d = 0; for (let k = 0; k <= o; k++) d++; let e = 0; for (let m = 0; m < n; ++m) { if (m == 2) continue; e += m; } let w = "1"; let z = 0; for (; w < n; w++) z++; return [s, c, d, e, z, w]; }
console.log(c1(5), c1("3"), c1(NaN), c1(0));
