exports.loadedDuring = module.loaded;
