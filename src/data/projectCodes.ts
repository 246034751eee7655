// The projects' code lists without their schema, for the URL parsers of the page shell (which
// loads no zod). projectsSchema.ts validates the same lists.
export const FUNDS = ['ESF+', 'ESF', 'ERDF'] as const;
export const PROGRAMME_AREAS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
