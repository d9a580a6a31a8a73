globalThis.thingLoaded = true;
