import type { HistoryRecord } from '../../main/core/history/records';
import type { CheckIn } from '../../main/core/progress/records';

/** Ninety days of plausible history and check-ins for the preview (`?seed=demo`): discomfort easing from 6 to 3. */
export const demoData = (now: number): { history: HistoryRecord[]; checkIns: CheckIn[] } => {
  const history: HistoryRecord[] = [];
  const checkIns: CheckIn[] = [];
  const day = 86_400_000;
  let seed = 11;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  for (let d = 89; d >= 0; d -= 1) {
    const start = Math.floor((now - d * day) / day) * day + 8 * 3_600_000;
    const weekday = new Date(start).getUTCDay();
    if (weekday === 0 || weekday === 6) {
      if (random() < 0.5) history.push({ at: new Date(start + 3 * 3_600_000).toISOString(), event: 'natural', kind: 'posture' });
      continue;
    }
    for (let b = 0; b < 12; b += 1) {
      const at = start + b * 35 * 60_000;
      if (at > now) break;
      const iso = (offset: number) => new Date(at + offset).toISOString();
      history.push({ at: iso(0), event: 'prompted', kind: b % 4 === 3 ? 'stress' : 'posture' });
      const r = random();
      if (r < 0.7 - d / 400) history.push({ at: iso(60_000), event: 'completed', kind: 'posture' });
      else if (r < 0.85) history.push({ at: iso(30_000), event: 'snoozed', kind: 'posture', minutes: 10 });
      else history.push({ at: iso(30_000), event: 'skipped', kind: 'posture' });
    }
    if (random() < 0.8) {
      const discomfort = Math.max(0, Math.min(10, Math.round(3 + (d / 89) * 3 + (random() - 0.5) * 1.2)));
      checkIns.push({ at: new Date(start + 9 * 3_600_000).toISOString(), discomfort, stress: Math.max(0, discomfort - 1) });
    }
  }
  return { history, checkIns };
};
