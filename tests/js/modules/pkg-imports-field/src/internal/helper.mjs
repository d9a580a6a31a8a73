export default 'src/internal/helper.mjs';
