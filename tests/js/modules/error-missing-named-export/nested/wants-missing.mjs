globalThis.evaluated.push('nested');
import { present } from '../provider.mjs';
import { presentFn as renamed, alsoAbsent as renamedAbsent } from '../provider.mjs';
