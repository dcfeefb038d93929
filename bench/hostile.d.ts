/** Hostile inputs by file name (see hostile.js). */
export declare const HOSTILE_CASES: Record<string, string>;
