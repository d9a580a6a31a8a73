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

function report(f) {
  try {
    f();
  } catch (e) {
    log.push(`${e.constructor.name}: ${e.message}`);
  }
}

function symbol() {
  const s = { p: Symbol('s') };
  report(() => {
    s.p++;
  });
}
symbol();

function constant() {
  const c = 1;
  report(() => {
    c++;
  });
}
constant();

// The same in the function's own registers (nothing captures the bindings).
function uncaptured() {
  const c = 1;
  try {
    c++;
  } catch (e) {
    log.push(`uncaptured ${e.constructor.name}`);
  }
  try {
    u--;
  } catch (e) {
    log.push(`uncaptured ${e.constructor.name}`);
  }
  let u = 0;
}
uncaptured();

function tdz() {
  report(() => {
    t++;
  });
  let t = 0;
}
tdz();

function undeclared() {
  'use strict';
  report(() => {
    nowhere++;
  });
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
