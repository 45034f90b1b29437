import { TECHNIQUES } from '../../main/core/techniques/library';
import type { Apply } from './fields';

/** Which techniques come up: hide the ones you do not want, mark favourites to see them twice as often. */
export const TechniqueChoices = ({ hidden, favourites, apply }: { hidden: readonly string[]; favourites: readonly string[]; apply: Apply }) => {
  const toggle = (list: readonly string[], id: string, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));
  return (
    <fieldset>
      <legend>Techniques</legend>
      <table className="choices">
        <thead>
          <tr>
            <th scope="col">Technique</th>
            <th scope="col">Show</th>
            <th scope="col">Favourite</th>
          </tr>
        </thead>
        <tbody>
          {TECHNIQUES.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td>
                <input type="checkbox" aria-label={`Show ${t.name}`} checked={!hidden.includes(t.id)} onChange={(e) => void apply('techniques.hidden', toggle(hidden, t.id, !e.target.checked))} />
              </td>
              <td>
                <input type="checkbox" aria-label={`${t.name} is a favourite`} checked={favourites.includes(t.id)} onChange={(e) => void apply('techniques.favourites', toggle(favourites, t.id, e.target.checked))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
};
