// Types of bench/families.mjs for the tests that use it.
export declare const FAMILIES: Readonly<Record<string, (i: number) => string>>;
export declare function familyText(name: string, bytes: number): string;
export declare const FORMATS: Readonly<Record<string, 'md'>>;
