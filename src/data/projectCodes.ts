// The projects' code lists, apart from their schema so that the page shell and the views can use
// them without loading zod.
export const FUNDS = ['ESF+', 'ESF', 'ERDF'] as const;
export const PROGRAMME_AREAS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
