// util.parseArgs short options: groups (-abc), a string option inside a group (-abfFILE), values starting with a dash
const { parseArgs, inspect } = require('util');

function show(label, args, options, extra = {}) {
  try {
    const r = parseArgs({ args, options, ...extra });
    console.log(label, inspect(r, { depth: 5, breakLength: 200 }));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}

const opts = {
  all: { type: 'boolean', short: 'a' },
  brief: { type: 'boolean', short: 'b' },
  color: { type: 'boolean', short: 'c' },
  file: { type: 'string', short: 'f' },
  level: { type: 'string', short: 'L' },
};
show('group', ['-abc'], opts);
show('group with string last', ['-abf', 'out.txt'], opts);
show('group with string inside', ['-abfout.txt'], opts);
show('group string then more', ['-afbc'], opts);
show('string short inline', ['-fname'], opts);
show('string short next', ['-f', 'name'], opts);
show('string short dash value non-strict', ['-f', '-a'], opts, { strict: false });
show('case sensitive', ['-L', 'debug', '-l'], opts, { strict: false });
show('unknown in group non-strict', ['-axz'], opts, { strict: false });
show('string first in group', ['-fab'], opts);
show('-f=x', ['-f=x'], opts);
show('tokens of group', ['-ab', '-fX', 'p'], opts, { tokens: true, allowPositionals: true });
