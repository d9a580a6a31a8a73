// top-level await: a sibling that awaits a timer does not block a sync sibling; the importer runs after both
import './slow.mjs';
import './fast.mjs';
import { result } from './slow-value.mjs';
console.log('main body, result =', result);
