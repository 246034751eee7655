import type { Language } from '../i18n/format';
import { createI18n } from '../i18n/I18nProvider';
import { figureCsv, figureJson } from './csv';
import { exportFileName } from './download';
import type { FigureData } from './figureData';
import { svgToPng, withPngText, type PngText } from './png';
import { figureSvg, SIZE_PRESETS, type ExportTheme, type SizePreset } from './svgExport';

export type ExportFormat = 'png' | 'svg' | 'csv' | 'csv-semicolon' | 'json';

export interface ExportRequest {
  format: ExportFormat;
  /** For images only. */
  preset?: SizePreset;
  theme?: ExportTheme;
}

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

/** Title, source and summary of an image, and the illustrative-data mark where it applies. */
export function figurePngText(data: FigureData, lang: Language): PngText[] {
  const { t } = createI18n(lang);
  return [
    { keyword: 'Title', text: data.title },
    { keyword: 'Source', text: data.sourceLine },
    { keyword: 'Description', text: [data.summary, data.filterCaption].join(' ') },
    ...(data.illustrative ? [{ keyword: 'Disclaimer', text: t.share.illustrativeMark }] : []),
  ];
}

/** The file of one download: the figure's data as CSV or JSON, or the chart as SVG or PNG. */
export async function exportFigure(
  data: FigureData,
  charts: readonly SVGSVGElement[],
  request: ExportRequest,
  lang: Language,
): Promise<ExportedFile> {
  const { format, preset = '16:9', theme = 'light' } = request;
  switch (format) {
    case 'csv':
      return {
        blob: new Blob([figureCsv(data, lang)], { type: 'text/csv;charset=utf-8' }),
        fileName: exportFileName(data.chartId, lang, 'csv'),
      };
    case 'csv-semicolon':
      return {
        blob: new Blob([figureCsv(data, lang, 'semicolon')], { type: 'text/csv;charset=utf-8' }),
        fileName: exportFileName(`${data.chartId}-excel`, lang, 'csv'),
      };
    case 'json':
      return {
        blob: new Blob([figureJson(data)], { type: 'application/json' }),
        fileName: exportFileName(data.chartId, lang, 'json'),
      };
    case 'svg':
      return {
        blob: new Blob([figureSvg(data, charts, { preset, lang, theme })], {
          type: 'image/svg+xml',
        }),
        fileName: exportFileName(data.chartId, lang, 'svg', preset),
      };
    case 'png': {
      const { width, height } = SIZE_PRESETS[preset];
      const png = await svgToPng(figureSvg(data, charts, { preset, lang, theme }), width, height);
      const tagged = withPngText(png, figurePngText(data, lang), lang);
      return {
        blob: new Blob([tagged.slice().buffer], { type: 'image/png' }),
        fileName: exportFileName(data.chartId, lang, 'png', preset),
      };
    }
  }
}
