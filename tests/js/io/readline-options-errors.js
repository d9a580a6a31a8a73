// createInterface options: validation errors (codes and messages), defaults, terminal from output.isTTY, columns, the positional form
const { PassThrough } = require('stream');
const readline = require('readline');

function attempt(label, opts) {
  try {
    const rl = readline.createInterface({ input: new PassThrough(), ...opts });
    console.log(label, 'ok', JSON.stringify({
      terminal: rl.terminal, crlfDelay: rl.crlfDelay, historySize: rl.historySize, tabSize: rl.tabSize,
      escapeCodeTimeout: rl.escapeCodeTimeout, prompt: rl.getPrompt(), columns: rl.columns,
      removeHistoryDuplicates: rl.removeHistoryDuplicates, history: rl.history,
    }));
    rl.close();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('defaults', {});
attempt('historySize -1', { historySize: -1 });
attempt('historySize string', { historySize: '5' });
attempt('historySize NaN', { historySize: NaN });
attempt('history not array', { history: 'abc' });
attempt('history array', { history: ['b', 'a'] });
attempt('completer number', { completer: 42 });
attempt('tabSize 0', { tabSize: 0 });
attempt('tabSize 2', { tabSize: 2 });
attempt('tabSize 1.5', { tabSize: 1.5 });
attempt('escapeCodeTimeout Infinity', { escapeCodeTimeout: Infinity });
attempt('escapeCodeTimeout 20', { escapeCodeTimeout: 20 });
attempt('signal not a signal', { signal: {} });
attempt('prompt', { prompt: '% ', removeHistoryDuplicates: 1 });
const ttyOut = { isTTY: true, columns: 40, write() { return true; }, on() {}, removeListener() {} };
attempt('tty output', { output: ttyOut });
attempt('tty output, terminal false', { output: ttyOut, terminal: false });

// Positional arguments, and Interface callable without new.
const rl = readline.Interface(new PassThrough(), null, undefined, false);
console.log('without new', rl instanceof readline.Interface, rl.output, rl.terminal);
rl.close();
const rl2 = new readline.Interface(new PassThrough(), undefined, (line) => [[], line]);
console.log('positional completer wrapped', typeof rl2.completer, rl2.completer.length);
rl2.close();
