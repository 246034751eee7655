import type { ProjectsDataset } from '../src/data/projectsSchema';

export function parseSize(text: string): number;
export function seededRandom(seed: number): () => number;
export function zipfPicker(count: number, exponent: number, random: () => number): () => number;
/** A columnar projects file (see src/data/projectsColumnsFile.ts), as plain JSON. */
export function generateProjects(
  rowCount: number,
  seed: number,
  metadata: unknown,
): { encoding: 'columns'; rowCount: number; columns: Record<string, unknown> } & Record<
  string,
  unknown
>;
export function toRowForm(file: unknown): ProjectsDataset;
