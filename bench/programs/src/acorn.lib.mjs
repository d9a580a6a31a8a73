// Library entry for acorn-parse.js: exposes acorn's exports as the global `acornLib`.
export * from 'acorn';
