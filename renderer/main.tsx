import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api';
import { App } from './app';
import { initI18n, pickLanguage } from './i18n';
import './styles.css';

const boot = async () => {
  // The browser preview brings its own in-memory bridge over the real core; the app build never includes it.
  if (import.meta.env.MODE === 'web' && !window.unknot) {
    const { installPreviewBridge } = await import('./preview/preview-bridge');
    installPreviewBridge(new URLSearchParams(window.location.search));
  }
  const setting = await call('getSettings').then((s) => s.app.language, () => 'auto');
  const language = pickLanguage(setting, navigator.language);
  document.documentElement.lang = language;
  await initI18n(language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};

void boot();
