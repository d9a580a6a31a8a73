// worker: uses ./math.js next to itself and ../shared.js one level up
const { parentPort, workerData } = require('worker_threads');
const math = require('./math');
const shared = require('../shared.js');

parentPort.postMessage({
  sum: math.sum(workerData),
  product: math.product(workerData),
  greeting: shared.greet('worker'),
  mathLoadedOnce: require('./math.js') === math,
});
