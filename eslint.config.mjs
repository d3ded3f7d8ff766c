// Lint keeps each folder to what its process may import: the folder is the process.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'Node modules belong in electron/ only.' };
const electronImport = { name: 'electron', message: 'Only electron/ (and its platform layer) may import Electron.' };

const ariaImport = {
  name: 'react-aria-components',
  message: 'Use the shared components in renderer/src/ui/ (they wrap react-aria once, with Hearth\'s styles).',
};
const dexieImports = ['dexie', 'dexie-react-hooks'].map((name) => ({
  name,
  message: 'Only the data core (renderer/src/data/) talks to Dexie; use its repositories.',
}));
// A feature's public face is its index.ts: `@renderer/features/<name>`. Within a feature, imports stay relative.
const featureDeepImport = {
  group: ['@renderer/features/*/**', '**/features/*/**'],
  message: 'Import another feature only through its index: @renderer/features/<name>.',
};

// Features use the data core through its public face only; its inner files are its own business. The vault's
// screens (unlock, first run, Security) and Backups (back up, restore, open export) are the data core's own
// controls, and tests set up real stores, so these may reach inside.
const dataDeepImport = {
  group: ['@renderer/data/*'],
  message: 'Use the data core through its public face: @renderer/data.',
};

// The shell is a leaf: features, lib/, ui/ and platform/ never import it; what several of them share
// (settings, shortcuts, hooks) lives in renderer/src/lib/. Only app/ itself and the entry import app/.
const shellImport = {
  regex: '^(@renderer/app|(\\.\\./)+app)(/|$)',
  message: 'Only renderer/src/app/ and main.tsx import the shell; shared code belongs in renderer/src/lib/.',
};

/** What a renderer file may not import; each flag says whether that restriction applies to the folder. */
function rendererImports({ aria = true, dexie = true, deep = true, shell = true, data = true }) {
  return [
    'error',
    {
      paths: [electronImport, ...(aria ? [ariaImport] : []), ...(dexie ? dexieImports : [])],
      patterns: [
        nodeBuiltins,
        { group: ['**/electron/**'], message: 'The page reaches main only through the bridge.' },
        ...(deep ? [featureDeepImport] : []),
        ...(shell ? [shellImport] : []),
        ...(data ? [dataDeepImport] : []),
      ],
    },
  ];
}

// Outside the platform layer, main reaches Electron only through the Platform interface (types are fine).
const electronThroughPlatform = {
  name: 'electron',
  message: 'Reach Electron through the Platform interface (electron/platform/Platform.ts).',
  allowTypeImports: true,
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'types/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, { name: 'react', message: 'shared/ is plain TypeScript.' }, { name: 'dexie', message: 'shared/ is plain TypeScript.' }],
          patterns: [nodeBuiltins, { group: ['**/electron/**', '**/renderer/**', '@renderer/*'], message: 'shared/ imports neither process.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': rendererImports({}),
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'hearth', message: 'Read the bridge through renderer/src/platform/bridge.ts only.' },
      ],
    },
  },
  // The page's own boundaries. A file gets one no-restricted-imports list (a later block replaces, not adds
  // to, an earlier one), so each block below repeats the full list minus the one thing its folder may do.
  {
    // ui/ is the one place that wraps react-aria-components (styles, the CSP guard, names) for everyone.
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports({ aria: false }) },
  },
  {
    // Only the data core talks to IndexedDB through Dexie.
    files: ['renderer/src/data/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports({ dexie: false }) },
  },
  {
    files: ['renderer/src/features/vault/**/*.{ts,tsx}', 'renderer/src/features/backups/**/*.{ts,tsx}', 'renderer/src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports({ data: false }) },
  },
  {
    // The shell: it may import itself, and its route table loads each screen's own module (lazily, so the
    // screen stays out of the start-up script) rather than the feature's index.
    files: ['renderer/src/app/**/*.{ts,tsx}', 'renderer/src/main.tsx'],
    rules: { 'no-restricted-imports': rendererImports({ deep: false, shell: false, data: false }) },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '@renderer/*'], message: 'main never imports the page.' }] },
      ],
    },
  },
  {
    // Only the Electron platform layer, the entry point and the preload touch Electron itself. Type-only
    // imports are allowed (they vanish at build time): electron/security/windowOptions.ts is typed against
    // Electron's BrowserWindow options without loading Electron, so its unit tests run in plain Node.
    // The typescript-eslint version of the rule is used because only it knows `import type`.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/platform/electron*.ts', 'electron/preload/**', 'electron/electron*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronThroughPlatform],
          patterns: [{ group: ['**/renderer/**', '@renderer/*'], message: 'main never imports the page.' }],
        },
      ],
    },
  },
  {
    // Services know nothing of IPC: they throw their own errors (or answer typed results), and the handlers in
    // electron/ipc/ map them to IPC error codes. Repeats the block above's rule, since a later block replaces it.
    files: ['electron/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronThroughPlatform],
          patterns: [
            { group: ['**/renderer/**', '@renderer/*'], message: 'main never imports the page.' },
            {
              group: ['../ipc', '../ipc/**', '**/electron/ipc/**'],
              message: 'Services know nothing of IPC: throw the service’s own error and map it in its *.handlers.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [nodeBuiltins, { group: ['zod'], message: 'The preload validates nothing; main does.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.mts', '*.mjs', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
