if (typeof module === 'object') {
  module.exports = { mode: 'returned early from an if block' };
  return;
}
module.exports = { mode: 'fell through' };
