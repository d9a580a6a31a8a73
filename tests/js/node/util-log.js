// util.log: console.log of "<day> <Mon> HH:MM:SS - <formatted message>" (the time itself is masked)
const util = require('util');

const lines = [];
const original = console.log;
console.log = (...args) => lines.push(util.format(...args));
util.log('message with %s and %d', 'format', 42);
util.log({ an: 'object' }, [1, 2]);
util.log();
console.log = original;
for (const line of lines) {
  const m = /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d\d):(\d\d):(\d\d) - (.*)$/s.exec(line);
  console.log(m ? `<timestamp> - ${JSON.stringify(m[6])}` : `unexpected: ${JSON.stringify(line)}`);
}
