export declare function opAt(seq: number): {
    key: string;
    value: string | undefined;
};
