globalThis.evaluated.push('wants-missing');
import { present, absent } from './provider.mjs';
