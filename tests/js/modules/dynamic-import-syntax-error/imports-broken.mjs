globalThis.ran.push('imports-broken');
import './ok.mjs';
import './broken.mjs';
