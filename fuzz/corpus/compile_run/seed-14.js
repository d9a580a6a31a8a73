for (var k in { a: 1, b: 2 }) { if (k === "a") break; } for (let i = 0, j = () => i; i < 3; i++) j();
