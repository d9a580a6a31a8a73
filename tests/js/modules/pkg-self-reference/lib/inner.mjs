import value from 'my-self-ref-lib';
export const viaSelf = 'inner got ' + value;
