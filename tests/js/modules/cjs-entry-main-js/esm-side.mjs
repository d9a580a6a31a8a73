import helper from './helper.js';
export default 'esm default';
export const fromCjs = helper.say();
