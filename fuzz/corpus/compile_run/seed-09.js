Object.defineProperty([], "length", { value: 1, writable: false }); Object.freeze(arguments => arguments);
