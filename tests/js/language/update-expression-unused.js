// `x++` and `o.p--` whose value is unused (statements, `for` updates, comma operands):
// GetValue, ToNumeric, the addition and PutValue happen once each and in that order, as
// when the value is used (ECMA-262 §13.4.2.1, §13.4.4.1).
const log = [];
const counter = {
  valueOf() {
    log.push('valueOf');
    return 41;
  },
};
var g = counter;
function globals() {
  g++;
  log.push(`g = ${g}`);
  g = '7';
  g--;
  log.push(`g = ${g} (${typeof g})`);
  g = 10n;
  g++;
  log.push(`g = ${g} (${typeof g})`);
}
globals();

const target = {
  _v: counter,
  get v() {
    log.push('get v');
    return this._v;
  },
  set v(x) {
    log.push(`set v ${x}`);
    this._v = x;
  },
};
function members(o, k) {
  o.v++;
  o[k]--;
  for (let i = 0; i < 2; o.v++, i++);
}
members(target, 'v');
log.push(`v = ${target._v}`);

function captured() {
  let n = 0;
  const bump = () => {
    n++;
  };
  bump();
  bump();
  return n;
}
log.push(`captured = ${captured()}`);

function symbol() {
  let s = { p: Symbol('s') };
  try {
    s.p++;
  } catch (e) {
    log.push(`${e.constructor.name}: ${e.message}`);
  }
}
symbol();

function constant() {
  const c = 1;
  try {
    c++;
  } catch (e) {
    log.push(`${e.constructor.name}: ${e.message}`);
  }
}
constant();

function tdz() {
  try {
    t++;
  } catch (e) {
    log.push(`${e.constructor.name}: ${e.message}`);
  }
  let t = 0;
}
tdz();

function undeclared() {
  'use strict';
  try {
    nowhere++;
  } catch (e) {
    log.push(`${e.constructor.name}: ${e.message}`);
  }
}
undeclared();

// (sloppy script: `with` is allowed)
function withScope() {
  const scope = { w: 1 };
  with (scope) {
    w++;
    w--;
    w++;
  }
  return scope.w;
}
log.push(`with: ${withScope()}`);

console.log(log.join('\n'));
