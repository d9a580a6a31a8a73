// the order of 'line', 'pause', 'resume' and 'close' events: pause()/resume() return values, close() twice, end of input
const { PassThrough } = require('stream');
const readline = require('readline');

const log = [];
const pt = new PassThrough();
const rl = readline.createInterface({ input: pt });
for (const ev of ['line', 'pause', 'resume', 'close']) {
  rl.on(ev, (arg) => log.push(arg === undefined ? ev : `${ev}:${arg}`));
}

console.log('paused initially', rl.paused, 'closed', rl.closed);
log.push(`pause() returns rl: ${rl.pause() === rl}`);
log.push(`second pause(): ${rl.pause()}`);
pt.write('while paused\n');
setTimeout(() => {
  log.push(`resume() returns rl: ${rl.resume() === rl}`);
  log.push(`second resume(): ${rl.resume()}`);
  setTimeout(() => {
    pt.write('after resume\nand more\n');
    rl.write('via rl.write while flowing\n');
    rl.pause();
    rl.write('rl.write resumes a paused interface\n');
    pt.end('tail');
  }, 5);
}, 5);

rl.on('close', () => {
  rl.close();
  log.push(`closed ${rl.closed} paused ${rl.paused}`);
  console.log(log.join('\n'));
});
