export default 'src/config.mjs';
