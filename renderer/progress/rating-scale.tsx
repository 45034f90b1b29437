import { useTranslation } from 'react-i18next';

/** A 0–10 numeric rating scale as a labelled radio group, with its end points named. */
export const RatingScale = ({ name, legend, value, onChange }: { name: string; legend: string; value: number | null; onChange: (v: number) => void }) => {
  const { t } = useTranslation();
  return (
    <fieldset className="scale">
      <legend>{legend}</legend>
      <div className="scale-options">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="scale-option">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p className="scale-ends" aria-hidden="true">
        <span>{t('checkIn.low')}</span>
        <span>{t('checkIn.high')}</span>
      </p>
    </fieldset>
  );
};
