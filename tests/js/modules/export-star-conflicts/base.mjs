export const shared = 'base';
