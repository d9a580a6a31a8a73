export { items } from './store.mjs';
