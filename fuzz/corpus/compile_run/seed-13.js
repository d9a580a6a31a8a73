try { throw { toString() { throw 1; } }; } catch ({ message = "m" }) {} finally { void 0; }
