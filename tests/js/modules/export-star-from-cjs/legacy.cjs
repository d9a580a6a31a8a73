exports.alpha = 'alpha';
exports.beta = 'beta';
exports.gamma = () => 'gamma()';
