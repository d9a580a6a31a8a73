// catch without a binding, and catch parameter forms
function parse(s) {
  try {
    if (s === '') throw new Error('empty');
    return s.length;
  } catch {
    return -1;
  }
}
console.log(parse('abc'), parse(''));

let ran = false;
try { null.x; } catch { ran = true; } finally { console.log('finally, ran =', ran); }

// destructuring catch parameters
try { throw { code: 7, detail: { msg: 'detailed' } }; } catch ({ code, detail: { msg } }) { console.log(code, msg); }
try { throw ['a', 'b']; } catch ([x, y]) { console.log(x + y); }
try { throw {}; } catch ({ missing = 'default in catch pattern' }) { console.log(missing); }

// catch parameter shadows outer and redeclaration rules
const e = 'outer';
try { throw 'inner'; } catch (e) { console.log(e); }
console.log(e);
try {
  eval('try {} catch (err) { let err; }');
} catch (err) {
  console.log('let redeclaring catch param', err.name);
}
// var with the same name as a simple catch param is allowed (Annex B)
try { throw 'x'; } catch (v) { var v = 'assigned to catch param'; console.log(v); }
console.log(typeof v, v);
