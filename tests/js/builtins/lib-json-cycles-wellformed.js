// JSON.stringify cycle detection (TypeError, also through toJSON/replacer), repeated non-cyclic refs, lone surrogate escaping
const a = { name: 'a' };
a.self = a;
try { JSON.stringify(a); } catch (e) { console.log('direct', e instanceof TypeError); }
const arr = [1];
arr.push([arr]);
try { JSON.stringify(arr); } catch (e) { console.log('array', e.name); }
const shared = { v: 1 };
console.log(JSON.stringify({ x: shared, y: shared, z: [shared, shared] }));
const viaReplacer = { k: 1 };
try { JSON.stringify(viaReplacer, (k, v) => (k === 'k' ? viaReplacer : v)); } catch (e) { console.log('replacer', e.name); }
const holder = {};
holder.x = { toJSON() { return holder; } };
try { JSON.stringify(holder); } catch (e) { console.log('toJSON', e.name); }
const fresh = { toJSON() { return { n: 1 }; } };
console.log(JSON.stringify([fresh, fresh]));
console.log(JSON.stringify({ toJSON() { return this === undefined ? 'u' : 'obj'; } }));
console.log(JSON.stringify('\uD800'), JSON.stringify('\uDC00x'), JSON.stringify('\uD83D\uDE00'), JSON.stringify('a\uDBFF'), JSON.stringify('\uDFFF\uD800'));
console.log(JSON.stringify({ '\uD800': '\uDFFF' }), JSON.parse(JSON.stringify('\uD800')).charCodeAt(0).toString(16));
console.log(JSON.stringify('\uD83D\uDE00').length, JSON.stringify('\uD83D').length, JSON.parse('"\\ud83d\\ude00"') === '😀');
