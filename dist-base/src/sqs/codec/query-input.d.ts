import type { ServiceModel } from './model.js';
export type Params = ReadonlyMap<string, string>;
export declare function decodeQueryInput(model: ServiceModel, shapeName: string, params: Params): Record<string, unknown>;
export declare function decodeBase64(text: string, name: string): Buffer;
