import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.css';

const boot = async () => {
  // The browser preview brings its own in-memory bridge over the real core; the app build never includes it.
  if (import.meta.env.MODE === 'web' && !window.unknot) {
    const { installPreviewBridge } = await import('./preview/preview-bridge');
    installPreviewBridge(new URLSearchParams(window.location.search));
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};

void boot();
