export const upper = (s) => s.toUpperCase();
