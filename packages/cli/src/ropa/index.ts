export * from './ropa.js';
export * from './render.js';
