export * from './evaluate.js';
export * from './legal.js';
export * from './match.js';
export * from './fingerprint.js';
export * from './severity.js';
export * from './suppressions.js';
export * from './baseline.js';
export * from './diff.js';
