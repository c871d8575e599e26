export declare function formatDouble17g(x: number): string;
