import type { ServiceModel } from './model.js';
export declare const SQS_MODEL: ServiceModel;
export declare const SNS_MODEL: ServiceModel;
