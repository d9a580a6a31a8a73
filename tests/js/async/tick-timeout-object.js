// Timeout objects: typeof, hasRef, and ref/unref/refresh returning the same object
const t = setTimeout(() => console.log('t runs'), 5);
console.log('typeof', typeof t);
console.log('hasRef initially', t.hasRef());
console.log('unref returns t', t.unref() === t);
console.log('hasRef after unref', t.hasRef());
console.log('ref returns t', t.ref() === t);
console.log('hasRef after ref', t.hasRef());
console.log('refresh returns t', t.refresh() === t);
console.log('hasRef after refresh', t.hasRef());
const iv = setInterval(() => {}, 1000);
console.log('interval typeof', typeof iv, 'hasRef', iv.hasRef());
clearInterval(iv);
console.log('distinct objects', t !== iv);
console.log('has methods', ['ref', 'unref', 'hasRef', 'refresh'].every((m) => typeof t[m] === 'function'));
