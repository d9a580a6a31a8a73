export { "a-b", "with space" as "re exported" } from './names.mjs';
export * as "namespace-as-string" from './names.mjs';
