console.log('other body, calling later early:', later());
export function later() { return 'later-result'; }
