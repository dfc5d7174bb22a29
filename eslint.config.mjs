// Lint: mistakes the compiler lets through (unawaited promises, promises where a callback's return is
// ignored, awaits of non-promises, casts that do nothing) and the layers of the source tree, which
// say where code runs:
//   src/core      pure: runs in the CLI, the worker, the export host and the webview. No vscode, no
//                 Node built-ins or globals, no other layer.
//   src/webview   the browser bundle: only the typed messages (src/protocol) and the core render
//                 files it names below.
//   src/extension VS Code glue: never loads the checker, the language core or the export writers
//                 (they run in the check worker, src/worker, or in the export host); types are fine.
// Formatting is Prettier's (eslint-config-prettier turns off every rule that would disagree).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  ...new Set(builtinModules.filter((m) => !m.startsWith('_')).flatMap((m) => [m, `node:${m.replace(/^node:/, '')}`])),
];
const nodeGlobals = [
  'process',
  'Buffer',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
  'clearImmediate',
];

const restrictedGlobals = (where) =>
  nodeGlobals.map((name) => ({ name, message: `${where} runs outside Node too: no '${name}' here.` }));

/** Import rules for one folder; `typeImportsAllowed` lets `import type` through (types leave no code). */
const importRules = ({ paths = [], patterns = [] }) => ({ paths, patterns });

const core = importRules({
  paths: [
    { name: 'vscode', message: 'src/core is pure: the VS Code API belongs in src/extension.' },
    ...nodeBuiltins.map((name) => ({
      name,
      message: 'src/core is pure: Node built-ins belong in src/node, src/worker or src/cli.',
    })),
  ],
  patterns: [
    { regex: '^node:', message: 'src/core is pure: Node built-ins belong in src/node, src/worker or src/cli.' },
    {
      regex: '^(\\.\\./)+(extension|node|cli|webview|worker|protocol)(/|$)',
      message: 'src/core imports no other layer: the other layers import the core.',
    },
  ],
});

// The preview bundle: messages and the pure helpers it shares with the export renderer (figureParts:
// how sharp an export's PNG must be for the size it is printed at, the same rule for both).
const WEBVIEW_CORE_FILES = ['core/render/svgText', 'core/layout/elkOptions', 'core/export/figureParts'];
const webview = importRules({
  paths: [
    {
      name: 'vscode',
      message: 'The webview talks to the extension through messages (src/protocol), not the VS Code API.',
    },
    ...nodeBuiltins.map((name) => ({ name, message: 'The webview runs in a browser: no Node built-ins.' })),
  ],
  patterns: [
    { regex: '^node:', message: 'The webview runs in a browser: no Node built-ins.' },
    {
      regex: `^\\.\\./(?!(protocol/[A-Za-z]+|${WEBVIEW_CORE_FILES.join('|')})$)`,
      message: `src/webview imports only src/protocol and ${WEBVIEW_CORE_FILES.map((f) => `src/${f}`).join(', ')}.`,
    },
  ],
});

const offHost =
  'runs in the check worker (src/worker) or the export host, never in dist/extension.js; import only its types here.';
const extension = importRules({
  paths: ['yaml', 'ajv', 'docx', 'exceljs', 'markdown-it', 'mermaid', 'playwright-core'].map((name) => ({
    name,
    message: `'${name}' must stay out of the activation bundle (dist/extension.js): use it in the worker, the export host or the CLI.`,
    allowTypeImports: true,
  })),
  patterns: [
    {
      regex: '^(\\.\\./)+core/(check|rules|language)(/|$)',
      message: `The checker and the language core ${offHost}`,
      allowTypeImports: true,
    },
    {
      regex: '^(\\.\\./)+core/export/(?!(documentModel|formats)$)',
      message: `The export writers: this ${offHost}`,
      allowTypeImports: true,
    },
    { regex: '^(\\.\\./)+worker(/|$)', message: `src/worker ${offHost}`, allowTypeImports: true },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out/',
      'node_modules/',
      '.cache/',
      '.vshost/',
      'src/core/generated/',
      'src/webview/generated/',
      'test/browser/fixtures/',
      'scripts/vscode-host/vsix-test-runner/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './src/webview/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/require-array-sort-compare': ['error', { ignoreStringArrays: true }],
      '@typescript-eslint/restrict-plus-operands': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    rules: {
      // The build is CommonJS: `import x = require()` of the generated validator, the lazy require of
      // dist/exportHost.js and the .cjs/bin entry points are deliberate.
      '@typescript-eslint/no-require-imports': 'off',
      // Control characters in this code's regular expressions are what it escapes or strips (CSS
      // strings, Trojan Source bidi controls), never typos.
      'no-control-regex': 'off',
      // Tests match YAML indentation literally ('   - id'); counted spaces read worse there.
      'no-regex-spaces': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
  },
  {
    // Functions these files hand to page.evaluate run in the browser page.
    files: ['bench/preview.bench.mjs', 'scripts/vscode-host/workbench.mjs'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        MutationObserver: 'readonly',
        requestAnimationFrame: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs', 'bin/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly' },
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', core],
      'no-restricted-globals': ['error', ...restrictedGlobals('src/core')],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', webview],
      'no-restricted-globals': ['error', ...restrictedGlobals('src/webview')],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', extension] },
  },
  prettier,
);
