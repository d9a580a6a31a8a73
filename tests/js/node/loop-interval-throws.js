// an interval whose callback throws keeps repeating when an 'uncaughtException' handler handles the error
let n = 0;
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
const iv = setInterval(() => {
  n++;
  console.log('run', n);
  if (n === 3) clearInterval(iv);
  else throw new Error('throw ' + n);
}, 2);
process.on('exit', (code) => console.log('exit', code, 'after', n, 'runs'));
