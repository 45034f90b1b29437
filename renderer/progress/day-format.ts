// Day keys are local calendar days ("YYYY-MM-DD", core/progress/days.ts). Formatting them at UTC
// noon in UTC shows that same calendar day whatever the machine's zone.
const at = (day: string) => new Date(`${day}T12:00:00Z`);

/** A day key as the person reads it: "Mon", "2 Mar" or "Mon, 2 Mar 2026", in their language. */
export const formatDay = (day: string, language: string, style: 'weekday' | 'short' | 'long'): string => {
  const options: Intl.DateTimeFormatOptions =
    style === 'weekday' ? { weekday: 'short' } : style === 'short' ? { day: 'numeric', month: 'short' } : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(at(day));
};

/** Whether a day starts a week (Monday, as ISO 8601 counts weeks): the x-axis ticks beyond 7 days. */
export const startsWeek = (day: string): boolean => at(day).getUTCDay() === 1;
