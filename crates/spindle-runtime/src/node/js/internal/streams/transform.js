// internal/streams/transform (Node: lib/internal/streams/transform.js): stream.Transform,
// a Duplex whose written chunks go through _transform(chunk, encoding, callback) to the
// readable side; _flush(callback) runs before the readable side ends. A callback that
// would overfill the readable side waits for the next _read().
'use strict';

module.exports = Transform;

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

const kCallback = Symbol('kCallback');

// Node: lib/internal/streams/transform.js Transform
function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // With readableHighWaterMark 0 the writable side does not buffer either (unless asked):
  // a Transform should hold at most hwm chunks, not twice that.
  const readableHighWaterMark = options ? getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // _read is implemented here and nothing runs before the first _read call.
  this._readableState.sync = false;

  this[kCallback] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Flush on 'prefinish' rather than in _final, for the (legacy) Transforms that
  // override _final.
  this.on('prefinish', prefinish);
}

// Node: lib/internal/streams/transform.js final — _flush, then end the readable side.
function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) {
          cb(er);
        } else {
          this.destroy(er);
        }
        return;
      }

      if (data != null) {
        this.push(data);
      }
      this.push(null);
      if (cb) {
        cb();
      }
    });
  } else {
    this.push(null);
    if (cb) {
      cb();
    }
  }
}

function prefinish() {
  if (this._final !== final) {
    final.call(this);
  }
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

// Node: lib/internal/streams/transform.js Transform.prototype._write
Transform.prototype._write = function(chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;

  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }

    if (val != null) {
      this.push(val);
    }

    if (rState.ended) {
      // push(null) was called: let the new state propagate first.
      process.nextTick(callback);
    } else if (
      wState.ended || // Compat.
      length === rState.length || // Compat.
      rState.length < rState.highWaterMark
    ) {
      callback();
    } else {
      // The readable side is full: continue on the next _read().
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};
