exports.name = 'helper';
