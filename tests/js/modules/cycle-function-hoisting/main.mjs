// import cycles: function declarations are hoisted and callable across a cycle before the other module body runs
import { isEven } from './even.mjs';
console.log('main running');
console.log(isEven(4), isEven(7));
