// util.parseArgs: defaults, multiple, and validation errors for the configuration itself
const { parseArgs, inspect } = require('util');

function attempt(label, config) {
  try {
    const r = parseArgs(config);
    console.log(label, inspect(r, { depth: 5, breakLength: 200 }));
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code}: ${e.message}`);
  }
}

const opts = {
  tag: { type: 'string', multiple: true, short: 't' },
  flag: { type: 'boolean', multiple: true, short: 'F' },
  mode: { type: 'string', default: 'fast' },
  dry: { type: 'boolean', default: false },
  list: { type: 'string', multiple: true, default: ['a', 'b'] },
};
attempt('defaults only', { args: [], options: opts });
attempt('multiple', { args: ['-t', 'x', '--tag=y', '-FF', '--flag'], options: opts });
attempt('overrides defaults', { args: ['--mode', 'slow', '--dry', '--list', 'z'], options: opts });
attempt('default not shared', { args: [], options: opts });
attempt('multiple booleans with negation', { args: ['--flag', '--no-flag'], options: opts, allowNegative: true });

attempt('args not array', { args: 'a b' });
attempt('strict not boolean', { args: [], strict: 'yes' });
attempt('allowPositionals not boolean', { args: [], allowPositionals: 1 });
attempt('tokens not boolean', { args: [], tokens: null });
attempt('allowNegative not boolean', { args: [], allowNegative: 'no' });
attempt('options not object', { args: [], options: 'x' });
attempt('options array', { args: [], options: [] });
attempt('option config not object', { args: [], options: { a: true } });
attempt('type missing', { args: [], options: { a: {} } });
attempt('type wrong', { args: [], options: { a: { type: 'number' } } });
attempt('short not string', { args: [], options: { a: { type: 'string', short: 1 } } });
attempt('short too long', { args: [], options: { a: { type: 'string', short: 'ab' } } });
attempt('short empty', { args: [], options: { a: { type: 'string', short: '' } } });
attempt('multiple not boolean', { args: [], options: { a: { type: 'string', multiple: 1 } } });
attempt('string default wrong', { args: [], options: { a: { type: 'string', default: 1 } } });
attempt('boolean default wrong', { args: [], options: { a: { type: 'boolean', default: 'true' } } });
attempt('string[] default wrong', { args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
attempt('string[] element wrong', { args: [], options: { a: { type: 'string', multiple: true, default: ['x', 2] } } });
attempt('boolean[] element wrong', { args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 0] } } });
