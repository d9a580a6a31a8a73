importScripts('./lib/double.js');
onmessage = (e) => {
  if (e.data === 'fail') throw new Error('worker failed');
  postMessage({ result: double(e.data), name, selfIsGlobal: self === globalThis });
};
