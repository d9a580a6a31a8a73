globalThis.ran.push('broken');
export const x = ;
