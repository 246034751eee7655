import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/share/embedSnippet';

describe('embedUrl', () => {
  it('keeps the page’s filters and adds lock=1 only when asked', () => {
    expect(embedUrl('https://x.se', 'survey-national', '?lang=en&region=SE22', false)).toBe(
      'https://x.se/embed/survey-national?lang=en&region=SE22',
    );
    expect(embedUrl('https://x.se', 'survey-national', '?lock=1&lang=en', true)).toBe(
      'https://x.se/embed/survey-national?lang=en&lock=1',
    );
    expect(embedUrl('https://x.se', 'survey-national', '', false)).toBe(
      'https://x.se/embed/survey-national',
    );
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    url: 'https://x.se/embed/survey-national?lang=en&region=SE22',
    title: 'Which "competences" </script><b>',
    chartId: 'survey-national',
  });

  it('is an iframe that loads lazily, with its title escaped', () => {
    expect(snippet).toContain(
      '<iframe src="https://x.se/embed/survey-national?lang=en&amp;region=SE22" title="Which &quot;competences&quot; &lt;/script&gt;&lt;b&gt;" loading="lazy" style="width:100%;border:0"></iframe>',
    );
  });

  it('sets the height only from height messages of that chart, that frame and that origin', () => {
    expect(snippet).toContain('event.origin !== "https://x.se"');
    expect(snippet).toContain('event.source !== frame.contentWindow');
    expect(snippet).toContain('data.type !== "si-dashboard:height"');
    expect(snippet).toContain('data.chartId !== "survey-national"');
    expect(snippet.match(/<\/script>/g)).toHaveLength(1);
  });
});
