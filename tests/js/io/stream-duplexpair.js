// stream.duplexPair: two connected Duplex streams; what one side writes the other reads, ending one side ends the other's readable side, and writes complete only when the other side reads.
const { duplexPair, Duplex } = require('stream');

const log = (...a) => console.log(...a);

const [left, right] = duplexPair();
log('both Duplex', left instanceof Duplex, right instanceof Duplex);
right.on('data', (c) => log('right got', String(c)));
left.on('data', (c) => log('left got', String(c)));
right.on('end', () => log('right end'));
left.on('end', () => log('left end'));
left.write('ping', () => log('left write cb'));
right.write('pong', () => log('right write cb'));
left.end(() => log('left finished'));
setTimeout(() => right.end(), 5);
