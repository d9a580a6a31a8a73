// util.debuglog / util.debug with NODE_DEBUG not naming the section: silent, enabled is false, the callback still receives the logger
const util = require('util');

console.log(util.debug === util.debuglog);
const log = util.debuglog('spindle-util-test-section');
console.log(typeof log, log.enabled, Object.keys(log));
log('this is never printed %s', 'anywhere');
log({ not: 'printed' });
let received;
const withCb = util.debuglog('spindle-util-test-other', (fn) => { received = fn; });
console.log('callback before first use:', typeof received);
withCb('first call');
console.log('callback after first use:', typeof received);
withCb('second call');
console.log(withCb.enabled, util.debug('spindle-util-test-third').enabled);
console.log('done');
