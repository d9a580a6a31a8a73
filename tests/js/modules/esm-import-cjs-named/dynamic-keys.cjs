const key = 'comp' + 'uted';
exports[key] = 'computed value';
