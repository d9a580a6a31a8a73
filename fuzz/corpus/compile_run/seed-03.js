function f(a = b, b) {} try { f(); } catch (e) { e.name; } label: for (;;) { try { break label; } finally { continue label; } }
