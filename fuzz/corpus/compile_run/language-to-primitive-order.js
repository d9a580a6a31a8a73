// ToPrimitive: Symbol.toPrimitive first, then valueOf/toString order depends on hint
const log = [];
const traced = {
  valueOf() { log.push('valueOf'); return 1; },
  toString() { log.push('toString'); return 'T'; },
};
function run(label, fn) {
  log.length = 0;
  const r = fn();
  console.log(label, String(r), log.join(','));
}
run('plus', () => traced + 1);
run('minus', () => traced - 1);
run('template', () => `${traced}`);
run('String()', () => String(traced));
run('property key', () => Object.keys({ [traced]: 1 })[0]);
run('less than', () => traced < 2);
run('loose eq', () => traced == 1);
run('Number()', () => Number(traced));

// Symbol.toPrimitive receives the hint
const hinted = {
  [Symbol.toPrimitive](hint) {
    log.push(hint);
    return hint === 'number' ? 10 : hint === 'string' ? 'ten' : 'default';
  },
};
run('hint plus', () => hinted + '');
run('hint mul', () => hinted * 2);
run('hint String', () => String(hinted));
run('hint eq', () => hinted == 'default');
run('hint unary', () => +hinted);
run('hint template', () => `${hinted}`);
run('hint key', () => Object.keys({ [hinted]: 1 })[0]);

// toPrimitive must return a primitive
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { bad + 1; } catch (e) { console.log('object from toPrimitive', e.name); }

// non-callable toPrimitive
const notFn = { [Symbol.toPrimitive]: 'nope' };
try { notFn + 1; } catch (e) { console.log('non-callable', e.name); }

// null/undefined toPrimitive falls back to ordinary
const nullish = { [Symbol.toPrimitive]: undefined, valueOf() { return 5; } };
console.log(nullish + 1);
