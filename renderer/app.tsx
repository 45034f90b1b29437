import { useEffect, useState } from 'react';
import { BreakView } from './break/break-view';
import { pickLanguage, setLanguage } from './i18n';
import { OnboardingView } from './onboarding/onboarding-view';
import { CheckInView } from './progress/check-in-view';
import { ProgressView } from './progress/progress-view';
import { SelfCheckView } from './progress/self-check-view';
import { SettingsView } from './settings/settings-view';
import { AboutView } from './about-view';
import { NoticeView } from './notice-view';
import { PreviewHarness } from './preview/preview-harness';
import { useSettings } from './settings/use-settings';

const routeOf = (hash: string) => hash.replace(/^#\/?/, '') || 'break';

/** Picks the view from the URL hash; the Electron windows load `#/break` and friends. */
export const App = () => {
  const [route, setRoute] = useState(routeOf(window.location.hash));
  const settings = useSettings();
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
      {route === 'onboarding' && <OnboardingView />}
      {route === 'progress' && <ProgressView />}
      {route === 'check-in' && <CheckInView />}
      {route === 'self-check' && <SelfCheckView />}
      {route === 'settings' && <SettingsView />}
      {route === 'about' && <AboutView />}
      {route === 'notice' && <NoticeView />}
    </>
  );
};
