// timers with the same delay run in creation order
for (let i = 0; i < 8; i++) {
  setTimeout(() => console.log('thirty', i), 30);
}
for (let i = 0; i < 4; i++) {
  setTimeout(() => console.log('zero', i), 0);
}
console.log('created');
