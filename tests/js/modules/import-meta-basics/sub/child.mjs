export const meta = import.meta;
export const info = `${import.meta.filename} in ${import.meta.dirname}, url ends with /sub/child.mjs: ${import.meta.url.endsWith('/sub/child.mjs')}`;
