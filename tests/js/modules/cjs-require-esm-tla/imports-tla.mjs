import { value } from './tla.mjs';
export const again = value;
