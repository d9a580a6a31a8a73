// From the first seed article ("Introduction"): the eager version of count(n),
// before generators make it lazy.
function count(n){
  var res = []
  for (var x = 0; x < n; x++) {
    res.push(x)
  }
  return res
}

for (var x of count(5)) {
  console.log(x)
}
