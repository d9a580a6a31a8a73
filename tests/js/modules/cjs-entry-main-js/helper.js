exports.say = () => 'hi from helper.js';
