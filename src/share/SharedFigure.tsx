import { useContext, useEffect, useRef, useState } from 'react';
import { ChartFigure, type ChartFigureProps } from '../charts/ChartFigure';
import { useI18n } from '../i18n/I18nProvider';
import { CopyLinkButton } from './CopyLinkButton';
import { DataTable } from './DataTable';
import { downloadBlob } from './download';
import { DownloadMenu } from './DownloadMenu';
import { EmbedButton } from './EmbedDialog';
import { exportFigure, type ExportRequest } from './exportFigure';
import type { FigureData } from './figureData';
import { FigureViewsContext } from './figureViews';
import { ShareIcon } from './ShareIcon';
import './share.css';

export interface SharedFigureProps extends ChartFigureProps {
  /**
   * What the chart shows; without it (loading, or nothing to show yet) the figure is a plain
   * `ChartFigure`, with `id` as its anchor.
   */
  data?: FigureData;
}

/**
 * A chart figure that can also show its data as a table, download itself (PNG, SVG, CSV, JSON),
 * copy a link to itself and be embedded, all from `data`.
 */
// One component whether or not `data` has arrived: the figure and its chart body must not remount
// when the data comes (the chart's size is measured on that element).
export function SharedFigure({ data, children, ...figure }: SharedFigureProps) {
  const { t, lang } = useI18n();
  const [ownView, setOwnView] = useState<'chart' | 'table'>('chart');
  const pageViews = useContext(FigureViewsContext);
  const [failed, setFailed] = useState(false);
  const figureRef = useRef<HTMLElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const chartId = data?.chartId ?? figure.id;
  const keptByPage = pageViews !== null && chartId !== undefined;
  const view = keptByPage ? (pageViews.isTable(chartId) ? 'table' : 'chart') : ownView;
  const setView = (next: 'chart' | 'table') => {
    if (keptByPage) pageViews.show(chartId, next);
    else setOwnView(next);
  };

  useEffect(() => {
    if (chartId && window.location.hash === `#${chartId}`) figureRef.current?.scrollIntoView();
  }, [chartId]);

  const download = async (request: ExportRequest) => {
    if (!data) return;
    setFailed(false);
    try {
      const charts = [
        ...(chartRef.current?.querySelectorAll<SVGSVGElement>('svg[role="img"]') ?? []),
      ];
      const file = await exportFigure(data, charts, request, lang);
      downloadBlob(file.blob, file.fileName);
    } catch {
      setFailed(true);
    }
  };

  const actions = data ? (
    <div className="share-tools" role="group" aria-label={t.share.tools}>
      <div className="share-switch" role="group" aria-label={t.share.showAs}>
        <button
          type="button"
          className="share-button"
          aria-pressed={view === 'chart'}
          onClick={() => setView('chart')}
        >
          <ShareIcon name="chart" />
          {t.share.chart}
        </button>
        <button
          type="button"
          className="share-button"
          aria-pressed={view === 'table'}
          onClick={() => setView('table')}
        >
          <ShareIcon name="table" />
          {t.share.table}
        </button>
      </div>
      <DownloadMenu onDownload={(request) => void download(request)} />
      <CopyLinkButton chartId={data.chartId} />
      <EmbedButton data={data} />
      {failed ? (
        <p role="alert" className="share-error">
          {t.share.downloadFailed}
        </p>
      ) : null}
    </div>
  ) : null;

  return (
    <ChartFigure {...figure} id={chartId} figureRef={figureRef} actions={actions}>
      {/* The chart stays mounted behind the table: it keeps its measured size and can be exported. */}
      <div ref={chartRef} hidden={data !== undefined && view === 'table'}>
        {children}
      </div>
      {data && view === 'table' ? (
        <div className="share-table-view">
          <DataTable data={data} />
          <p className="chart-summary">{data.summary}</p>
        </div>
      ) : null}
    </ChartFigure>
  );
}
