import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, pickLanguage } from '../i18n';
import { CalibrationView } from './calibration-view';
import { installFileFetch } from './file-fetch';
import { PosturePage } from './posture-page';
import './posture.css';

// The posture window's own entry (renderer/posture.html): it never loads the rest of the app.
// `?mode=calibrate` shows the calibration view; otherwise (`mode=sense`) it is the hidden sampler.
// The browser preview may add `bridge=preview` to send the numbers to the preview's in-memory analyser.
const boot = async () => {
  // Before the pose model loads: it fetches its model and wasm from the app's own files.
  installFileFetch();
  const params = new URLSearchParams(window.location.search);
  if (import.meta.env.MODE === 'web' && !window.unknot && params.get('bridge') === 'preview') {
    const { installPreviewBridge } = await import('../preview/preview-bridge');
    installPreviewBridge(params);
  }
  const language = pickLanguage(params.get('lang') ?? 'auto', navigator.language);
  document.documentElement.lang = language;
  await initI18n(language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>{params.get('mode') === 'calibrate' ? <CalibrationView params={params} /> : <PosturePage params={params} />}</StrictMode>,
  );
};

void boot();
