import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Technique } from '../../main/core/techniques/types';
import { useTechniqueText } from '../i18n';
import { useTechniques } from '../techniques/use-techniques';
import type { Apply } from './fields';

const toggle = (list: readonly string[], id: string, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));

const Row = ({ technique, hidden, favourites, apply }: { technique: Technique; hidden: readonly string[]; favourites: readonly string[]; apply: Apply }) => {
  const { t } = useTranslation();
  const { name } = useTechniqueText(technique);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{technique.kinds.map((kind) => t(`kind.${kind}`)).join(', ')}</td>
      <td>
        <input type="checkbox" aria-label={t('settings.techniques.showOne', { name })} checked={!hidden.includes(technique.id)} onChange={(e) => void apply('techniques.hidden', toggle(hidden, technique.id, !e.target.checked))} />
      </td>
      <td>
        <input type="checkbox" aria-label={t('settings.techniques.favouriteOne', { name })} checked={favourites.includes(technique.id)} onChange={(e) => void apply('techniques.favourites', toggle(favourites, technique.id, e.target.checked))} />
      </td>
    </tr>
  );
};

/** Which techniques come up: hide the ones you do not want, mark favourites to see them twice as often. */
export const TechniqueChoices = ({ hidden, favourites, apply }: { hidden: readonly string[]; favourites: readonly string[]; apply: Apply }) => {
  const { t } = useTranslation();
  // A refusal (hiding a kind's last technique) is shown above the table, where the eye is.
  const [error, setError] = useState<string | null>(null);
  // Built-in and the person's own techniques alike (issue 15 §1).
  const { techniques } = useTechniques();
  const applyHere: Apply = (path, value) => apply(path, value).then((problem) => (setError(problem), problem));
  return (
    <fieldset>
      <legend>{t('settings.sections.techniques')}</legend>
      <p className="note">{t('settings.techniques.intro')}</p>
      {error && <p className="field-error" role="alert">{error}</p>}
      <table className="choices">
        <thead>
          <tr>
            <th scope="col">{t('settings.techniques.technique')}</th>
            <th scope="col">{t('settings.techniques.kinds')}</th>
            <th scope="col">{t('settings.techniques.show')}</th>
            <th scope="col">{t('settings.techniques.favourite')}</th>
          </tr>
        </thead>
        <tbody>
          {techniques.map((technique) => (
            <Row key={technique.id} technique={technique} hidden={hidden} favourites={favourites} apply={applyHere} />
          ))}
        </tbody>
      </table>
    </fieldset>
  );
};
