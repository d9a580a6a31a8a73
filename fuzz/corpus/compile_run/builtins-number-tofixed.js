// toFixed, toPrecision, toExponential
console.log((3.14159).toFixed(2), (3.14159).toFixed(0), (3.5).toFixed(0), (2.5).toFixed(0), (-2.5).toFixed(0));
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (0.000001).toFixed(7), (123.456).toFixed(10));
console.log((0).toFixed(2), (-0).toFixed(2), (-1.5e-10).toFixed(2), (1e21).toFixed(2), (1e20).toFixed(2));
console.log((5).toFixed(), NaN.toFixed(2), Infinity.toFixed(1), (0.1).toFixed(20));
try { (1).toFixed(101); } catch (e) { console.log('toFixed(101)', e.name); }
try { (1).toFixed(-1); } catch (e) { console.log('toFixed(-1)', e.name); }

console.log((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision(1), (123.456).toPrecision());
console.log((1e21).toPrecision(3), (99.99).toPrecision(3), (0).toPrecision(3), (-1.25).toPrecision(2));
try { (1).toPrecision(0); } catch (e) { console.log('toPrecision(0)', e.name); }

console.log((123456).toExponential(2), (0.00015).toExponential(1), (1).toExponential(), (0).toExponential(2), (-5.5).toExponential(0));
console.log((12345.6789).toExponential(), NaN.toExponential(2));
