// os.constants on Linux: signals, errno, priority, dlopen, UV_UDP_REUSEADDR; null prototypes and read-only entries
const { constants } = require('os');
console.log(constants);
console.log(Object.keys(constants));
console.log(Object.getPrototypeOf(constants), Object.getPrototypeOf(constants.signals), Object.getPrototypeOf(constants.errno));
const attrs = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return `${k}:${d.enumerable ? 'e' : ''}${d.writable ? 'w' : ''}${d.configurable ? 'c' : ''}`;
};
console.log(Object.keys(constants).map((k) => attrs(constants, k)).join(' '));
console.log(attrs(constants.signals, 'SIGTERM'), attrs(constants.errno, 'ENOENT'), attrs(constants.priority, 'PRIORITY_LOW'), attrs(constants.dlopen, 'RTLD_NOW'));
console.log(Object.isFrozen(constants), Object.isExtensible(constants), Object.isFrozen(constants.signals));
constants.signals.SIGINT = 99;
console.log(constants.signals.SIGINT);
try {
  (() => { 'use strict'; constants.errno.ENOENT = 0; })();
} catch (e) {
  console.log(e.name);
}
console.log(constants.errno.ENOENT, constants.signals.SIGKILL, constants.priority.PRIORITY_HIGHEST);
console.log(Object.keys(constants.signals).length, Object.keys(constants.errno).length);
console.log(constants.signals.SIGIOT === constants.signals.SIGABRT, constants.errno.EWOULDBLOCK === constants.errno.EAGAIN);
