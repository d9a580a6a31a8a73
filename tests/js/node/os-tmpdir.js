// os.tmpdir(): TMPDIR, then TMP, then TEMP, then '/tmp'; one trailing slash removed (but not from '/')
const os = require('os');
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
function set(name, value) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
function check(env) {
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) set(name, env[name]);
  console.log(JSON.stringify(env), '->', JSON.stringify(os.tmpdir()));
}
check({});
check({ TMPDIR: '/var/tmp' });
check({ TMPDIR: '/var/tmp/' });
check({ TMPDIR: '/var/tmp//' });
check({ TMPDIR: '/' });
check({ TMPDIR: '//' });
check({ TMPDIR: 'relative/' });
check({ TMPDIR: '' });
check({ TMPDIR: '', TMP: '/from/tmp/' });
check({ TMP: '/from/tmp', TEMP: '/from/temp' });
check({ TEMP: '/from/temp/' });
check({ TMPDIR: '/a', TMP: '/b', TEMP: '/c' });
set('TMPDIR', '/prim/');
console.log(`${os.tmpdir}`, String(os.tmpdir) === os.tmpdir());
for (const name of Object.keys(saved)) set(name, saved[name]);
