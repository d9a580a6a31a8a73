export let calls = 0;
export function then(resolve, reject) {
  calls++;
  resolve(`resolved by exported then (call ${calls})`);
}
