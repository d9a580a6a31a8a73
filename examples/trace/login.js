// The async(makeGenerator) runner of the first article driving its `login` example — the seed
// program itself (examples/seeds/000-async-runner-login.js), traced: each `yield` hands a
// promise to the runner, whose `then` resumes the generator from a job. Run it with
// `spindle --trace-async=- login.js` (or `--trace-async=login.html`).
require('../seeds/000-async-runner-login.js');
