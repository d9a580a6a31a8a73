export let value = 'initial';
export var status;
Promise.resolve().then(() => { value = 'from-promise'; });
export const whenDone = new Promise((resolve) => {
  setTimeout(() => { value = 'from-timer'; status = 'done'; resolve(); }, 5);
});
status = 'pending';
