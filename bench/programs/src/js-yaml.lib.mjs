// Library entry for yaml-roundtrip.js: exposes js-yaml's exports as the global `yamlLib`.
export { load, dump } from 'js-yaml';
