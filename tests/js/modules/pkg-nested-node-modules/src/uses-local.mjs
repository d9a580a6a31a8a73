import shared from 'shared';
export const local = shared;
