// What the open flags do: r+ does not create, w truncates, a always appends, a+ reads from the start, wx/ax exclusive, numeric O_* combinations
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spindle-'));
const clean = (s) => String(s).replaceAll(dir, '<tmp>');
const file = path.join(dir, 'f');
const content = () => (fs.existsSync(file) ? JSON.stringify(fs.readFileSync(file, 'utf8')) : 'absent');
const attempt = (label, f) => {
  try {
    console.log(label, f(), content());
  } catch (e) {
    console.log(label, clean(`${e.code} ${e.message}`), content());
  }
};

attempt('r+ missing', () => fs.openSync(file, 'r+'));
attempt('w creates', () => fs.closeSync(fs.openSync(file, 'w')));
fs.writeFileSync(file, 'abcdef');
attempt('r+ overwrites in place', () => {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, 'XY');
  fs.closeSync(fd);
});
attempt('a appends even with a position', () => {
  const fd = fs.openSync(file, 'a');
  fs.writeSync(fd, '12', 0);
  fs.closeSync(fd);
});
attempt('a+ reads from the start', () => {
  const fd = fs.openSync(file, 'a+');
  const b = Buffer.alloc(3);
  fs.readSync(fd, b, 0, 3, null);
  fs.writeSync(fd, '!');
  fs.closeSync(fd);
  return b.toString();
});
attempt('a cannot read', () => {
  const fd = fs.openSync(file, 'a');
  try {
    return fs.readSync(fd, Buffer.alloc(1), 0, 1, 0);
  } finally {
    fs.closeSync(fd);
  }
});
attempt('r cannot write', () => {
  const fd = fs.openSync(file, 'r');
  try {
    return fs.writeSync(fd, 'x');
  } finally {
    fs.closeSync(fd);
  }
});
attempt('wx existing', () => fs.openSync(file, 'wx'));
attempt('ax existing', () => fs.openSync(file, 'ax'));
attempt('w+ truncates', () => fs.closeSync(fs.openSync(file, 'w+')));
const { O_CREAT, O_EXCL, O_WRONLY, O_RDONLY, O_DIRECTORY, O_TRUNC } = fs.constants;
fs.writeFileSync(file, 'again');
attempt('O_CREAT|O_EXCL existing', () => fs.openSync(file, O_CREAT | O_EXCL | O_WRONLY));
attempt('O_DIRECTORY on file', () => fs.openSync(file, O_RDONLY | O_DIRECTORY));
attempt('O_DIRECTORY on dir', () => {
  fs.closeSync(fs.openSync(dir, O_RDONLY | O_DIRECTORY));
  return 'ok';
});
attempt('O_TRUNC|O_WRONLY', () => fs.closeSync(fs.openSync(file, O_TRUNC | O_WRONLY)));
attempt('O_CREAT new', () => fs.closeSync(fs.openSync(path.join(dir, 'created'), O_CREAT | O_WRONLY)));
console.log('created exists', fs.existsSync(path.join(dir, 'created')));
fs.rmSync(dir, { recursive: true });
