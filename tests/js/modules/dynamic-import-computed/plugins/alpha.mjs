console.log('loading alpha');
export default function () { return 'alpha says hi'; }
export const kind = 'A';
