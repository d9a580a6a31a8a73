// node:path (Node: lib/path.js): path string manipulation in two flavours, `posix`
// (forward slashes) and `win32` (drive letters, UNC roots, both kinds of slash).
// Spindle runs on POSIX systems only, so the module itself is the posix flavour.
// matchesGlob (experimental in Node 20) is not provided.
'use strict';

const { validateObject, validateString } = require('internal/validators');

const CHAR_DOT = 46;
const CHAR_SLASH = 47;
const CHAR_COLON = 58;
const CHAR_QUESTION_MARK = 63;
const CHAR_BACKSLASH = 92;

function isPosixSeparator(code) {
  return code === CHAR_SLASH;
}

function isWin32Separator(code) {
  return code === CHAR_SLASH || code === CHAR_BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// `C:` (any ASCII letter) at the very start of `path`.
function startsWithDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === CHAR_COLON && isDriveLetter(path.charCodeAt(0));
}

// DOS device names Windows reserves in every directory.
const WIN32_RESERVED_NAMES = [
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3',
  'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
];

// Node: lib/path.js isWindowsReservedName. Like Node, an `end` of -1 means "all but
// the last character" (String.prototype.slice semantics).
function isWin32ReservedName(path, end) {
  return WIN32_RESERVED_NAMES.includes(path.slice(0, end).toUpperCase());
}

// Node: lib/path.js normalizeString
// Resolves `.` and `..` segments of `path` (split at every separator, empty segments
// dropped) and joins what is left with `separator`. A `..` with nothing left to remove
// is kept only when `allowAboveRoot`.
function normalizeSegments(path, allowAboveRoot, separator, isSeparator) {
  const kept = [];
  let segmentStart = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSeparator(path.charCodeAt(i))) continue;
    const segment = path.slice(segmentStart, i);
    segmentStart = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') {
      kept.push(segment);
    } else if (kept.length > 0 && kept[kept.length - 1] !== '..') {
      kept.pop();
    } else if (allowAboveRoot) {
      kept.push('..');
    }
  }
  return kept.join(separator);
}

