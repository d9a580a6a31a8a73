export default 'cond-import.mjs';
