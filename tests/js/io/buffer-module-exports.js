// require('buffer') / require('node:buffer') exports: names, kMaxLength/constants, atob/btoa/Blob/File identity with the globals
const buffer = require('buffer');
const nodeBuffer = require('node:buffer');
console.log(buffer === nodeBuffer);
console.log(Object.keys(buffer).join(' '));
console.log(buffer.Buffer === Buffer, buffer.kMaxLength, buffer.constants.MAX_LENGTH, buffer.kMaxLength === buffer.constants.MAX_LENGTH);
console.log(Object.keys(buffer.constants).join(' '), typeof buffer.kStringMaxLength, buffer.kStringMaxLength === buffer.constants.MAX_STRING_LENGTH, buffer.kStringMaxLength > 2 ** 28);
console.log(buffer.atob === globalThis.atob, buffer.btoa === globalThis.btoa);
console.log(buffer.Blob === globalThis.Blob, buffer.File === globalThis.File, typeof buffer.Blob, typeof buffer.File);
console.log(typeof buffer.SlowBuffer, typeof buffer.transcode, typeof buffer.resolveObjectURL, typeof buffer.isUtf8, typeof buffer.isAscii);
console.log(buffer.INSPECT_MAX_BYTES);
console.log(buffer.btoa('hello'), buffer.atob('aGVsbG8='), buffer.atob(' aGVs bG8 '));
try { buffer.atob('a'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
try { buffer.btoa('\u0100'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
console.log(buffer.resolveObjectURL('not a blob url'));
const blob = new buffer.Blob(['ab', Buffer.from('cd')]);
console.log(blob.size, blob.type, blob instanceof Blob);
blob.arrayBuffer().then((ab) => console.log('blob bytes', Buffer.from(ab).toString()));