// For a `path` whose first two characters are separators, finds a UNC root
// `\\server\share`: one or more non-separators, one or more separators, then one or
// more non-separators. Returns { server, shareStart, end } (`end` just past the share
// name), or null when the path has no complete UNC root.
function scanUncRoot(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWin32Separator(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return null;
  const server = path.slice(2, j);
  while (j < len && isWin32Separator(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isWin32Separator(path.charCodeAt(j))) j++;
  return { server, shareStart, end: j };
}

// Bounds of the last non-empty component of `path` at or after index `from`:
// { start, end }, with start === end === from when there is none (only separators).
function lastComponent(path, from, isSeparator) {
  let end = path.length;
  while (end > from && isSeparator(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSeparator(path.charCodeAt(start - 1))) start--;
  return { start, end };
}

// Node: lib/path.js basename (both flavours). `from` is where the searchable part of
// `path` begins (after a win32 drive prefix). Node's suffix matching compares the
// suffix with the last component from the end: a component that ends with the suffix
// loses it (unless they are equal), one that differs keeps its whole name, and one
// that is a proper tail of the suffix is returned with any trailing separators.
function basenameOf(path, suffix, from, isSeparator) {
  const { start, end } = lastComponent(path, from, isSeparator);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return path.slice(start, end);
  }
  if (suffix === path) return '';
  if (start === end) return path.slice(from);
  const componentLength = end - start;
  const compared = Math.min(componentLength, suffix.length);
  for (let k = 1; k <= compared; k++) {
    if (path.charCodeAt(end - k) !== suffix.charCodeAt(suffix.length - k)) {
      return path.slice(start, end);
    }
  }
  if (componentLength > suffix.length) return path.slice(start, end - suffix.length);
  if (componentLength === suffix.length) return path.slice(start, end);
  return path.slice(start);
}

// Index (within `path`) where the extension of the component [start, end) begins, or
// -1 when it has none: the last dot, unless it is the component's first character or
// the component is exactly `..` (that exception is skipped when `dotDotHasExt`: Node's
// posix.parse gives `/..` the extension `.`).
function extensionStart(path, start, end, dotDotHasExt = false) {
  if (!dotDotHasExt && end - start === 2 && path.charCodeAt(start) === CHAR_DOT &&
      path.charCodeAt(start + 1) === CHAR_DOT) {
    return -1;
  }
  for (let i = end - 1; i > start; i--) {
    if (path.charCodeAt(i) === CHAR_DOT) return i;
  }
  return -1;
}

// Node: lib/path.js extname (both flavours).
function extnameOf(path, from, isSeparator) {
  const { start, end } = lastComponent(path, from, isSeparator);
  const dot = extensionStart(path, start, end);
  return dot === -1 ? '' : path.slice(dot, end);
}

// Fills in `parsed.base/name/ext/dir` (Node: lib/path.js parse, both flavours) for a
// path whose root, already in `parsed.root`, is `rootEnd` characters long.
function parseAfterRoot(parsed, path, rootEnd, isSeparator, posixRoot = false) {
  const { start, end } = lastComponent(path, rootEnd, isSeparator);
  if (start < end) {
    const dot = extensionStart(path, start, end, posixRoot && start === rootEnd);
    parsed.base = path.slice(start, end);
    if (dot === -1) {
      parsed.name = parsed.base;
    } else {
      parsed.name = path.slice(start, dot);
      parsed.ext = path.slice(dot, end);
    }
  }
  // The directory keeps the whole root (`C:\`, `/`), but drops the one separator that
  // precedes the last component otherwise.
  parsed.dir = start > rootEnd ? path.slice(0, start - 1) : parsed.root;
  return parsed;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

// Node: lib/path.js _format (bound to each flavour's separator, as in Node).
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// The root at the start of a win32 path as win32.resolve sees it: { device, rootEnd,
// isAbsolute }. `device` is `C:`, `\\server\share`, `\\.` or `\\?` (or '').
function win32ResolveRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) {
    return isWin32Separator(code) ?
      { device: '', rootEnd: 1, isAbsolute: true } :
      { device: '', rootEnd: 0, isAbsolute: false };
  }
  if (isWin32Separator(code)) {
    if (!isWin32Separator(path.charCodeAt(1))) return { device: '', rootEnd: 1, isAbsolute: true };
    const unc = scanUncRoot(path);
    if (unc === null) return { device: '', rootEnd: 0, isAbsolute: true };
    if (unc.server === '.' || unc.server === '?') {
      // A device namespace root such as \\.\PHYSICALDRIVE0
      return { device: `\\\\${unc.server}`, rootEnd: 4, isAbsolute: true };
    }
    return {
      device: `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.end)}`,
      rootEnd: unc.end,
      isAbsolute: true,
    };
  }
  if (startsWithDrive(path)) {
    if (len > 2 && isWin32Separator(path.charCodeAt(2))) {
      return { device: path.slice(0, 2), rootEnd: 3, isAbsolute: true };
    }
    return { device: path.slice(0, 2), rootEnd: 2, isAbsolute: false };
  }
  return { device: '', rootEnd: 0, isAbsolute: false };
}

// The working directory win32.resolve uses for a drive-relative path like `C:foo`:
// Windows keeps one per drive in the `=C:` environment variable; otherwise the process
// cwd, unless that is a win32 path on another drive, when the drive's root is used.
function win32DriveCwd(device) {
  const cwd = process.env[`=${device}`] || process.cwd();
  if (cwd === undefined ||
      (cwd.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
       cwd.charCodeAt(2) === CHAR_BACKSLASH)) {
    return `${device}\\`;
  }
  return cwd;
}

// Trims the leading backslashes and (past them) the trailing ones of a resolved win32
// path: [start, end).
function win32TrimmedBounds(path) {
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === CHAR_BACKSLASH) start++;
  let end = path.length;
  while (end - 1 > start && path.charCodeAt(end - 1) === CHAR_BACKSLASH) end--;
  return { start, end };
}

