with ({ x: 1, [Symbol.unscopables]: { y: true } }) { x++; var y = eval("x + 1"); }
