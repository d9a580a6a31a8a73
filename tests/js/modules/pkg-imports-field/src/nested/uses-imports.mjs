import config from '#config';
export const fromNested = 'nested sees ' + config;
