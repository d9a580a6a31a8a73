module.exports = 'cond-require.cjs';
