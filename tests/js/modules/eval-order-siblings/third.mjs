import './first.mjs';
import './second-child.mjs';
console.log('third');
