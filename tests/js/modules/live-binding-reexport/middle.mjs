export { n, bump, n as renamed } from './source.mjs';
