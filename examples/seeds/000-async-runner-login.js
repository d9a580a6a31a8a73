// The async(makeGenerator) runner of the first article, unmodified, driving its `login`
// example: stand-ins for getUser and crypto.hashAsync return promises that settle on a
// timer, like real I/O would.
function async(makeGenerator){
  return function () {
    var generator = makeGenerator.apply(this, arguments);

    function handle(result){
      // result => { done: [Boolean], value: [Object] }
      if (result.done) return Promise.resolve(result.value);

      return Promise.resolve(result.value).then(function (res){
        return handle(generator.next(res));
      }, function (err){
        return handle(generator.throw(err));
      });
    }

    try {
      return handle(generator.next());
    } catch (ex) {
      return Promise.reject(ex);
    }
  }
}

// Stand-ins for the article's I/O.
var users = { alice: { name: 'alice', salt: 'NaCl', hash: 'secretNaCl!' } };
function getUser(username) {
  console.log('getUser(' + username + ')');
  return new Promise(function (resolve, reject) {
    setTimeout(function () {
      if (users[username]) resolve(users[username]);
      else reject(new Error('No such user: ' + username));
    }, 10);
  });
}
var crypto = {
  hashAsync: function (text) {
    console.log('hashAsync(' + text + ')');
    return new Promise(function (resolve) {
      setTimeout(function () { resolve(text + '!'); }, 10);
    });
  }
};
function Session() { this.user = null; }
Session.prototype.setUser = function (user) { this.user = user; };

var login = async(function* (username, password, session) {
    var user = yield getUser(username);
    var hash = yield crypto.hashAsync(password + user.salt);
    if (user.hash !== hash) {
        throw new Error('Incorrect password');
    }
    session.setUser(user);
});

var session = new Session();
var attempt = login('alice', 'secret', session);
console.log('login returned a promise:', attempt instanceof Promise);
attempt.then(function () {
  console.log('logged in as', session.user.name);
  return login('alice', 'guess', new Session());
}).catch(function (err) {
  console.log('second login failed:', err.message);
  return login('mallory', 'x', new Session());
}).catch(function (err) {
  console.log('third login failed:', err.message);
});
