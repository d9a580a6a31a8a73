import cfg from './config.json' with { type: 'json' };
export const readBack = () => cfg.added;
