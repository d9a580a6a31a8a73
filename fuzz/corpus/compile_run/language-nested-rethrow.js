// nested try/catch with rethrow and wrapping
function level3() { throw new TypeError('original'); }
function level2() {
  try {
    level3();
  } catch (e) {
    e.seenBy = ['level2'];
    throw e;
  }
}
function level1() {
  try {
    level2();
  } catch (e) {
    e.seenBy.push('level1');
    throw new Error('wrapped', { cause: e });
  }
}
try {
  level1();
} catch (e) {
  console.log(e.message, e.cause.message, e.cause.name, e.cause.seenBy.join('>'));
  console.log(e.cause instanceof TypeError, e instanceof TypeError);
}

// rethrowing the same object preserves identity
let first;
try {
  try {
    throw (first = new Error('same'));
  } catch (e) {
    throw e;
  }
} catch (e) {
  console.log(e === first);
}

// selective handling: rethrow unknown errors
function handle(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) return 'handled RangeError';
    throw e;
  }
}
console.log(handle(() => { throw new RangeError('r'); }));
try {
  handle(() => { throw new SyntaxError('s'); });
} catch (e) {
  console.log('propagated', e.name);
}

// catch inside finally
const log = [];
try {
  throw 'a';
} catch (e) {
  log.push('caught ' + e);
} finally {
  try {
    throw 'b';
  } catch (e) {
    log.push('caught in finally ' + e);
  }
}
console.log(log.join(', '));

// deeply nested
function depth(n) {
  try {
    if (n === 0) throw new Error('bottom');
    return depth(n - 1);
  } catch (e) {
    if (n < 3) throw e;
    return 'caught at depth ' + n + ': ' + e.message;
  }
}
console.log(depth(5));
