export default class { hi() { return 'anon class method'; } }
