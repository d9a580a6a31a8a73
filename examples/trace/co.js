// The simplified co() of the second article — the seed program itself
// (examples/seeds/001-co-simple.js), traced: co() registers a callback on each yielded
// promise and a job feeds its value back with next(). Run it with
// `spindle --trace-async=- co.js` (or `--trace-async=co.html`).
require('../seeds/001-co-simple.js');
