import { z } from 'zod';
import { postureSettingsSchema } from './posture-schema'; // posture sensing (issue 14)
import { feedbackSettingsSchema } from './feedback-schema'; // routine (issue 15 §4): feedback.afterBreak

/** Current version of the settings file format; older files are migrated up to it. */
export const SETTINGS_VERSION = 1;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as "HH:MM"');
const span = z
  .tuple([hhmm, hhmm])
  .refine(([from, to]) => from < to, 'a working span must end after it starts');
const daySpans = z.array(span).max(6);
const weekdayHours = { mon: [['09:00', '17:30']], tue: [['09:00', '17:30']], wed: [['09:00', '17:30']], thu: [['09:00', '17:30']], fri: [['09:00', '17:30']], sat: [], sun: [] } as Record<string, [string, string][]>;

const breakKind = (everyMinutes: number, durationSeconds: number, enabled = true) =>
  z
    .object({
      enabled: z.boolean().default(enabled),
      everyMinutes: z.number().int().min(5).max(480).default(everyMinutes),
      durationSeconds: z.number().int().min(10).max(1800).default(durationSeconds),
    })
    .prefault({});

/** The one schema for settings: the settings store, the IPC contract and the simulator all use it. */
export const settingsSchema = z
  .object({
    version: z.number().int().min(1).default(SETTINGS_VERSION),
    breaks: z
      // Eyes (20-20-20: 20 s every 20 min) and stand (2 min every hour) are opt-in (issue 15); a file
      // written before they existed lacks them and takes these defaults, so no migration step is needed.
      .object({ posture: breakKind(30, 40), stress: breakKind(120, 240), eyes: breakKind(20, 20, false), stand: breakKind(60, 120, false) })
      .prefault({}),
    noticeSeconds: z.number().int().min(0).max(600).default(30),
    gentleStart: z
      .object({
        enabled: z.boolean().default(true),
        waitUpToSeconds: z.number().int().min(0).max(600).default(60),
        pauseSeconds: z.number().int().min(1).max(60).default(3),
      })
      .prefault({}),
    idle: z.object({ resetAfterMinutes: z.number().int().min(1).max(240).default(5) }).prefault({}),
    snooze: z
      .object({
        options: z.array(z.number().int().min(1).max(240)).min(1).max(6).default([5, 10, 20]),
        defaultMinutes: z.number().int().min(1).max(240).default(10),
        maxInARow: z.number().int().min(0).max(20).default(3),
      })
      .prefault({}),
    guards: z
      .object({
        wakeGraceSeconds: z.number().int().min(0).max(3600).default(60),
        quietGraceSeconds: z.number().int().min(0).max(3600).default(60),
        minGapMinutes: z.number().int().min(0).max(120).default(10),
      })
      .prefault({}),
    workingHours: z
      .object({
        enabled: z.boolean().default(false),
        days: z
          .object({
            mon: daySpans.default(weekdayHours.mon!),
            tue: daySpans.default(weekdayHours.tue!),
            wed: daySpans.default(weekdayHours.wed!),
            thu: daySpans.default(weekdayHours.thu!),
            fri: daySpans.default(weekdayHours.fri!),
            sat: daySpans.default([]),
            sun: daySpans.default([]),
          })
          .prefault({}),
      })
      .prefault({}),
    techniques: z
      .object({
        favourites: z.array(z.string().max(64)).max(50).default([]),
        hidden: z.array(z.string().max(64)).max(50).default([]),
      })
      .prefault({}),
    shortcuts: z
      .object({
        enabled: z.boolean().default(false),
        breakNow: z.string().max(64).default('CommandOrControl+Alt+B'),
        snooze: z.string().max(64).default('CommandOrControl+Alt+S'),
      })
      .prefault({}),
    quiet: z
      .object({
        calendars: z
          .array(z.string().max(2048).refine((v) => v.startsWith('https://') || v.startsWith('webcal://') || v.startsWith('/') || /^[A-Za-z]:\\/.test(v), 'a calendar is a local .ics file path, or an https:// or webcal:// address'))
          .max(5)
          .default([]),
        doNotDisturb: z.boolean().default(true),
        fullScreen: z.boolean().default(true),
        calls: z.boolean().default(true),
        calendar: z.boolean().default(true),
        /** Active minutes automatic detectors may hold a due break back before the person is asked. */
        detectorCapMinutes: z.number().int().min(15).max(480).default(90),
      })
      .prefault({}),
    checkIn: z.object({ daily: z.boolean().default(true) }).prefault({}),
    posture: postureSettingsSchema, // posture sensing (issue 14): main/core/settings/posture-schema.ts
    feedback: feedbackSettingsSchema, // routine (issue 15 §4): main/core/settings/feedback-schema.ts
    app: z
      .object({
        language: z.enum(['auto', 'en', 'de']).default('auto'),
        chime: z.boolean().default(false),
        onboarded: z.boolean().default(false),
        autostart: z.boolean().default(true),
        /** Look for a new release once a day (installed builds only); About can still check on request. */
        checkForUpdates: z.boolean().default(true),
        /** Draw the time to the next break as a ring on the tray icon (never on macOS, whose template icons are monochrome). */
        trayRing: z.boolean().default(true),
      })
      .prefault({}),
  });

/** Fully-defaulted, validated settings. */
export type Settings = z.infer<typeof settingsSchema>;

/** Settings with every value at its default. */
export const defaultSettings = (): Settings => settingsSchema.parse({});
