import { type PropertiesFormat } from '../broker/index.js';
export declare const amqpPropertiesFormat: PropertiesFormat;
