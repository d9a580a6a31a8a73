export const sum = (bytes) => bytes.reduce((a, b) => a + b, 0);
