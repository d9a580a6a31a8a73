// a worker started from a file: URL object works; a file: URL given as a plain string is rejected with ERR_WORKER_PATH
const { Worker } = require('worker_threads');
const { pathToFileURL } = require('url');
const path = require('path');

const url = pathToFileURL(path.join(__dirname, 'worker.js'));
const w = new Worker(url, { workerData: 'URL object' });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => {
  console.log('exit', code);
  try {
    const w2 = new Worker(url.href, { workerData: 'URL string' });
    w2.on('message', (m) => console.log(m));
    w2.on('exit', (c) => console.log('exit', c));
  } catch (e) {
    console.log(e.name, e.code);
    console.log(e.message.replace(url.href, '<href>'));
  }
});
