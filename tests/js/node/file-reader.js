// FileReader and ProgressEvent (File API §6, XHR §4.4; Node 20 has neither, Deno and browsers have them): the events of a read in order with their loaded/total, readyState through a read, InvalidStateError on a second read, every result type (text with a named encoding, a charset from the blob's type and a BOM that overrides both; ArrayBuffer; binary string; data: URL with and without a type), abort() before the read finishes, a non-Blob argument. Expected output written from the standard and checked by hand.
const blob = new Blob(['foo', 'bar'], { type: 'text/plain' });

function read(method, value, ...args) {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onloadend = () => resolve(reader.result);
    reader[method](value, ...args);
  });
}

async function main() {
  const reader = new FileReader();
  console.log('constants', FileReader.EMPTY, FileReader.LOADING, FileReader.DONE, reader.DONE);
  console.log('initial', reader.readyState, reader.result, reader.error);
  const seen = [];
  for (const type of ['loadstart', 'progress', 'load', 'abort', 'error', 'loadend']) {
    reader.addEventListener(type, (e) => {
      seen.push(`${type} ${e instanceof ProgressEvent} ${e.lengthComputable} ${e.loaded}/${e.total} state=${reader.readyState}`);
    });
  }
  const done = new Promise((resolve) => { reader.onload = resolve; });
  reader.readAsText(blob);
  console.log('after readAsText', reader.readyState, reader.result);
  try {
    reader.readAsArrayBuffer(blob);
  } catch (e) {
    console.log('second read:', e.name, e instanceof DOMException);
  }
  await done;
  await new Promise((resolve) => setTimeout(resolve, 0));
  console.log(seen.join('\n'));
  console.log('result', reader.result, reader.readyState);

  console.log('arrayBuffer', new Uint8Array(await read('readAsArrayBuffer', blob)));
  console.log('binary', JSON.stringify(await read('readAsBinaryString', new Blob([new Uint8Array([0xff, 0x41, 0])]))));
  console.log('dataURL', await read('readAsDataURL', blob));
  console.log('dataURL untyped', await read('readAsDataURL', new Blob([new Uint8Array([1, 2, 3])])));
  console.log('dataURL empty', await read('readAsDataURL', new Blob([])));
  const latin1 = new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xe9])]);
  console.log('named encoding', await read('readAsText', latin1, 'windows-1252'));
  console.log('bad label falls back to utf-8', JSON.stringify(await read('readAsText', latin1, 'no-such-encoding')));
  const typed = new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], { type: 'text/plain;charset=latin1' });
  console.log('charset from type', await read('readAsText', typed));
  const bom = new Blob([new Uint8Array([0xff, 0xfe, 0x68, 0, 0x69, 0])]);
  console.log('BOM wins', JSON.stringify(await read('readAsText', bom, 'utf-8')));

  const aborted = new FileReader();
  const events = [];
  for (const type of ['loadstart', 'load', 'abort', 'loadend']) aborted.addEventListener(type, () => events.push(type));
  aborted.readAsText(blob);
  aborted.abort();
  console.log('abort', events.join(','), aborted.readyState, aborted.result);
  await new Promise((resolve) => setTimeout(resolve, 10));
  console.log('after abort', events.join(','));
  aborted.abort();
  console.log('abort when done', aborted.readyState, aborted.result);

  try {
    new FileReader().readAsText('not a blob');
  } catch (e) {
    console.log(e.name, e.message);
  }
  console.log(Object.prototype.toString.call(reader), Object.prototype.toString.call(new ProgressEvent('x')));
  const p = new ProgressEvent('progress', { lengthComputable: true, loaded: 5.7, total: 10 });
  console.log(p.type, p.lengthComputable, p.loaded, p.total);
}
main();
