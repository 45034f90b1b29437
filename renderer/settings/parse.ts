import type { TFunction } from 'i18next';

// The same rule as normaliseTime in core/settings/validate.ts, repeated so this chunk carries no zod.
const normaliseTime = (text: string) => {
  const trimmed = text.trim();
  return /^\d:[0-5]\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
};

/** Working spans as typed ("9:00-12:00, 13:00-17:30") → [["09:00","12:00"], …]; an empty text is a day off. */
export const parseSpans = (text: string, t: TFunction) => {
  if (text.trim() === '') return { value: [] };
  const spans = text.split(',').map((part) => part.trim().split('-').map(normaliseTime));
  const ok = spans.every((s) => s.length === 2 && s.every((time) => /^\d{2}:\d{2}$/.test(time)));
  return ok ? { value: spans } : { error: t('settings.parse.spans') };
};

/** Whole minutes separated by commas ("5, 10, 20"). */
export const parseMinutesList = (text: string, t: TFunction) => {
  const values = text.split(',').map((part) => Number(part.trim()));
  return values.length > 0 && values.every((n) => Number.isInteger(n) && n > 0) ? { value: values } : { error: t('settings.parse.minutesList') };
};

/** Spans as the field shows them, in the stored form ("09:00-12:00"), so a typed "9:00" is seen normalised once saved. */
export const spansText = (spans: readonly (readonly string[])[]) => spans.map((span) => span.join('-')).join(', ');
