import { title } from './package-info.json' with { type: 'json' };
console.log(title);
