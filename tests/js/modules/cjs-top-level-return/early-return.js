exports.before = 'set before return';
return;
exports.after = 'never set';
