// throws while being loaded
throw new ReferenceError('broken module failed to load');
