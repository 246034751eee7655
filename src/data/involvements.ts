// Apart from the schema, so that a view can list them without loading zod.
export const INVOLVEMENTS = ['lead', 'involved', 'none'] as const;
export type Involvement = (typeof INVOLVEMENTS)[number];
