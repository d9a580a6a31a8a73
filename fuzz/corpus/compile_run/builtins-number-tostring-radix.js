// Number.prototype.toString with radix
console.log((255).toString(16), (255).toString(2), (255).toString(8), (255).toString(36), (-255).toString(16));
console.log((0.5).toString(2), (0.1).toString(2), (0.25).toString(16), (3.75).toString(2));
console.log((35).toString(36), (36).toString(36), (1295).toString(36), (10).toString(10), (10).toString());
console.log((2 ** 53).toString(16), (2 ** 32).toString(2).length, (-0).toString(2), NaN.toString(16), Infinity.toString(2));
try { (10).toString(1); } catch (e) { console.log('radix 1', e.name); }
try { (10).toString(37); } catch (e) { console.log('radix 37', e.name); }
console.log((10).toString(undefined), (255).toString('16'));
console.log(Number.prototype.toString.call(5), (5).valueOf());
try { Number.prototype.toString.call('5'); } catch (e) { console.log('non-number this', e.name); }
