// process.env: assignments are stored as strings, delete and `in` work, keys and copies reflect changes, defineProperty is restricted
const env = process.env;
env.SPX_NUM = 1; console.log(env.SPX_NUM, typeof env.SPX_NUM);
env.SPX_UNDEF = undefined; console.log(env.SPX_UNDEF, typeof env.SPX_UNDEF);
env.SPX_NULL = null; console.log(env.SPX_NULL);
env.SPX_BOOL = true; console.log(env.SPX_BOOL);
env.SPX_OBJ = { toString() { return 'custom'; } }; console.log(env.SPX_OBJ);
env.SPX_ARR = [1, 2]; console.log(env.SPX_ARR);
env.SPX_BIG = 5n; console.log(env.SPX_BIG);
console.log('SPX_NUM' in env, Object.keys(env).includes('SPX_NUM'), Object.prototype.hasOwnProperty.call(env, 'SPX_NUM'));
console.log(delete env.SPX_NUM, 'SPX_NUM' in env, env.SPX_NUM, Object.keys(env).includes('SPX_NUM'));
console.log(delete env.SPX_NEVER_SET, env.SPX_NEVER_SET);
try { env.SPX_SYM = Symbol('x'); } catch (e) { console.log('symbol value:', e.name); }
console.log(env.spx_bool, typeof env.SPX_NOT_THERE);
const copy = { ...env };
console.log(copy.SPX_BOOL, Object.getPrototypeOf(copy) === Object.prototype);
console.log(JSON.stringify(env).includes('"SPX_BOOL":"true"'));
console.log(Object.getOwnPropertyDescriptor(env, 'SPX_BOOL'));
Object.defineProperty(env, 'SPX_DEF', { value: 'v', writable: true, enumerable: true, configurable: true });
console.log(env.SPX_DEF);
try { Object.defineProperty(env, 'SPX_DEF2', { get() { return 1; } }); } catch (e) { console.log(e.name, e.code, e.message); }
try { Object.defineProperty(env, 'SPX_DEF3', { value: 'v' }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.keys(env).filter((k) => k.startsWith('SPX_')).sort());
for (const k of Object.keys(env)) if (k.startsWith('SPX_')) delete env[k];
console.log(Object.keys(env).filter((k) => k.startsWith('SPX_')).length, typeof env.PATH);
