/** The engine's public surface: the only path other layers import from. */
export * from './types/objects';
export type * from './types/history';
export * from './api/errors';
export type * from './api/types';
export type * from './clusterTypes';
