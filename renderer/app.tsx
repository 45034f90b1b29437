import { useEffect, useState } from 'react';
import { BreakView } from './break/break-view';
import { PreviewHarness } from './preview/preview-harness';

const routeOf = (hash: string) => hash.replace(/^#\/?/, '') || 'break';

/** Picks the view from the URL hash; the Electron windows load `#/break` and friends. */
export const App = () => {
  const [route, setRoute] = useState(routeOf(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <>
      {import.meta.env.MODE === 'web' && <PreviewHarness />}
      {route === 'break' && <BreakView />}
    </>
  );
};
