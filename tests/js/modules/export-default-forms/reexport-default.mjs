export { default } from './named-fn.mjs';
export { default as original } from './expr.mjs';
