import { useTranslation } from 'react-i18next';
import { ActiveBreak, techniqueOf } from './active-break';
import { useTechniques } from '../techniques/use-techniques';
import { useBreak } from './use-break';

/** The break window: guides the open break, shows the coming one while hidden, or says there is none. */
export const BreakView = ({ chime }: { chime: boolean }) => {
  const { t } = useTranslation();
  const { info, loaded, running, key } = useBreak();
  // Built-in techniques are known at once; a custom one (issue 15 §1) waits for main's list.
  const { techniques, loaded: techniquesLoaded } = useTechniques();
  if (!loaded) return null;
  if (!info) {
    return (
      <main className="break idle" aria-labelledby="idle-title">
        <h1 id="idle-title">{t('idle.title')}</h1>
        <p>{t('idle.body')}</p>
      </main>
    );
  }
  const technique = techniques.find((x) => x.id === info.technique);
  if (!technique && !techniquesLoaded) return null;
  return <ActiveBreak key={key} info={info} technique={technique ?? techniqueOf(info)} chime={chime} running={running} />;
};
