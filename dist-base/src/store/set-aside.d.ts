/** Moves `dir` to a unique sibling name and returns it; `dir` itself when it cannot be moved. */
export declare function setAside(dir: string): string;
