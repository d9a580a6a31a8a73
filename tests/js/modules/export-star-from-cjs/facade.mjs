export * from './legacy.cjs';
export { default } from './legacy.cjs';
