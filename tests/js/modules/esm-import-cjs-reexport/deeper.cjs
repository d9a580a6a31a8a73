exports.deeper = 'deeper-value';
