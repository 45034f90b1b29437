// Spec-only page for the routine's views (issue 15 §3–4) until renderer/app.tsx routes them: the
// browser preview's real in-memory bridge, the real catalogs and styles, one view picked by `?view=`.
import { createElement, StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from '../../renderer/api';
import { FeedbackTap } from '../../renderer/break/feedback-tap';
import { initI18n, pickLanguage } from '../../renderer/i18n';
import { installPreviewBridge } from '../../renderer/preview/preview-bridge';
import { ProgrammeReason } from '../../renderer/progress/body-check-reason';
import { BodyCheckTrend } from '../../renderer/progress/body-check-trend';
import { BodyCheckView } from '../../renderer/progress/body-check-view';
import { TechniqueFeedback } from '../../renderer/progress/technique-feedback';
import '../../renderer/styles.css';

const boot = async () => {
  const params = new URLSearchParams(window.location.search);
  installPreviewBridge(params);
  const lang = params.get('lang');
  if (lang) await call('updateSettings', { app: { language: lang } });
  if (params.has('feedback-off')) await call('updateSettings', { feedback: { afterBreak: false } });
  const settings = await call('getSettings');
  const language = pickLanguage(settings.app.language, navigator.language);
  document.documentElement.lang = language;
  await initI18n(language);
  const technique = params.get('technique') ?? 'chin-tuck';
  const views: Record<string, () => ReactElement> = {
    'body-check': () => createElement(BodyCheckView),
    progress: () => createElement('main', { className: 'progress' }, createElement('h1', null, 'Progress'), createElement(BodyCheckTrend), createElement(TechniqueFeedback)),
    tap: () =>
      createElement('main', { className: 'break' }, createElement('h1', null, 'Break finished'), createElement(FeedbackTap, { technique, onDone: () => document.body.setAttribute('data-feedback-done', 'true') })),
    reason: () => createElement('main', null, createElement('h1', null, 'Why this?'), createElement(ProgrammeReason, { technique })),
  };
  const view = views[params.get('view') ?? 'body-check'] ?? views['body-check']!;
  createRoot(document.getElementById('root')!).render(createElement(StrictMode, null, view()));
};

void boot();
