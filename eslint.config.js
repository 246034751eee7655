import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const srcDir = path.resolve(import.meta.dirname, 'src');

// Which layers of src/ each layer may import. Imports run one way:
// app -> features -> {data, filters, share, charts, presentation, i18n}; charts know no domain code.
const allowedImports = {
  app: ['app', 'features', 'data', 'filters', 'share', 'charts', 'presentation', 'i18n'],
  features: ['data', 'filters', 'share', 'charts', 'presentation', 'i18n'],
  share: ['share', 'charts', 'i18n'],
  filters: ['filters', 'data', 'i18n'],
  presentation: ['presentation', 'charts', 'i18n'],
  data: ['data'],
  i18n: ['i18n'],
  charts: ['charts'],
};

function layerOf(file) {
  const relative = path.relative(srcDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [layer, feature] = relative.split(path.sep);
  return { layer, feature: layer === 'features' ? feature : null };
}

const layersPlugin = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        docs: { description: 'Keep the layers of src/ importing one way.' },
        schema: [],
      },
      create(context) {
        const from = layerOf(context.filename);
        if (!from || !(from.layer in allowedImports)) return {};
        function check(node) {
          const specifier = node.source?.value;
          if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
          const to = layerOf(path.resolve(path.dirname(context.filename), specifier));
          if (!to) return;
          const sameFeature = from.feature !== null && from.feature === to.feature;
          if (sameFeature) return;
          if (from.feature && to.feature) {
            context.report({
              node,
              message: `Features do not import each other: ${from.feature} imports ${to.feature}.`,
            });
          } else if (!allowedImports[from.layer].includes(to.layer)) {
            context.report({
              node,
              message: `src/${from.layer} may not import from src/${to.layer} (allowed: ${allowedImports[from.layer].join(', ')}).`,
            });
          }
        }
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, layers: layersPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'layers/imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data never becomes HTML.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Data never becomes HTML.',
        },
        { selector: "NewExpression[callee.name='Function']", message: 'No code generation.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No code generation.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: "Import z from src/data/zod, which turns off zod's code generation.",
            },
            { name: 'd3', message: 'Import the d3 module you need (d3-scale, d3-array …).' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/data/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
