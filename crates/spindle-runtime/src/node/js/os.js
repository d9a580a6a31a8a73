// node:os (Node: lib/os.js): operating-system information. The facts come from the
// runtime's `require('internal/os/binding')`:
//   hostname(), uname() -> { sysname, release, version, machine }, memory() -> { total, free }
//   (bytes), cpus() -> [{ model, speed, times: { user, nice, sys, idle, irq } }], loadavg()
//   -> [1, 5, 15], uptime() (s), homedir(), userInfo() -> { uid, gid, username, homedir,
//   shell }, availableParallelism(), networkInterfaces(), endianness ('LE'/'BE', a string
//   or a function returning it), and optionally getPriority(pid) / setPriority(pid, prio).
// A binding function that fails throws its own error (Node throws ERR_SYSTEM_ERROR).
// tmpdir(), EOL, devNull and the constants are computed here. The constants are Linux's.
'use strict';

const {
  codes: {
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const binding = require('internal/os/binding');

const isWindows = process.platform === 'win32';

// ---------------------------------------------------------------------------------------
// os.constants (Node: src/node_constants.cc DefineErrnoConstants, DefineSignalConstants,
// DefinePriorityConstants, DefineDlopenConstants; values as on Linux)

const kSignals = [
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5],
  ['SIGABRT', 6], ['SIGIOT', 6], ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9],
  ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12], ['SIGPIPE', 13], ['SIGALRM', 14],
  ['SIGTERM', 15], ['SIGCHLD', 17], ['SIGSTKFLT', 16], ['SIGCONT', 18], ['SIGSTOP', 19],
  ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23], ['SIGXCPU', 24],
  ['SIGXFSZ', 25], ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29],
  ['SIGPOLL', 29], ['SIGPWR', 30], ['SIGSYS', 31],
];

const kErrno = [
  ['E2BIG', 7], ['EACCES', 13], ['EADDRINUSE', 98], ['EADDRNOTAVAIL', 99],
  ['EAFNOSUPPORT', 97], ['EAGAIN', 11], ['EALREADY', 114], ['EBADF', 9], ['EBADMSG', 74],
  ['EBUSY', 16], ['ECANCELED', 125], ['ECHILD', 10], ['ECONNABORTED', 103],
  ['ECONNREFUSED', 111], ['ECONNRESET', 104], ['EDEADLK', 35], ['EDESTADDRREQ', 89],
  ['EDOM', 33], ['EDQUOT', 122], ['EEXIST', 17], ['EFAULT', 14], ['EFBIG', 27],
  ['EHOSTUNREACH', 113], ['EIDRM', 43], ['EILSEQ', 84], ['EINPROGRESS', 115], ['EINTR', 4],
  ['EINVAL', 22], ['EIO', 5], ['EISCONN', 106], ['EISDIR', 21], ['ELOOP', 40],
  ['EMFILE', 24], ['EMLINK', 31], ['EMSGSIZE', 90], ['EMULTIHOP', 72],
  ['ENAMETOOLONG', 36], ['ENETDOWN', 100], ['ENETRESET', 102], ['ENETUNREACH', 101],
  ['ENFILE', 23], ['ENOBUFS', 105], ['ENODATA', 61], ['ENODEV', 19], ['ENOENT', 2],
  ['ENOEXEC', 8], ['ENOLCK', 37], ['ENOLINK', 67], ['ENOMEM', 12], ['ENOMSG', 42],
  ['ENOPROTOOPT', 92], ['ENOSPC', 28], ['ENOSR', 63], ['ENOSTR', 60], ['ENOSYS', 38],
  ['ENOTCONN', 107], ['ENOTDIR', 20], ['ENOTEMPTY', 39], ['ENOTSOCK', 88],
  ['ENOTSUP', 95], ['ENOTTY', 25], ['ENXIO', 6], ['EOPNOTSUPP', 95], ['EOVERFLOW', 75],
  ['EPERM', 1], ['EPIPE', 32], ['EPROTO', 71], ['EPROTONOSUPPORT', 93],
  ['EPROTOTYPE', 91], ['ERANGE', 34], ['EROFS', 30], ['ESPIPE', 29], ['ESRCH', 3],
  ['ESTALE', 116], ['ETIME', 62], ['ETIMEDOUT', 110], ['ETXTBSY', 26],
  ['EWOULDBLOCK', 11], ['EXDEV', 18],
];

const kPriority = [
  ['PRIORITY_LOW', 19], ['PRIORITY_BELOW_NORMAL', 10], ['PRIORITY_NORMAL', 0],
  ['PRIORITY_ABOVE_NORMAL', -7], ['PRIORITY_HIGH', -14], ['PRIORITY_HIGHEST', -20],
];

const kDlopen = [
  ['RTLD_LAZY', 1], ['RTLD_NOW', 2], ['RTLD_GLOBAL', 256], ['RTLD_LOCAL', 0],
  ['RTLD_DEEPBIND', 8],
];

// Like Node's NODE_DEFINE_CONSTANT: an enumerable, read-only, non-configurable property.
function defineConstant(target, name, value) {
  Object.defineProperty(target, name, {
    __proto__: null, value, enumerable: true, writable: false, configurable: false,
  });
}

