export default 'self index.mjs';
