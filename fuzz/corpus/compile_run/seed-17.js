class C { static [Symbol.hasInstance](v) { return !!v; } } 1 instanceof C; "x" in { x: 1 };
