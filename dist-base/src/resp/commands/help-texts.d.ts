import type { ReplyWriter } from '../codec/index.js';
export declare const writeXinfoHelp: (w: ReplyWriter) => void;
export declare const writeXgroupHelp: (w: ReplyWriter) => void;
