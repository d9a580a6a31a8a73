export default 'lib/index.mjs';
