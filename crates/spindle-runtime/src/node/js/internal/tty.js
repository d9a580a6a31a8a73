'use strict';
// How many colours a terminal shows, read from the environment the way Node (and the
// `supports-color` package it follows) reads it.
// Node: lib/internal/tty.js getColorDepth / hasColors

const { validateInteger } = require('internal/validators');

// Bits of colour: 2, 16, 256 and 16 million colours.
const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16M = 24;

// Terminals known by name (from dircolors); the rest are matched by pattern.
const TERMINALS = {
  __proto__: null,
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16,
  dtterm: COLORS_16, gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16,
  konsole: COLORS_16, kterm: COLORS_16, mlterm: COLORS_16, mosh: COLORS_16M,
  putty: COLORS_16, st: COLORS_16, 'rxvt-unicode-24bit': COLORS_16M,
  terminator: COLORS_16M,
};
const TERMINAL_PATTERNS = [
  /ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/,
];
const CI_WITH_COLOURS = [
  'APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS',
];

let warned = false;
// FORCE_COLOR wins over NO_COLOR / NODE_DISABLE_COLORS; say so once.
function warnOnDeactivatedColors(env) {
  if (warned) return;
  const names = [];
  if (env.NODE_DISABLE_COLORS !== undefined) names.push('NODE_DISABLE_COLORS');
  if (env.NO_COLOR !== undefined) names.push('NO_COLOR');
  if (names.length === 0) return;
  process.emitWarning(
    `The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
    'Warning');
  warned = true;
}

function forcedColorDepth(env) {
  switch (env.FORCE_COLOR) {
    case '': case '1': case 'true': warnOnDeactivatedColors(env); return COLORS_16;
    case '2': warnOnDeactivatedColors(env); return COLORS_256;
    case '3': warnOnDeactivatedColors(env); return COLORS_16M;
    default: return COLORS_2;
  }
}

/// Node: lib/internal/tty.js getColorDepth
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedColorDepth(env);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    return CI_WITH_COLOURS.some((name) => name in env) || env.CI_NAME === 'codeship' ?
      COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ?
        COLORS_256 : COLORS_16M;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16M;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16M;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (TERMINALS[term]) return TERMINALS[term];
    if (TERMINAL_PATTERNS.some((pattern) => pattern.test(term))) return COLORS_16;
  }
  // A COLORTERM that names no depth still means 16 colours.
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

/// Node: lib/internal/tty.js hasColors — `hasColors([count][, env])`.
function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
