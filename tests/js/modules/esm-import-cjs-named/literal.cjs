const x = 'X', y = 'Y';
function z() { return 'Z'; }
module.exports = { x, y, z: z() };
