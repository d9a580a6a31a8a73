export * as math from './math.mjs';
export * as strings from './strings.mjs';
export * from './strings.mjs';
