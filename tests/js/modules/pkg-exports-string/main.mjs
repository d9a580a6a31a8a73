// package resolution: "exports" as a string maps only the package root; deep paths and package.json are not exported
import value from 'sugar';
console.log(value);
const clean = (s) => s.replaceAll(import.meta.dirname, '<dir>');
for (const spec of ['sugar/lib/index.js', 'sugar/package.json', 'sugar/lib/hidden.js']) {
  try {
    await import(spec);
    console.log(spec, 'loaded');
  } catch (e) {
    console.log(spec, e.code, clean(e.message));
  }
}
console.log('exports takes precedence over main:', (await import('sugar')).default === value);
