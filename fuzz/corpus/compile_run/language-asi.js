// automatic semicolon insertion, including the classic hazards
function returnNewline() {
  return
  'not returned';
}
console.log(returnNewline());

let a = 1
let b = 2
console.log(a + b)

// postfix ++ cannot follow a newline: it applies to the next line
let x = 1
let y = 1
x
++y
console.log(x, y)

// a line starting with ( continues the previous expression
const f = () => 'called'
const r = f
('arg')
console.log(r)

// a line starting with [ continues too
const arr = [1, 2, 3]
const v = arr
[1]
console.log(v)

// no ASI inside for headers
try {
  eval('for (let i = 0\n i < 1\n i++) {}')
  console.log('for header no error')
} catch (e) {
  console.log('for header', e.name)
}

// ASI before } and at end of input
function inline() { return 'inline' }
console.log(inline())
console.log(eval('1 + 1'))

// continue/break with label on next line
outer: for (let i = 0; i < 2; i++) {
  for (let j = 0; j < 2; j++) {
    break
    outer
  }
  console.log('inner broke only, i =', i)
}

// throw requires the expression on the same line (SyntaxError otherwise)
try {
  eval('throw\nnew Error("x")')
} catch (e) {
  console.log('throw newline', e.name)
}

// arrow functions: no line break before =>
try {
  eval('const g = ()\n=> 1')
} catch (e) {
  console.log('arrow newline', e.name)
}
