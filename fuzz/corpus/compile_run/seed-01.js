var a = [1, , 3]; for (const [k, v] of a.entries()) { a[k + 5] = v ?? k; } a.length = 2;
