// hasRef() of a timeout stays true while its callback runs and after it fired
const t = setTimeout(() => {
  console.log('in callback, hasRef', t.hasRef());
}, 1);
setTimeout(() => console.log('after fire, hasRef', t.hasRef()), 10);
