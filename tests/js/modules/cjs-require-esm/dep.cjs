exports.value = 'cjs dep';
