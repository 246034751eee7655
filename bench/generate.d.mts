export function parseSize(text: string): number;
export function seededRandom(seed: number): () => number;
export function zipfPicker(count: number, exponent: number, random: () => number): () => number;
export function generateProjects(rowCount: number, seed: number, metadata: unknown): unknown;
export function toRowForm(file: unknown): unknown;
