export * from './draft.js';
export * from './write.js';
export * from './catalog.js';
