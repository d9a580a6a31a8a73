console.log('loading beta');
export default () => 'beta says hi';
export const kind = 'B';
