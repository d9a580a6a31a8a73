// internal/fs/rm: the removal behind fs.rm / fs.rmSync / fsPromises.rm and the deprecated
// recursive rmdir. Node (lib/internal/fs/rimraf.js) walks the tree in JS; Spindle's binding
// does the walk (`binding.rm(path, recursive)`), and this module keeps rimraf's observable
// rules: a path that vanished (ENOENT) is success, and EBUSY/EMFILE/ENFILE/ENOTEMPTY/EPERM
// are retried `maxRetries` times, waiting `retries * retryDelay` ms (linear backoff).
'use strict';

const { binding } = require('internal/fs/utils');

const retryErrorCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

// Node: lib/internal/fs/rimraf.js rimraf
function rmTree(path, options, callback) {
  let retries = 0;
  const attempt = () => {
    binding.rm(path, options.recursive, function CB(err) {
      if (err) {
        if (retryErrorCodes.has(err.code) && retries < options.maxRetries) {
          retries++;
          setTimeout(attempt, retries * options.retryDelay);
          return;
        }
        if (err.code === 'ENOENT') err = null;
      }
      callback(err || null);
    });
  };
  attempt();
}

// Node: lib/internal/util.js sleep (a blocking wait between synchronous retries)
function sleep(ms) {
  const view = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(view, 0, 0, ms);
}

// Node: lib/internal/fs/rimraf.js rimrafSync
function rmTreeSync(path, options) {
  const tries = options.maxRetries + 1;
  for (let i = 1; i <= tries; i++) {
    try {
      binding.rm(path, options.recursive);
      return;
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (retryErrorCodes.has(err.code) && i < tries && options.retryDelay > 0) {
        sleep(i * options.retryDelay);
      } else {
        throw err;
      }
    }
  }
}

// Node: lib/internal/fs/rimraf.js rimrafPromises
function rmTreePromise(path, options) {
  return new Promise((resolve, reject) => {
    rmTree(path, options, (err) => {
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = { rmTree, rmTreeSync, rmTreePromise };
