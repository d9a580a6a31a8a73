// internal/navigator (Node 21+: lib/internal/navigator.js): the `navigator` global with the
// HTML standard's NavigatorConcurrentHardware and NavigatorID/NavigatorLanguage parts a
// runtime without a browser has. Spindle reports itself as the Node version it follows.
'use strict';

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const kInitialize = Symbol('kInitialize');

// Node: getNavigatorPlatform — what a browser on the same system would say.
function navigatorPlatform() {
  const { platform, arch } = process;
  if (platform === 'darwin') return 'MacIntel';
  if (platform === 'win32') return 'Win32';
  if (platform === 'linux') {
    if (arch === 'ia32') return 'Linux i686';
    if (arch === 'x64') return 'Linux x86_64';
    return `Linux ${arch}`;
  }
  if (platform === 'freebsd') return arch === 'ia32' ? 'FreeBSD i386' : `FreeBSD ${arch === 'x64' ? 'amd64' : arch}`;
  return `${platform[0].toUpperCase()}${platform.slice(1)} ${arch}`;
}

class Navigator {
  #concurrency;

  constructor(key) {
    if (key !== kInitialize) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  /// HTML §8.9.1.7 navigator.hardwareConcurrency
  get hardwareConcurrency() {
    this.#concurrency ??= require('internal/os/binding').availableParallelism();
    return this.#concurrency;
  }

  get language() {
    return 'en-US';
  }

  get languages() {
    return ['en-US'];
  }

  get platform() {
    return navigatorPlatform();
  }

  get userAgent() {
    return `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
  }
}


module.exports = { Navigator, navigator: new Navigator(kInitialize), kInitialize };
