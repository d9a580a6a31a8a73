import { computed } from './dynamic-keys.cjs';
console.log(computed);
