export const items = [];
export function add(x) { items.push(x); }
export function current() { return 'original'; }
export function swap() {
  // reassigning a function declaration binding updates the export
  current = function replaced() { return 'replaced'; };
}
