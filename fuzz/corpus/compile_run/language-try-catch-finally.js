// try/catch/finally control flow
function basic(shouldThrow) {
  const log = [];
  try {
    log.push('try');
    if (shouldThrow) throw new Error('boom');
    log.push('after throw');
  } catch (e) {
    log.push('catch ' + e.message);
  } finally {
    log.push('finally');
  }
  return log.join(' > ');
}
console.log(basic(false));
console.log(basic(true));

// try/finally without catch propagates the error after finally
const log = [];
try {
  try {
    throw new Error('inner');
  } finally {
    log.push('inner finally');
  }
} catch (e) {
  log.push('outer caught ' + e.message);
}
console.log(log.join(' > '));

// catch parameter is block-scoped
var e = 'outer e';
try { throw 'thrown'; } catch (e) { e = 'modified'; }
console.log(e);

// errors thrown in catch propagate after finally runs
const log2 = [];
try {
  try {
    throw new Error('first');
  } catch (err) {
    throw new Error('from catch');
  } finally {
    log2.push('finally ran');
  }
} catch (err) {
  log2.push(err.message);
}
console.log(log2.join(' > '));

// finally runs on break and continue
const log3 = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i === 0) continue;
    if (i === 2) break;
    log3.push('body ' + i);
  } finally {
    log3.push('finally ' + i);
  }
}
console.log(log3.join(' > '));

// try/catch in a loop keeps going
const results = [];
for (const v of [1, null, 3]) {
  try {
    results.push(v.toFixed(0));
  } catch (err) {
    results.push(err.name);
  }
}
console.log(results.join(','));
