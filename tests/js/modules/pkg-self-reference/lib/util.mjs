export function helper() { return 'self util helper'; }
