// util.parseArgs strict-mode errors (ERR_PARSE_ARGS_*) and their messages
const { parseArgs } = require('util');

function attempt(label, config) {
  try {
    const r = parseArgs(config);
    console.log(label, 'ok', JSON.stringify(r.values), JSON.stringify(r.positionals));
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} ${e instanceof TypeError}`);
    console.log(e.message);
  }
}

const options = {
  file: { type: 'string', short: 'f' },
  out: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  quiet: { type: 'boolean' },
};
attempt('unknown long', { args: ['--nope'], options });
attempt('unknown long, positionals allowed', { args: ['--nope'], options, allowPositionals: true });
attempt('unknown short', { args: ['-x'], options });
attempt('unknown short, positionals allowed', { args: ['-x'], options, allowPositionals: true });
attempt('unknown in group', { args: ['-vx'], options });
attempt('unknown inline', { args: ['--nope=1'], options, allowPositionals: true });
attempt('positional not allowed', { args: ['file.txt'], options });
attempt('positional after terminator', { args: ['--', 'x'], options });
attempt('string missing value', { args: ['--out'], options });
attempt('string short missing value', { args: ['-f'], options });
attempt('boolean with value', { args: ['--verbose=yes'], options });
attempt('short boolean with value', { args: ['--quiet=1'], options });
attempt('ambiguous long', { args: ['--out', '--verbose'], options });
attempt('ambiguous short', { args: ['-f', '-v'], options });
attempt('inline dash value is fine', { args: ['--out=-v', '-f-x'], options });
attempt('single dash value is fine', { args: ['--out', '-'], options });
attempt('negative not allowed', { args: ['--no-verbose'], options });
attempt('negative allowed', { args: ['--no-verbose'], options, allowNegative: true });
attempt('negative of string', { args: ['--no-out'], options, allowNegative: true });
attempt('negative of unknown', { args: ['--no-thing'], options, allowNegative: true, allowPositionals: true });
attempt('negative with value', { args: ['--no-verbose=1'], options, allowNegative: true });
attempt('quote in suggestion', { args: ['--we"ird'], allowPositionals: true });
