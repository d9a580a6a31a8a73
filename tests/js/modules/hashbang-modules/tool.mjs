#!/usr/bin/env node
export const fromEsm = "esm with hashbang";
