switch (3) { case 1: let z; case 3: z = 4; default: function g() { return z; } } typeof g;
