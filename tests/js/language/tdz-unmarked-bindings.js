// TDZ without a mark: a let/const binding in a register is marked uninitialized when its
// scope opens only when some reference precedes its declarator (or in a switch, or a
// for-in/of head); every case below must still throw or not as Node does.
function t(name, f) { try { console.log(name, f()); } catch (e) { console.log(name, e.constructor.name, e.message); } }
t('before', () => { const r = (() => { try { return x; } catch (e) { return e.constructor.name; } })(); let x = 1; return r; });
t('inline-before', function () { let r; try { r = y; } catch (e) { r = e.message; } let y = 2; return r + ' ' + y; });
t('self-init', function () { let z = (function () { try { return 'no'; } finally {} })(); let w; try { w = eval('1'); } catch (e) {} return z + w; });
t('own-init', function () { try { let q = q + 1; return q; } catch (e) { return e.constructor.name; } });
t('loop', function () { let out = []; for (let i = 0; i < 3; i++) { let v; out.push(v); v = i; out.push(v); } return out.join(); });
t('loop-let-no-init', function () { const out = []; for (let i = 0; i < 3; i++) { let v; out.push(String(v)); v = i * 2; } return out.join(); });
t('switch', function (k = 1) { switch (k) { case 0: let s = 'zero'; return s; case 1: try { return s; } catch (e) { return e.constructor.name; } } });
t('switch2', function (k = 1) { switch (k) { case 0: const s = 'zero'; break; case 1: try { s; return 'read'; } catch (e) { return e.message; } } });
t('for-of-head', function () { try { for (const a of [a]) {} } catch (e) { return e.constructor.name; } });
t('for-in-head', function () { try { for (let b in { b }) {} } catch (e) { return e.constructor.name; } });
t('for-of-ok', function () { let s = 0; for (const c of [1, 2, 3]) { const d = c * 2; s += d; } return s; });
t('destructure', function () { let [p, q = p] = [5]; return p + q; });
t('destructure-tdz', function () { try { let [m = n, n] = []; return m; } catch (e) { return e.constructor.name; } });
t('typeof-before', function () { try { typeof u; } catch (e) { return e.constructor.name; } let u = 1; return 'no'; });
t('assign-before', function () { try { v2 = 3; } catch (e) { return e.constructor.name; } let v2 = 1; return 'no'; });
t('label', function () { const r = []; a: { if (r.length === 0) { r.push(1); break a; } let k = 9; r.push(k); } return r.join(); });
t('block-reenter', function () { const r = []; for (let i = 0; i < 2; i++) { { if (i === 1) { try { r.push(h); } catch (e) { r.push(e.constructor.name); } } let h = i; r.push(h); } } return r.join(); });
t('class', function () { try { new K(); } catch (e) { return e.constructor.name; } class K {} });
t('gen', function () { function* g() { const a = yield 1; let b = a + 1; yield b; } const it = g(); it.next(); return it.next(41).value; });
