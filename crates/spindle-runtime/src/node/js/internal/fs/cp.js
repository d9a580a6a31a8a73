// internal/fs/cp (Node: lib/internal/fs/cp/cp.js and cp-sync.js, after fs-extra's copy):
// fs.cp / fs.cpSync / fsPromises.cp — copy a file, a symlink or (recursive) a directory
// tree, with `filter`, `force`, `errorOnExist`, `dereference`, `preserveTimestamps`,
// `verbatimSymlinks`, `mode`, and Node's ERR_FS_CP_* / ERR_FS_EISDIR errors.
'use strict';

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { kErrno: { EEXIST, EISDIR, EINVAL, ENOTDIR }, lazyLoadFs } = require('internal/fs/utils');
const {
  dirname,
  isAbsolute,
  join,
  parse,
  resolve,
  sep,
} = require('path');

function fsp() {
  return require('internal/fs/promises').exports;
}

function isPromise(value) {
  return require('internal/util/types').isPromise(value);
}

// ---- shared checks ----------------------------------------------------------------------

// Node: lib/internal/fs/cp/cp.js areIdentical
function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino &&
    destStat.dev === srcStat.dev;
}

const normalizePathToArray = (path) => resolve(path).split(sep).filter(Boolean);

// Node: lib/internal/fs/cp/cp.js isSrcSubdir — whether dest is inside src (by path).
function isSrcSubdir(src, dest) {
  const srcArr = normalizePathToArray(src);
  const destArr = normalizePathToArray(dest);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

function cpError(Ctor, message, path, errno, code) {
  return new Ctor({ message, path, syscall: 'cp', errno, code });
}

function sameFileError(dest) {
  return cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
}

function subdirError(src, dest, path = dest) {
  return cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`,
                 path, EINVAL, 'EINVAL');
}

// Node: lib/internal/fs/cp/cp.js checkPaths (the part after the stats)
function checkStatPair(src, dest, srcStat, destStat) {
  if (destStat) {
    if (areIdentical(srcStat, destStat)) throw sameFileError(dest);
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR,
                    `cannot overwrite non-directory ${dest} with directory ${src}`,
                    dest, EISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR,
                    `cannot overwrite directory ${dest} with non-directory ${src}`,
                    dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) throw subdirError(src, dest);
}

// Node: lib/internal/fs/cp/cp.js getStatsForCopy (the errors for what cannot be copied)
function uncopyableError(srcStat, src, dest, eisdirErrno) {
  if (srcStat.isDirectory()) {
    return cpError(ERR_FS_EISDIR, `${src} is a directory (not copied)`, src, eisdirErrno, 'EISDIR');
  }
  if (srcStat.isSocket()) {
    return cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  if (srcStat.isFIFO()) {
    return cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  return cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL');
}

function existsError(dest) {
  return cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, EEXIST, 'EEXIST');
}

function fileIsNotWritable(srcMode) {
  return (srcMode & 0o200) === 0;
}

// ---- asynchronous (fs.cp, fsPromises.cp) -----------------------------------------------

// Node: lib/internal/fs/cp/cp.js cpFn
async function cpFn(src, dest, opts) {
  const stats = await checkPaths(src, dest, opts);
  const { srcStat, destStat, skipped } = stats;
  if (skipped) return;
  await checkParentPaths(src, srcStat, dest);
  return checkParentDir(destStat, src, dest, opts);
}

// Node: lib/internal/fs/cp/cp.js checkPaths
async function checkPaths(src, dest, opts) {
  if (opts.filter && !(await opts.filter(src, dest))) {
    return { __proto__: null, skipped: true };
  }
  const { 0: srcStat, 1: destStat } = await getStats(src, dest, opts);
  checkStatPair(src, dest, srcStat, destStat);
  return { __proto__: null, srcStat, destStat, skipped: false };
}

function getStats(src, dest, opts) {
  const { stat, lstat } = fsp();
  const statFunc = opts.dereference ?
    (file) => stat(file, { bigint: true }) :
    (file) => lstat(file, { bigint: true });
  return Promise.all([
    statFunc(src),
    statFunc(dest).then(undefined, (err) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    }),
  ]);
}

// Node: lib/internal/fs/cp/cp.js checkParentDir — creates dest's parent if needed.
async function checkParentDir(destStat, src, dest, opts) {
  const destParent = dirname(dest);
  const dirExists = await pathExists(destParent);
  if (dirExists) return getStatsForCopy(destStat, src, dest, opts);
  await fsp().mkdir(destParent, { recursive: true });
  return getStatsForCopy(destStat, src, dest, opts);
}

function pathExists(dest) {
  return fsp().stat(dest).then(
    () => true,
    (err) => (err.code === 'ENOENT' ? false : Promise.reject(err)));
}

// Node: lib/internal/fs/cp/cp.js checkParentPaths — dest must not be inside src (by inode).
async function checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return;
  let destStat;
  try {
    destStat = await fsp().stat(destParent, { bigint: true });
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (areIdentical(srcStat, destStat)) throw subdirError(src, dest);
  return checkParentPaths(src, srcStat, destParent);
}

// Node: lib/internal/fs/cp/cp.js getStatsForCopy
async function getStatsForCopy(destStat, src, dest, opts) {
  const { stat, lstat } = fsp();
  const statFn = opts.dereference ? stat : lstat;
  const srcStat = await statFn(src);
  if (srcStat.isDirectory() && opts.recursive) return onDir(srcStat, destStat, src, dest, opts);
  if (srcStat.isDirectory()) throw uncopyableError(srcStat, src, dest, EISDIR);
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return onFile(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
  throw uncopyableError(srcStat, src, dest, EISDIR);
}

function onFile(srcStat, destStat, src, dest, opts) {
  if (!destStat) return copyFileAsync(srcStat, src, dest, opts);
  return mayCopyFile(srcStat, src, dest, opts);
}

async function mayCopyFile(srcStat, src, dest, opts) {
  if (opts.force) {
    await fsp().unlink(dest);
    return copyFileAsync(srcStat, src, dest, opts);
  } else if (opts.errorOnExist) {
    throw existsError(dest);
  }
}

async function copyFileAsync(srcStat, src, dest, opts) {
  await fsp().copyFile(src, dest, opts.mode);
  if (opts.preserveTimestamps) return handleTimestampsAndMode(srcStat.mode, src, dest);
  return fsp().chmod(dest, srcStat.mode);
}

async function handleTimestampsAndMode(srcMode, src, dest) {
  // The file must be writable before its times are set.
  if (fileIsNotWritable(srcMode)) await fsp().chmod(dest, srcMode | 0o200);
  // The initial srcStat.atime cannot be trusted: reading the file changed it.
  const updatedSrcStat = await fsp().stat(src);
  await fsp().utimes(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
  return fsp().chmod(dest, srcMode);
}

function onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) return mkDirAndCopy(srcStat.mode, src, dest, opts);
  return copyDir(src, dest, opts);
}

async function mkDirAndCopy(srcMode, src, dest, opts) {
  await fsp().mkdir(dest);
  await copyDir(src, dest, opts);
  return fsp().chmod(dest, srcMode);
}

async function copyDir(src, dest, opts) {
  const dir = await fsp().opendir(src);
  for await (const { name } of dir) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const { destStat, skipped } = await checkPaths(srcItem, destItem, opts);
    if (!skipped) await getStatsForCopy(destStat, srcItem, destItem, opts);
  }
}

// Node: lib/internal/fs/cp/cp.js onLink — a symlink is recreated (its target made absolute
// unless verbatimSymlinks).
async function onLink(destStat, src, dest, opts) {
  const { readlink, symlink, stat, unlink } = fsp();
  let resolvedSrc = await readlink(src);
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) {
    resolvedSrc = resolve(dirname(src), resolvedSrc);
  }
  if (!destStat) return symlink(resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = await readlink(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return symlink(resolvedSrc, dest);
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) throw subdirError(resolvedSrc, resolvedDest, dest);
  // Unlinking dest when src is inside it would break the new link.
  const srcStat = await stat(src);
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
                  `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL');
  }
  await unlink(dest);
  return symlink(resolvedSrc, dest);
}

