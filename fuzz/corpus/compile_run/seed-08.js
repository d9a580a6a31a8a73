new Function("a", "b", "return a + b")(1, 2); (0, eval)("var gv = 1"); delete gv;
