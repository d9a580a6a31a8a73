// access/accessSync/fsPromises.access with each mode constant, exists (boolean-only callback, promisify) and existsSync never throwing
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const fmt = (e) => clean(`${e.name} ${e.code} ${e.message}`);
const file = path.join(dir, 'f');
fs.writeFileSync(file, '');
fs.chmodSync(file, 0o755);
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, fmt(e));
  }
};

console.log('constants', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.constants.F_OK, fs.constants.X_OK);
show('default', () => fs.accessSync(file));
show('R_OK|W_OK', () => fs.accessSync(file, fs.R_OK | fs.W_OK));
show('X_OK', () => fs.accessSync(file, fs.constants.X_OK));
show('missing', () => fs.accessSync(path.join(dir, 'missing')));
show('missing R_OK', () => fs.accessSync(path.join(dir, 'missing'), fs.R_OK));
show('mode string', () => fs.accessSync(file, 'r'));
show('mode too big', () => fs.accessSync(file, 8));
show('mode float', () => fs.accessSync(file, 1.5));
show('bad path', () => fs.accessSync(null));

show('existsSync file', () => fs.existsSync(file));
show('existsSync dir', () => fs.existsSync(dir));
show('existsSync missing', () => fs.existsSync(path.join(dir, 'missing')));
show('existsSync no args', () => fs.existsSync());
show('existsSync number', () => fs.existsSync(123));
show('existsSync null byte', () => fs.existsSync(file + '\0'));
show('existsSync URL', () => fs.existsSync(new URL(`file://${file}`)));
show('existsSync http URL', () => fs.existsSync(new URL('http://example.com/')));
show('existsSync Buffer', () => fs.existsSync(Buffer.from(file)));
show('exists no callback', () => fs.exists(file));

fs.access(file, function (err) {
  console.log('access cb', err, arguments.length);
  fs.access(file, fs.W_OK, (err) => {
    console.log('access cb mode', err);
    fs.access(path.join(dir, 'missing'), (err) => {
      console.log('access cb missing', fmt(err));
      show('access cb bad mode', () => fs.access(file, 'x', () => {}));
      show('access no cb', () => fs.access(file));
      fs.exists(file, function (exists) {
        console.log('exists', exists, arguments.length);
        fs.exists(path.join(dir, 'missing'), (exists) => {
          console.log('exists missing', exists);
          fs.exists(123, (exists) => {
            console.log('exists invalid', exists);
            promises();
          });
        });
      });
    });
  });
});

async function promises() {
  console.log('promise access', await fsp.access(file));
  console.log('promise access X_OK', await fsp.access(file, fs.constants.X_OK));
  await fsp.access(path.join(dir, 'missing')).catch((e) => console.log('promise missing', fmt(e)));
  await fsp.access(file, 99).catch((e) => console.log('promise bad mode', fmt(e)));
  console.log('promisified exists', await util.promisify(fs.exists)(file), await util.promisify(fs.exists)(dir + 'x'));
  fs.rmSync(dir, { recursive: true });
}
