Object.defineProperty(exports, 'getterName', { enumerable: true, get: function () { return 'from getter'; } });
