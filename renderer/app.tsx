import { lazy, Suspense, useEffect, useState } from 'react';
import { BreakView } from './break/break-view';
import { pickLanguage, setLanguage, useWindowTitle } from './i18n';
import { PreviewHarness } from './preview/preview-harness';
import { useSettings } from './settings/use-settings';

const OnboardingView = lazy(() => import('./onboarding/onboarding-view').then((m) => ({ default: m.OnboardingView })));
const CheckInView = lazy(() => import('./progress/check-in-view').then((m) => ({ default: m.CheckInView })));
const ProgressView = lazy(() => import('./progress/progress-view').then((m) => ({ default: m.ProgressView })));
const BodyCheckView = lazy(() => import('./progress/body-check-view').then((m) => ({ default: m.BodyCheckView })));
const SelfCheckView = lazy(() => import('./progress/self-check-view').then((m) => ({ default: m.SelfCheckView })));
const SettingsView = lazy(() => import('./settings/settings-view').then((m) => ({ default: m.SettingsView })));
const AboutView = lazy(() => import('./about-view').then((m) => ({ default: m.AboutView })));
const NoticeView = lazy(() => import('./notice-view').then((m) => ({ default: m.NoticeView })));
// Only the break view is in the first chunk: the break window loads nothing it does not show.
// A query after the route (`#/check-in?from=progress`) is the view's own business, not a route.
const routeOf = (hash: string) => hash.replace(/^#\/?/, '').split('?')[0] || 'break';

/** Picks the view from the URL hash; the Electron windows load `#/break` and friends. */
export const App = () => {
  const [route, setRoute] = useState(routeOf(window.location.hash));
  const settings = useSettings();
  useWindowTitle(route);
  useEffect(() => {
    const onHash = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const language = settings ? pickLanguage(settings.app.language, navigator.language) : null;
  useEffect(() => {
    if (language) {
      void setLanguage(language);
      document.documentElement.lang = language;
    }
  }, [language]);
  return (
    <>
      {import.meta.env.MODE === 'web' && <PreviewHarness />}
      {route === 'break' && <BreakView chime={settings?.app.chime ?? false} />}
      <Suspense fallback={null}>
      {route === 'onboarding' && <OnboardingView />}
      {route === 'progress' && <ProgressView />}
      {route === 'check-in' && <CheckInView />}
      {route === 'self-check' && <SelfCheckView />}
      {route === 'body-check' && <BodyCheckView />}
      {route === 'settings' && <SettingsView />}
      {route === 'about' && <AboutView />}
      {route === 'notice' && <NoticeView />}
      </Suspense>
    </>
  );
};
