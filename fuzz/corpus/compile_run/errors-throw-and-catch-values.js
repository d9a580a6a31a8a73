// thrown values keep their identity and type through catch, finally and rethrow
const thrownObject = { kind: 'plain object' };
const cases = [
  () => { throw new Error('error object'); },
  () => { throw 'just a string'; },
  () => { throw 404; },
  () => { throw thrownObject; },
  () => { throw null; },
  () => { throw undefined; },
  () => { throw false; },
];
for (const fn of cases) {
  try {
    try {
      fn();
    } finally {
      // finally without return does not affect the exception
    }
  } catch (e) {
    const shown = e instanceof Error ? 'Error(' + e.message + ')' : e === thrownObject ? 'same object' : String(e);
    console.log(typeof e, shown);
  }
}

// error thrown inside catch replaces the original
try {
  try {
    throw new Error('original');
  } catch (e) {
    throw new Error('replacement for ' + e.message);
  }
} catch (e) {
  console.log(e.message);
}

// error from finally replaces the pending error
try {
  try {
    throw new Error('pending');
  } finally {
    throw new Error('from finally');
  }
} catch (e) {
  console.log(e.message);
}
