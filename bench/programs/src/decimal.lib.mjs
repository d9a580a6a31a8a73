// Library entry for decimal-math.js: exposes decimal.js as the global `decimalLib`.
import Decimal from 'decimal.js';
export { Decimal };
