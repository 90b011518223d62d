export * from './model.js';
export * from './config/types.js';
export * from './catalog/types.js';
export * from './catalog/sink-path.js';
export * from './policy/index.js';
