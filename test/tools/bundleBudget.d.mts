export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isDynamicEntry?: boolean;
  imports?: string[];
}
export function firstLoadScripts(indexHtml: string): string[];
export function staticClosure(
  manifest: Record<string, ManifestChunk>,
  key: string,
  seen?: Set<string>,
): Set<string>;
export function lazyChunks(
  manifest: Record<string, ManifestChunk>,
  firstLoadFiles: string[],
): { name: string; source: string; files: string[] }[];
export function budgetBreaches(
  firstLoad: { bytes: number; files: number },
  budget: { firstLoadJsGzipKiB: number; firstLoadJsFiles: number },
): string[];
export function pageFilesWithZod(files: string[], readText: (file: string) => string): string[];
