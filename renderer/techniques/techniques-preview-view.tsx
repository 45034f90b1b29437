import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TechniqueEditor } from '../settings/technique-editor';

/**
 * The browser preview's `?view=techniques` (with `#/techniques`, which the app's router leaves
 * empty): the technique editor alone, until Settings → Techniques shows it. Waits for the
 * catalogs, which main.tsx loads after the bridge is installed.
 */
export const mountTechniquesPreview = (): void => {
  const render = () => {
    const host = document.createElement('div');
    host.id = 'techniques-preview';
    document.body.append(host);
    createRoot(host).render(
      <StrictMode>
        <main className="settings" aria-label="Unknot">
          <TechniqueEditor />
        </main>
      </StrictMode>,
    );
  };
  if (i18next.isInitialized) render();
  else i18next.on('initialized', render);
};
