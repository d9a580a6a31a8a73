// JSON.stringify recursing without end through toJSON or a replacer throws (V8: RangeError) instead of running forever
const t = { toJSON() { return { again: t }; } };
try { JSON.stringify(t); console.log('no error'); } catch (e) { console.log('toJSON', e.name); }
const r = (k, v) => (k === 'x' ? { x: 1 } : v);
try { JSON.stringify({ x: 1 }, r); console.log('no error'); } catch (e) { console.log('replacer', e.name); }
