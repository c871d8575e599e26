import type { ServiceModel } from './model.js';
export declare function decodeJsonInput(model: ServiceModel, shapeName: string, body: unknown): Record<string, unknown>;
