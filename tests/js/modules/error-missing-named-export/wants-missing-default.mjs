globalThis.evaluated.push('wants-missing-default');
import provider from './provider.mjs';