// win32.relative for paths whose length changes when lower-cased (Node compares them
// component by component then).
function win32RelativeBySegments(fromOrig, toOrig) {
  const fromParts = fromOrig.split('\\');
  const toParts = toOrig.split('\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.pop();
  if (toParts[toParts.length - 1] === '') toParts.pop();
  const common = Math.min(fromParts.length, toParts.length);
  let i = 0;
  while (i < common && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === common) {
    if (toParts.length > common) return toParts.slice(i).join('\\');
    if (fromParts.length > common) return '..\\'.repeat(fromParts.length - 1 - i) + '..';
    return '';
  }
  return '..\\'.repeat(fromParts.length - i) + toParts.slice(i).join('\\');
}

const win32 = {
  // Node: lib/path.js win32.resolve
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;

    // Right to left until both a device and an absolute path are known; the working
    // directory (of the device, if one was seen) comes last.
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        path = win32DriveCwd(resolvedDevice);
      }

      const { device, rootEnd, isAbsolute } = win32ResolveRoot(path);
      if (device.length > 0) {
        if (resolvedDevice.length === 0) {
          resolvedDevice = device;
        } else if (device.toLowerCase() !== resolvedDevice.toLowerCase()) {
          continue; // a path on another device does not apply
        }
      }

      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }

    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWin32Separator);
    if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
    return `${resolvedDevice}${resolvedTail}` || '.';
  },

  // Node: lib/path.js win32.normalize
  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return isPosixSeparator(code) ? '\\' : path;

    let device; // stays undefined when the path has no device part
    let rootEnd = 0;
    let isAbsolute = false;
    if (isWin32Separator(code)) {
      isAbsolute = true;
      if (isWin32Separator(path.charCodeAt(1))) {
        const unc = scanUncRoot(path);
        if (unc !== null) {
          if (unc.server === '.' || unc.server === '?') {
            device = `\\\\${unc.server}`;
            rootEnd = 4;
          } else if (unc.end === len) {
            // Nothing but a UNC root
            return `\\\\${unc.server}\\${path.slice(unc.shareStart)}\\`;
          } else {
            device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.end)}`;
            rootEnd = unc.end;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else {
      const colonIndex = path.indexOf(':');
      if (colonIndex === 1 && isDriveLetter(code)) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isWin32Separator(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      } else if (colonIndex > 0 && isWin32ReservedName(path, colonIndex)) {
        device = path.slice(0, colonIndex + 1);
        rootEnd = colonIndex + 1;
      }
    }

    let tail = rootEnd < len ?
      normalizeSegments(path.slice(rootEnd), !isAbsolute, '\\', isWin32Separator) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isWin32Separator(path.charCodeAt(len - 1))) tail += '\\';

    // A relative result must not read as a drive (`C:x`) or a stream of a file
    // (`x:\`): Node prefixes `.\` then (CVE-2024-36139).
    if (!isAbsolute && device === undefined && path.includes(':')) {
      if (startsWithDrive(tail)) return `.\\${tail}`;
      for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isWin32Separator(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }
    if (isWin32ReservedName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  // Node: lib/path.js win32.isAbsolute
  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    return isWin32Separator(path.charCodeAt(0)) ||
      (path.length > 2 && startsWithDrive(path) && isWin32Separator(path.charCodeAt(2)));
  },

  // Node: lib/path.js win32.join
  join(...args) {
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');

    // A run of leading separators would read as a UNC root in normalize(); it is
    // collapsed to one unless the first part clearly starts with a UNC root (exactly
    // two separators followed by something else).
    const first = parts[0];
    let leading = 0;
    while (leading < 3 && leading < first.length && isWin32Separator(first.charCodeAt(leading))) {
      leading++;
    }
    const looksUnc = leading === 2 && first.length > 2;
    if (!looksUnc) {
      while (leading < joined.length && isWin32Separator(joined.charCodeAt(leading))) leading++;
      if (leading >= 2) joined = `\\${joined.slice(leading)}`;
    }
    return win32.normalize(joined);
  },

  // Node: lib/path.js win32.relative
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';

    // Windows paths compare case-insensitively.
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      return win32RelativeBySegments(fromOrig, toOrig);
    }

    const fromBounds = win32TrimmedBounds(from);
    const toBounds = win32TrimmedBounds(to);
    const fromStart = fromBounds.start;
    const fromEnd = fromBounds.end;
    const fromLen = fromEnd - fromStart;
    let toStart = toBounds.start;
    const toEnd = toBounds.end;
    const toLen = toEnd - toStart;

    // Longest common prefix, remembering its last separator.
    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      if (fromCode === CHAR_BACKSLASH) lastCommonSep = i;
    }

    if (i !== length) {
      // Different before the first separator: nothing in common (another drive)
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // `from` is a directory above `to` (C:\foo and C:\foo\bar)
        if (to.charCodeAt(toStart + i) === CHAR_BACKSLASH) return toOrig.slice(toStart + i + 1);
        // `from` is a drive root (C:\ and C:\foo)
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === CHAR_BACKSLASH) {
          lastCommonSep = i; // `to` is a directory above `from`
        } else if (i === 2) {
          lastCommonSep = 3; // `to` is a drive root
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    // One `..` for each component of `from` past the common part.
    let up = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_BACKSLASH) {
        up += up.length === 0 ? '..' : '\\..';
      }
    }

    toStart += lastCommonSep;
    if (up.length > 0) return `${up}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === CHAR_BACKSLASH) toStart++;
    return toOrig.slice(toStart, toEnd);
  },

  // Node: lib/path.js win32.toNamespacedPath
  // Turns an absolute path into its long form: `\\?\C:\x` or `\\?\UNC\server\share\x`.
  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === CHAR_BACKSLASH) {
      if (resolved.charCodeAt(1) === CHAR_BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== CHAR_QUESTION_MARK && code !== CHAR_DOT) {
          return `\\\\?\\UNC\\${resolved.slice(2)}`;
        }
      }
    } else if (startsWithDrive(resolved) && resolved.charCodeAt(2) === CHAR_BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  // Node: lib/path.js win32.dirname
  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return isWin32Separator(code) ? path : '.';

    // rootEnd: length of the root (-1 when there is none); the search for the last
    // separator does not enter the root.
    let rootEnd = -1;
    if (isWin32Separator(code)) {
      rootEnd = 1;
      if (isWin32Separator(path.charCodeAt(1))) {
        const unc = scanUncRoot(path);
        if (unc !== null) {
          if (unc.end === len) return path; // nothing but a UNC root
          rootEnd = unc.end + 1; // the root includes the separator after the share
        }
      }
    } else if (startsWithDrive(path)) {
      rootEnd = len > 2 && isWin32Separator(path.charCodeAt(2)) ? 3 : 2;
    }

    const searchFrom = rootEnd === -1 ? 0 : rootEnd;
    let end = len;
    while (end > searchFrom && isWin32Separator(path.charCodeAt(end - 1))) end--;
    while (end > searchFrom && !isWin32Separator(path.charCodeAt(end - 1))) end--;
    if (end > searchFrom) return path.slice(0, end - 1);
    return rootEnd === -1 ? '.' : path.slice(0, rootEnd);
  },

  // Node: lib/path.js win32.basename
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // The separator after a drive (`C:\`) is a root, not a trailing separator.
    return basenameOf(path, suffix, startsWithDrive(path) ? 2 : 0, isWin32Separator);
  },

  // Node: lib/path.js win32.extname
  extname(path) {
    validateString(path, 'path');
    return extnameOf(path, startsWithDrive(path) ? 2 : 0, isWin32Separator);
  },

  format: _format.bind(null, '\\'),

  // Node: lib/path.js win32.parse
  parse(path) {
    validateString(path, 'path');
    const parsed = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return parsed;

    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isWin32Separator(code)) {
        parsed.root = parsed.dir = path;
      } else {
        parsed.base = parsed.name = path;
      }
      return parsed;
    }

    let rootEnd = 0;
    if (isWin32Separator(code)) {
      rootEnd = 1;
      if (isWin32Separator(path.charCodeAt(1))) {
        const unc = scanUncRoot(path);
        if (unc !== null) {
          // The root includes the separator after the share, if any.
          rootEnd = unc.end === len ? len : unc.end + 1;
        }
      }
    } else if (startsWithDrive(path)) {
      rootEnd = len > 2 && isWin32Separator(path.charCodeAt(2)) ? 3 : 2;
      if (rootEnd === len) {
        parsed.root = parsed.dir = path;
        return parsed;
      }
    }
    parsed.root = path.slice(0, rootEnd);
    return parseAfterRoot(parsed, path, rootEnd, isWin32Separator);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

