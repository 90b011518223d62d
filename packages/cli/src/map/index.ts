export * from './assign.js';
export * from './model.js';
export * from './escape.js';
export * from './html.js';
export * from './mermaid.js';
