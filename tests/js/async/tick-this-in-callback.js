// inside a timer callback, this is the Timeout object returned by setTimeout/setInterval
const t = setTimeout(function () {
  console.log('timeout this is t:', this === t);
}, 1);
let runs = 0;
const iv = setInterval(function () {
  runs++;
  console.log('interval this is iv:', this === iv, runs);
  if (runs === 2) clearInterval(this);
}, 1);
