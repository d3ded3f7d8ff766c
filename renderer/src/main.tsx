/** The renderer's entry: zod's CSP-safe mode, the bundled font and the theme first, then the app into #root. */
// Must stay the first import: it configures zod before any shared module builds a schema.
import './app/zodWithoutEval';
import '@fontsource-variable/literata/opsz.css';
import './theme/tokens.css';
import './theme/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { guardAgainstInjectedStyles } from './ui/reactAriaStyleGuard';

guardAgainstInjectedStyles();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element.');

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
