// os module: export names and kinds, EOL/devNull/constants property attributes, node:os is the same module
const os = require('os');
console.log(Object.keys(os));
for (const key of Object.keys(os)) {
  const value = os[key];
  console.log(key, typeof value, typeof value === 'function' ? value.length : JSON.stringify(value === os.constants ? 'constants' : value));
}
console.log(require('node:os') === os);
for (const key of ['constants', 'EOL', 'devNull', 'hostname']) {
  const d = Object.getOwnPropertyDescriptor(os, key);
  console.log(key, d.enumerable, d.writable, d.configurable);
}
console.log(JSON.stringify(os.EOL), os.devNull);
console.log(os.EOL === (process.platform === 'win32' ? '\r\n' : '\n'));
os.EOL = 'changed';
console.log(JSON.stringify(os.EOL));
try {
  (() => { 'use strict'; os.devNull = 'x'; })();
} catch (e) {
  console.log(e.name);
}
console.log(os.platform() === process.platform, os.arch() === process.arch);
console.log(os.endianness());
