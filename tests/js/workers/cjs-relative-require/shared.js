// helper module one directory above the worker file
module.exports = { greet: (who) => `hello from shared, ${who}` };
