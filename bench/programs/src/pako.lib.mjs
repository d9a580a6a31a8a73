// Library entry for pako-deflate.js: exposes pako's exports as the global `pakoLib`.
export * from 'pako';
