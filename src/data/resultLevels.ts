/** The four levels at which regional collaboration reports results (source 001). */
export const RESULT_LEVELS = ['policy', 'collaboration', 'organisation', 'individual'] as const;
export type ResultLevel = (typeof RESULT_LEVELS)[number];
