let v = 'expression ' + (1 + 1);
export default v;
export function change() { v = 'changed'; }
