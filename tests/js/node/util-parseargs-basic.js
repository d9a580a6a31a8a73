// util.parseArgs: long/short string and boolean options, --opt=value, positionals, '--', strict: false
const { parseArgs, inspect } = require('util');

function show(label, config) {
  try {
    const r = parseArgs(config);
    console.log(label, inspect(r, { depth: 5 }));
    console.log('  values prototype is null:', Object.getPrototypeOf(r.values) === null);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const options = {
  name: { type: 'string', short: 'n' },
  verbose: { type: 'boolean', short: 'v' },
  output: { type: 'string' },
  force: { type: 'boolean' },
};
show('long string', { args: ['--name', 'alice'], options });
show('long inline', { args: ['--name=bob', '--output='], options });
show('short string', { args: ['-n', 'carol', '-v'], options });
show('short inline', { args: ['-ndave'], options });
show('boolean', { args: ['--verbose', '--force'], options });
show('repeated last wins', { args: ['--name', 'a', '--name', 'b'], options });
show('value with dashes', { args: ['--name=-x', '--output', '--force'], options, strict: false });
show('value with =', { args: ['--output=a=b'], options });
show('positionals', { args: ['one', '--force', 'two'], options, allowPositionals: true });
show('terminator', { args: ['--force', '--', '--name', 'x', '-v'], options, allowPositionals: true });
show('lone dash', { args: ['-'], options, allowPositionals: true });
show('no options', { args: [] });
show('non-strict unknown', { args: ['--unknown', '-x', '--key=value', 'pos'], strict: false });
show('non-strict string w/o value', { args: ['--name'], options, strict: false });
show('non-strict boolean with value', { args: ['--force=yes'], options, strict: false });
show('__proto__ ignored', { args: ['--__proto__', '--toString'], strict: false });
show('own options only', { args: [], options: Object.create({ inherited: { type: 'string', default: 'x' } }) });
// Config properties are read only when own properties
const config = Object.create({ strict: false });
config.args = ['--anything'];
show('inherited strict ignored', config);
