// util.parseArgs tokens: kind/name/rawName/index/value/inlineValue for options, positionals and the option terminator
const { parseArgs } = require('util');

function tokens(args, options, extra = {}) {
  const r = parseArgs({ args, options, tokens: true, ...extra });
  console.log(JSON.stringify(args));
  for (const t of r.tokens) console.log('  ', JSON.stringify(t));
  return r;
}

const options = {
  file: { type: 'string', short: 'f' },
  verbose: { type: 'boolean', short: 'v' },
};
tokens(['--file', 'a.txt', '--verbose'], options);
tokens(['--file=b.txt', '-v', 'pos1'], options, { allowPositionals: true });
tokens(['-f', 'c.txt', '-vv', '--', '--file', 'rest'], options, { allowPositionals: true, strict: false });
tokens(['-vfd.txt', 'x'], options, { allowPositionals: true });
tokens(['--unknown', '--', '-'], undefined, { strict: false });
tokens(['--no-verbose', '--verbose'], options, { allowNegative: true });
tokens([], options);
const r = tokens(['-v'], options);
console.log('tokens present:', 'tokens' in r, Object.keys(r));
console.log('without tokens:', Object.keys(parseArgs({ args: ['-v'], options })));