// ---- synchronous (fs.cpSync) ------------------------------------------------------------

// Node: lib/internal/fs/cp/cp-sync.js cpSyncFn
function cpSyncFn(src, dest, opts) {
  const { srcStat, destStat, skipped } = checkPathsSync(src, dest, opts);
  if (skipped) return;
  checkParentPathsSync(src, srcStat, dest);
  return checkParentDirSync(destStat, src, dest, opts);
}

// Node: lib/internal/fs/cp/cp-sync.js checkPathsSync — the filter must not return a promise.
function checkPathsSync(src, dest, opts) {
  if (opts.filter) {
    const shouldCopy = opts.filter(src, dest);
    if (isPromise(shouldCopy)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', shouldCopy);
    if (!shouldCopy) return { __proto__: null, skipped: true };
  }
  const fs = lazyLoadFs();
  const statFunc = opts.dereference ? fs.statSync : fs.lstatSync;
  const srcStat = statFunc(src, { bigint: true, throwIfNoEntry: true });
  const destStat = statFunc(dest, { bigint: true, throwIfNoEntry: false });
  checkStatPair(src, dest, srcStat, destStat);
  return { __proto__: null, srcStat, destStat, skipped: false };
}

function checkParentPathsSync(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return;
  const destStat = lazyLoadFs().statSync(destParent, { bigint: true, throwIfNoEntry: false });
  if (destStat === undefined) return;
  if (areIdentical(srcStat, destStat)) throw subdirError(src, dest);
  return checkParentPathsSync(src, srcStat, destParent);
}

function checkParentDirSync(destStat, src, dest, opts) {
  const fs = lazyLoadFs();
  const destParent = dirname(dest);
  if (!fs.existsSync(destParent)) fs.mkdirSync(destParent, { recursive: true });
  return getStatsSync(destStat, src, dest, opts);
}

// Node: lib/internal/fs/cp/cp-sync.js getStats (its ERR_FS_EISDIR carries errno EINVAL)
function getStatsSync(destStat, src, dest, opts) {
  const fs = lazyLoadFs();
  const srcStat = (opts.dereference ? fs.statSync : fs.lstatSync)(src);
  if (srcStat.isDirectory() && opts.recursive) return onDirSync(srcStat, destStat, src, dest, opts);
  if (srcStat.isDirectory()) throw uncopyableError(srcStat, src, dest, EINVAL);
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return onFileSync(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return onLinkSync(destStat, src, dest, opts);
  throw uncopyableError(srcStat, src, dest, EINVAL);
}

function onFileSync(srcStat, destStat, src, dest, opts) {
  if (!destStat) return copyFileSync(srcStat, src, dest, opts);
  if (opts.force) {
    lazyLoadFs().unlinkSync(dest);
    return copyFileSync(srcStat, src, dest, opts);
  } else if (opts.errorOnExist) {
    throw existsError(dest);
  }
}

function copyFileSync(srcStat, src, dest, opts) {
  const fs = lazyLoadFs();
  fs.copyFileSync(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    if (fileIsNotWritable(srcStat.mode)) fs.chmodSync(dest, srcStat.mode | 0o200);
    const updatedSrcStat = fs.statSync(src);
    fs.utimesSync(dest, updatedSrcStat.atime, updatedSrcStat.mtime);
  }
  return fs.chmodSync(dest, srcStat.mode);
}

function onDirSync(srcStat, destStat, src, dest, opts) {
  const fs = lazyLoadFs();
  if (!destStat) {
    fs.mkdirSync(dest);
    copyDirSync(src, dest, opts);
    return fs.chmodSync(dest, srcStat.mode);
  }
  return copyDirSync(src, dest, opts);
}

function copyDirSync(src, dest, opts) {
  const dir = lazyLoadFs().opendirSync(src);
  try {
    let dirent;
    while ((dirent = dir.readSync()) !== null) {
      const { name } = dirent;
      const srcItem = join(src, name);
      const destItem = join(dest, name);
      const { destStat, skipped } = checkPathsSync(srcItem, destItem, opts);
      if (!skipped) getStatsSync(destStat, srcItem, destItem, opts);
    }
  } finally {
    dir.closeSync();
  }
}

// Node: lib/internal/fs/cp/cp-sync.js onLink
function onLinkSync(destStat, src, dest, opts) {
  const fs = lazyLoadFs();
  let resolvedSrc = fs.readlinkSync(src);
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) {
    resolvedSrc = resolve(dirname(src), resolvedSrc);
  }
  if (!destStat) return fs.symlinkSync(resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = fs.readlinkSync(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fs.symlinkSync(resolvedSrc, dest);
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) throw subdirError(resolvedSrc, resolvedDest, dest);
  if (fs.statSync(dest).isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
                  `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL');
  }
  fs.unlinkSync(dest);
  return fs.symlinkSync(resolvedSrc, dest);
}

module.exports = {
  areIdentical,
  cpFn,
  cpSyncFn,
  isSrcSubdir,
};