const posix = {
  // Node: lib/path.js posix.resolve
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;

    // Right to left until an absolute path is found; then the working directory.
    for (let i = args.length - 1; i >= 0 && !resolvedAbsolute; i--) {
      const path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === CHAR_SLASH;
    }
    if (!resolvedAbsolute) {
      const cwd = process.cwd();
      resolvedPath = `${cwd}/${resolvedPath}`;
      resolvedAbsolute = cwd.charCodeAt(0) === CHAR_SLASH;
    }

    resolvedPath = normalizeSegments(resolvedPath, !resolvedAbsolute, '/', isPosixSeparator);
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  // Node: lib/path.js posix.normalize
  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === CHAR_SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === CHAR_SLASH;

    const normalized = normalizeSegments(path, !isAbsolute, '/', isPosixSeparator);
    if (normalized.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    const withTrailing = trailingSeparator ? `${normalized}/` : normalized;
    return isAbsolute ? `/${withTrailing}` : withTrailing;
  },

  // Node: lib/path.js posix.isAbsolute
  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_SLASH;
  },

  // Node: lib/path.js posix.join
  join(...args) {
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  // Node: lib/path.js posix.relative
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';

    // Both are absolute now; compare them past the leading slash.
    const fromLen = from.length - 1;
    const toLen = to.length - 1;
    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(1 + i);
      if (fromCode !== to.charCodeAt(1 + i)) break;
      if (fromCode === CHAR_SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        // `from` is a directory above `to` (/foo and /foo/bar)
        if (to.charCodeAt(1 + i) === CHAR_SLASH) return to.slice(1 + i + 1);
        // `from` is the root
        if (i === 0) return to.slice(1 + i);
      } else if (fromLen > length) {
        if (from.charCodeAt(1 + i) === CHAR_SLASH) {
          lastCommonSep = i; // `to` is a directory above `from`
        } else if (i === 0) {
          lastCommonSep = 0; // `to` is the root
        }
      }
    }

    // One `..` for each component of `from` past the common part, then the rest of `to`.
    let up = '';
    for (i = 1 + lastCommonSep + 1; i <= from.length; i++) {
      if (i === from.length || from.charCodeAt(i) === CHAR_SLASH) {
        up += up.length === 0 ? '..' : '/..';
      }
    }
    return `${up}${to.slice(1 + lastCommonSep)}`;
  },

  // Node: lib/path.js posix.toNamespacedPath (nothing to do on POSIX)
  toNamespacedPath(path) {
    return path;
  },

  // Node: lib/path.js posix.dirname
  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === CHAR_SLASH;
    // Skip trailing slashes, then the last name; `end` stops on the slash before it.
    // Index 0 is never searched (a leading slash is the root).
    let end = path.length;
    while (end > 1 && path.charCodeAt(end - 1) === CHAR_SLASH) end--;
    while (end > 1 && path.charCodeAt(end - 1) !== CHAR_SLASH) end--;
    if (end <= 1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 2) return '//';
    return path.slice(0, end - 1);
  },

  // Node: lib/path.js posix.basename
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameOf(path, suffix, 0, isPosixSeparator);
  },

  // Node: lib/path.js posix.extname
  extname(path) {
    validateString(path, 'path');
    return extnameOf(path, 0, isPosixSeparator);
  },

  format: _format.bind(null, '/'),

  // Node: lib/path.js posix.parse
  parse(path) {
    validateString(path, 'path');
    const parsed = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return parsed;
    const rootEnd = path.charCodeAt(0) === CHAR_SLASH ? 1 : 0;
    parsed.root = path.slice(0, rootEnd);
    return parseAfterRoot(parsed, path, rootEnd, isPosixSeparator, rootEnd === 1);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Legacy name of toNamespacedPath (DEP0080, documentation-only deprecation)
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
