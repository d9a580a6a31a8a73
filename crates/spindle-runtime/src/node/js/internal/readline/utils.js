// internal/readline/utils (Node: lib/internal/readline/utils.js): the CSI escape-sequence
// builder, UTF-16 character-length helpers, the keypress parser `emitKeys` (a generator fed
// one character at a time) and `commonPrefix` for tab completion. Also the display-width
// helpers readline needs (Node takes them from internal/util/inspect).
'use strict';

const kUTF16SurrogateThreshold = 0x10000; // the first code point stored as two UTF-16 units
const kEscape = '\x1b';
const kSubstringSearch = Symbol('kSubstringSearch');

// CSI`${n}G` -> '\x1b[' + n + 'G': a tagged template that prefixes the Control Sequence
// Introducer.
// Node: lib/internal/readline/utils.js CSI
function CSI(strings, ...args) {
  let out = `${kEscape}[`;
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
}

CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// How many UTF-16 units the character just left of index `i` takes (0 at the start).
// Node: lib/internal/readline/utils.js charLengthLeft
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= kUTF16SurrogateThreshold) ||
      str.codePointAt(i - 1) >= kUTF16SurrogateThreshold) {
    return 2;
  }
  return 1;
}

// How many UTF-16 units the character at index `i` takes (1 past the end, so moving right
// at the end still "moves").
// Node: lib/internal/readline/utils.js charLengthAt
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= kUTF16SurrogateThreshold ? 2 : 1;
}

// The names of the escape sequences emitKeys understands, by their code (the part after
// ESC without the modifier). Some also set a modifier flag.
const keyNames = {
  __proto__: null,
  // xterm/gnome ESC [ letter (with modifier), ESC O letter (without)
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  // xterm/rxvt ESC [ number ~
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  // paste bracket mode
  '[200~': 'paste-start', '[201~': 'paste-end',
  // Cygwin / libuv
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  // common
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8',
  '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  // xterm ESC [ letter
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left',
  '[E': 'clear', '[F': 'end', '[H': 'home',
  // xterm/gnome ESC O letter
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left',
  'OE': 'clear', 'OF': 'end', 'OH': 'home',
  // xterm/rxvt ESC [ number ~
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end',
  '[5~': 'pageup', '[6~': 'pagedown',
  // putty
  '[[5~': 'pageup', '[[6~': 'pagedown',
  // rxvt
  '[7~': 'home', '[8~': 'end',
};
const shiftedKeyNames = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown',
  '[7$': 'home', '[8$': 'end',
  '[Z': 'tab',
};
const ctrlKeyNames = {
  __proto__: null,
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown',
  '[7^': 'home', '[8^': 'end',
};

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

// A generator that receives the input one character at a time (`next(ch)`) and emits
// 'keypress' (sequence, key) on `stream` for every complete key or escape sequence.
// ESC [ ... and ESC O ... sequences are parsed into { name, ctrl, meta, shift, code };
// two leading ESCs mean the same as one.
// Node: lib/internal/readline/utils.js emitKeys
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = {
      sequence: null,
      name: undefined,
      ctrl: false,
      meta: false,
      shift: false,
    };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      // An ANSI escape sequence.
      let code = ch;
      let modifier = 0;

      if (ch === 'O') {
        // ESC O letter, ESC O modifier letter
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        // ESC [ letter, ESC [ modifier letter, ESC [ [ modifier letter, ESC [ [ num char
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }

        // Buffer just enough for a whole sequence: up to three digits, then an optional
        // ";modifier", then the final character.
        const cmdStart = s.length - 1;
        if (isDigit(ch)) {
          s += (ch = yield);
          if (isDigit(ch)) {
            s += (ch = yield);
            if (isDigit(ch)) s += (ch = yield);
          }
        }
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }

        const cmd = s.slice(cmdStart);
        let match;
        if ((match = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd))) {
          if (match[4]) {
            code += match[4];
          } else {
            code += match[1] + match[3];
            modifier = (match[2] || 1) - 1;
          }
        } else if ((match = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd))) {
          code += match[4];
          modifier = (match[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }

      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;

      if (code in keyNames) {
        key.name = keyNames[code];
      } else if (code in shiftedKeyNames) {
        key.name = shiftedKeyNames[code];
        key.shift = true;
      } else if (code in ctrlKeyNames) {
        key.name = ctrlKeyNames[code];
        key.ctrl = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // ctrl+letter
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      // letter, digit, shift+letter
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // The escape-sequence timeout fed '' (a lone ESC), or ESC + some other character.
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;

    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      // A named character or sequence.
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // A single unnamed character such as '.'.
      stream.emit('keypress', s, key);
    }
    // Anything else is an unrecognised or broken escape sequence: nothing is emitted.
  }
}

// The longest common prefix of `strings` (compares only the smallest and largest after
// sorting).
// Node: lib/internal/readline/utils.js commonPrefix
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  for (let i = 0; i < min.length; i++) {
    if (min[i] !== max[i]) return min.slice(0, i);
  }
  return min;
}

// Node: lib/internal/util/inspect.js `ansi`: every ANSI escape sequence.
const ansiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

// Node: lib/internal/util/inspect.js stripVTControlCharacters
function stripVTControlCharacters(str) {
  return str.replace(ansiPattern, '');
}

// Node: lib/internal/util/inspect.js isZeroWidthCodePoint
function isZeroWidthCodePoint(code) {
  return code <= 0x1F || // C0 controls
    (code >= 0x7F && code <= 0x9F) || // C1 controls
    (code >= 0x300 && code <= 0x36F) || // combining diacritical marks
    (code >= 0x200B && code <= 0x200F) || // invisible modifiers
    (code >= 0x20D0 && code <= 0x20FF) || // combining marks for symbols
    (code >= 0xFE00 && code <= 0xFE0F) || // variation selectors
    (code >= 0xFE20 && code <= 0xFE2F) || // combining half marks
    (code >= 0xE0100 && code <= 0xE01EF); // variation selectors supplement
}

// East Asian wide and fullwidth code points (and the common emoji blocks) take two columns.
// Node: lib/internal/util/inspect.js isFullWidthCodePoint
function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f || // Hangul Jamo
    code === 0x2329 || code === 0x232a || // angle brackets
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) || // CJK radicals .. enclosed CJK
    (code >= 0x3250 && code <= 0x4dbf) || // enclosed CJK .. CJK extension A
    (code >= 0x4e00 && code <= 0xa4c6) || // CJK unified ideographs .. Yi radicals
    (code >= 0xa960 && code <= 0xa97c) || // Hangul Jamo extended-A
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe10 && code <= 0xfe19) || // vertical forms
    (code >= 0xfe30 && code <= 0xfe6b) || // CJK compatibility forms .. small form variants
    (code >= 0xff01 && code <= 0xff60) || // fullwidth forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) || // kana supplement
    (code >= 0x1f200 && code <= 0x1f251) || // enclosed ideographic supplement
    (code >= 0x1f300 && code <= 0x1f64f) || // pictographs, emoticons
    (code >= 0x20000 && code <= 0x3fffd) // CJK extension B .. tertiary ideographic plane
  );
}

// The number of terminal columns `str` takes.
// Node: lib/internal/util/inspect.js getStringWidth (the version without ICU)
function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = stripVTControlCharacters(str);
  str = str.normalize('NFC');
  for (const char of str) {
    const code = char.codePointAt(0);
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}

module.exports = {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  kSubstringSearch,
  CSI,
  getStringWidth,
  stripVTControlCharacters,
};
