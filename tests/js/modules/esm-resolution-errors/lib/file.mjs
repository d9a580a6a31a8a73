export default 'lib/file.mjs';
