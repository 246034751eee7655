/** Charts no filter changes (the national survey, the published sector order): their embeds show no filters and offer none to lock. */
export const UNFILTERED_CHARTS: ReadonlySet<string> = new Set(['survey-national', 'sectors-order']);

/** The message an embedded chart posts to its host page whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'si-dashboard:height';

/** `${origin}/embed/<chartId>?<the page's search>`, plus `lock=1` when the filters are locked. */
export function embedUrl(origin: string, chartId: string, search: string, lock: boolean): string {
  const params = new URLSearchParams(search);
  params.delete('lock');
  if (lock) params.set('lock', '1');
  const query = params.toString();
  return `${origin}/embed/${encodeURIComponent(chartId)}${query ? `?${query}` : ''}`;
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** A JavaScript string literal that cannot end the surrounding `<script>` element. */
function scriptString(text: string): string {
  return JSON.stringify(text).replaceAll('<', '\\u003c');
}

/**
 * The HTML a host page pastes to embed a chart: an iframe, and a script that sets its height from
 * the chart's height messages, accepted only from that iframe and the dashboard's origin. Shown to
 * be copied, never rendered by the dashboard.
 */
export function embedSnippet({
  url,
  title,
  chartId,
}: {
  url: string;
  title: string;
  chartId: string;
}): string {
  const origin = new URL(url).origin;
  return [
    `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" loading="lazy" style="width:100%;border:0"></iframe>`,
    '<script>',
    '(function () {',
    '  var frame = document.currentScript.previousElementSibling;',
    "  window.addEventListener('message', function (event) {",
    `    if (event.origin !== ${scriptString(origin)} || event.source !== frame.contentWindow) return;`,
    '    var data = event.data;',
    `    if (!data || data.type !== ${scriptString(EMBED_HEIGHT_MESSAGE)} || data.chartId !== ${scriptString(chartId)}) return;`,
    "    if (typeof data.height === 'number' && data.height > 0) frame.style.height = Math.ceil(data.height) + 'px';",
    '  });',
    '})();',
    '</script>',
  ].join('\n');
}
