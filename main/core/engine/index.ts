export * from './types';
export { step, initialState } from './step';
export { describeStatus, type EngineStatus } from './status';
export { nextBreak } from './schedule';