function constantGroup(entries) {
  const group = { __proto__: null };
  for (const [name, value] of entries) defineConstant(group, name, value);
  return group;
}

function makeConstants() {
  const constants = { __proto__: null };
  defineConstant(constants, 'UV_UDP_REUSEADDR', 4);
  constants.dlopen = constantGroup(kDlopen);
  constants.errno = constantGroup(kErrno);
  constants.signals = constantGroup(kSignals);
  constants.priority = constantGroup(kPriority);
  return constants;
}

// ---------------------------------------------------------------------------------------
// The functions (Node: lib/os.js)

// Node reads the uname facts once, when the module loads.
const {
  sysname: kType,
  version: kVersion,
  release: kRelease,
  machine: kMachine,
} = binding.uname();

const kEndianness = typeof binding.endianness === 'function' ? binding.endianness() : (binding.endianness ?? 'LE');

// Node's names for these functions (os.hostname.name is 'wrappedFn' in Node 20, from
// hideStackFrames).
const getAvailableParallelism = function getAvailableParallelism() { return binding.availableParallelism(); };
const getFreeMem = function getFreeMem() { return binding.memory().free; };
const getTotalMem = function getTotalMem() { return binding.memory().total; };
const getHostname = function wrappedFn() { return binding.hostname(); };
const getHomeDirectory = function wrappedFn() { return binding.homedir(); };
const getUptime = function wrappedFn() { return binding.uptime(); };
const getOSRelease = () => kRelease;
const getOSType = () => kType;
const getOSVersion = () => kVersion;
const getMachine = () => kMachine;

// Node: lib/os.js loadavg
function loadavg() {
  const avg = binding.loadavg();
  return [avg[0], avg[1], avg[2]];
}

// One { model, speed, times } object per logical CPU.
// Node: lib/os.js cpus
function cpus() {
  const data = binding.cpus() || [];
  const result = [];
  for (const cpu of data) {
    const times = cpu.times;
    result.push({
      model: cpu.model,
      speed: cpu.speed,
      times: {
        user: times.user,
        nice: times.nice,
        sys: times.sys,
        idle: times.idle,
        irq: times.irq,
      },
    });
  }
  return result;
}

function arch() {
  return process.arch;
}

function platform() {
  return process.platform;
}

// The temporary directory from the environment, without a trailing separator.
// Node: lib/os.js tmpdir
function tmpdir() {
  const env = process.env;
  let path;
  if (isWindows) {
    path = env.TEMP || env.TMP || (env.SystemRoot || env.windir) + '\\temp';
    if (path.length > 1 && path.endsWith('\\') && !path.endsWith(':\\')) path = path.slice(0, -1);
  } else {
    path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  }
  return path;
}

function endianness() {
  return kEndianness;
}

// Node: lib/os.js networkInterfaces — Spindle's binding reports no interfaces yet.
function networkInterfaces() {
  const result = binding.networkInterfaces();
  return result != null && typeof result === 'object' ? result : {};
}

// Node: lib/os.js setPriority
function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  if (typeof binding.setPriority !== 'function') throw new ERR_METHOD_NOT_IMPLEMENTED('setPriority()');
  binding.setPriority(pid, priority);
}

// Node: lib/os.js getPriority
function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  if (typeof binding.getPriority !== 'function') throw new ERR_METHOD_NOT_IMPLEMENTED('getPriority()');
  return binding.getPriority(pid);
}

// With `options.encoding === 'buffer'` (and Buffer available) the strings are Buffers.
// Node: lib/os.js userInfo
function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const user = binding.userInfo();
  const info = {
    uid: user.uid,
    gid: user.gid,
    username: user.username,
    homedir: user.homedir,
    shell: user.shell ?? null,
  };
  const { Buffer } = globalThis;
  if (options?.encoding === 'buffer' && typeof Buffer === 'function') {
    info.username = Buffer.from(info.username);
    info.homedir = Buffer.from(info.homedir);
    if (info.shell !== null) info.shell = Buffer.from(info.shell);
  }
  return info;
}

// Node lets these be used as values too (`${os.hostname}`).
getAvailableParallelism[Symbol.toPrimitive] = () => getAvailableParallelism();
getFreeMem[Symbol.toPrimitive] = () => getFreeMem();
getHostname[Symbol.toPrimitive] = () => getHostname();
getOSVersion[Symbol.toPrimitive] = () => getOSVersion();
getOSType[Symbol.toPrimitive] = () => getOSType();
getOSRelease[Symbol.toPrimitive] = () => getOSRelease();
getMachine[Symbol.toPrimitive] = () => getMachine();
getHomeDirectory[Symbol.toPrimitive] = () => getHomeDirectory();
getTotalMem[Symbol.toPrimitive] = () => getTotalMem();
getUptime[Symbol.toPrimitive] = () => getUptime();
arch[Symbol.toPrimitive] = () => process.arch;
platform[Symbol.toPrimitive] = () => process.platform;
tmpdir[Symbol.toPrimitive] = () => tmpdir();
endianness[Symbol.toPrimitive] = () => kEndianness;

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    writable: false,
    value: makeConstants(),
  },
  EOL: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: isWindows ? '\r\n' : '\n',
  },
  devNull: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: isWindows ? '\\\\.\\nul' : '/dev/null',
  },
});
