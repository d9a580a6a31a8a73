export const ok = 'yes';
