// The fourth article's bridge — the seed program itself (examples/seeds/004-reqresp-bridge.js):
// an async iterable produced on a worker thread and consumed on the main thread. Traced, each
// agent is a thread track of its own and every message a flow from the thread that posted it
// to the one that handled it. Run it with `spindle --trace-async=worker-bridge.html worker-bridge.js`.
require('../seeds/004-reqresp-bridge.js');
