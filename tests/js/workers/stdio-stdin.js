// A worker started with stdin: true reads what the parent writes to worker.stdin as its
// process.stdin (for await over chunks), until the parent ends it.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  (async () => {
    let text = '';
    process.stdin.setEncoding('utf8');
    for await (const chunk of process.stdin) text += chunk;
    parentPort.postMessage(text.toUpperCase());
  })();
`, { eval: true, stdin: true });
w.stdin.write('hello ');
w.stdin.write(Buffer.from('from the '));
w.stdin.end('parent');
w.on('message', (m) => console.log('worker read:', m));
w.on('exit', (code) => console.log('exit', code));
