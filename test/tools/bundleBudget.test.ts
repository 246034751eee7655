import { describe, expect, it } from 'vitest';
import { budgetBreaches, firstLoadScripts, lazyChunks, pageFilesWithZod } from './bundleBudget.mjs';

const indexHtml = `
  <script type="module" crossorigin src="/assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/shared-B.js">
  <link rel="stylesheet" crossorigin href="/assets/index-C.css">`;

const manifest = {
  'index.html': { file: 'assets/index-A.js', imports: ['_shared-B.js'] },
  '_shared-B.js': { file: 'assets/shared-B.js' },
  '_chart-D.js': { file: 'assets/chart-D.js', imports: ['_shared-B.js'] },
  'src/View.tsx': {
    file: 'assets/View-E.js',
    src: 'src/View.tsx',
    isDynamicEntry: true,
    imports: ['_chart-D.js'],
  },
};

describe('bundle budget', () => {
  it('counts the entry and its modulepreloads as first-load JS, not stylesheets', () => {
    expect(firstLoadScripts(indexHtml)).toEqual(['assets/index-A.js', 'assets/shared-B.js']);
  });

  it('charges a lazily loaded view only for the JS the first load lacks', () => {
    expect(lazyChunks(manifest, ['assets/index-A.js', 'assets/shared-B.js'])).toEqual([
      {
        name: 'src/View.tsx',
        source: 'src/View.tsx',
        files: ['assets/View-E.js', 'assets/chart-D.js'],
      },
    ]);
  });

  it('fails above the budget, in bytes or in files', () => {
    const budget = { firstLoadJsGzipKiB: 130, firstLoadJsFiles: 12 };
    expect(budgetBreaches({ bytes: 130 * 1024, files: 12 }, budget)).toEqual([]);
    expect(budgetBreaches({ bytes: 130 * 1024 + 1, files: 12 }, budget)).toEqual([
      '130.0 KiB > 130 KiB',
    ]);
    expect(budgetBreaches({ bytes: 1024, files: 13 }, budget)).toEqual(['13 files > 12']);
  });
});

describe('pageFilesWithZod', () => {
  it('finds zod in the page’s files, not in the dataset worker’s', () => {
    const texts: Record<string, string> = {
      'assets/app-1.js': 'const a = 1;',
      'assets/views-2.js': 'x._zod.def',
      'assets/datasetWorker-3.js': 'x._zod.def',
      'assets/app-1.js.map': '_zod',
    };
    expect(pageFilesWithZod(Object.keys(texts), (file) => texts[file] ?? '')).toEqual([
      'assets/views-2.js',
    ]);
  });
});
