import type { Language } from '../i18n/format';
import type { SizePreset } from './svgExport';

const PRESET_FILE_PARTS: Record<SizePreset, string> = {
  '16:9': '16x9',
  '4:3': '4x3',
  square: 'square',
};

/** `survey-national-sv.csv`, `survey-national-en-16x9.png`. */
export function exportFileName(
  chartId: string,
  lang: Language,
  extension: string,
  preset?: SizePreset,
): string {
  const parts = [chartId, lang, ...(preset ? [PRESET_FILE_PARTS[preset]] : [])];
  return `${parts.join('-')}.${extension}`;
}

// Revoking at once can cancel a download the browser has not started reading yet.
const REVOKE_AFTER_MS = 10_000;

/** Saves `blob` under `fileName` through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
