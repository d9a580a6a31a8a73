console.log('dep body');
export const value = 'dep-value';
