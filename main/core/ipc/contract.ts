import { z } from 'zod';
import type { Command } from '../cli/parse';
import type { ProgressView } from '../progress/aggregate';
import { checkInInputSchema, selfCheckAnswersSchema, type SelfCheck } from '../progress/records';
import { settingsSchema } from '../settings/schema';
import type { CALL_NAMES, EVENT_NAMES } from './channels';
import { routineCalls } from './routine-calls'; // routine (issue 15 §3–4): body self-check, programme, feedback
import type { EngineStatus } from '../engine/status'; // first run (issue 13): getStatus
import { BREAK_KINDS } from '../engine/types'; // kinds of breaks (issue 15): every kind the engine knows
import { techniqueCalls, techniquesChangedSchema } from '../techniques/technique-ipc'; // your own techniques (issue 15 §1)
import { postureCalls, postureChangedSchema } from '../posture/ipc-calls'; // posture sensing (issue 14)

const kind = z.enum(BREAK_KINDS); // kinds of breaks (issue 15)

/** What a break window needs to show the break that is open. */
export const breakInfoSchema = z.object({
  kind,
  technique: z.string(),
  startedAt: z.number(),
  endsAt: z.number(),
  /** When the guidance was paused (null while running) and how long it has been paused in all. */
  heldAt: z.number().nullable(),
  heldMs: z.number().min(0),
  snoozeMinutes: z.number().int().positive(),
  snoozeAllowed: z.boolean(),
});
/** An open break as the renderer sees it. */
export type BreakInfo = z.infer<typeof breakInfoSchema>;

/** kinds of breaks (issue 13): the pending notice as the notice window shows it. */
export const noticeInfoSchema = z.object({ kind, startsAt: z.number(), snoozeMinutes: z.number(), waitingForPause: z.boolean() });
/** The pending notice: the break about to start, or due and waiting for a pause in typing. */
export type NoticeInfo = z.infer<typeof noticeInfoSchema>;

/** Something the user did in a break window. */
export const breakActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('done') }),
  z.object({ action: z.literal('skip') }),
  z.object({ action: z.literal('another') }),
  z.object({ action: z.literal('start-now') }),
  z.object({ action: z.literal('hold-break') }),
  z.object({ action: z.literal('release-break') }),
  /** kinds of breaks (issue 13): close the notice without counting a snooze; the break is offered again later. */
  z.object({ action: z.literal('dismiss-notice') }),
  z.object({ action: z.literal('snooze'), minutes: z.number().int().min(1).max(240).optional() }),
]);
/** A break-window action. */
export type BreakAction = z.infer<typeof breakActionSchema>;

const commandSchema = z.discriminatedUnion('do', [
  z.object({ do: z.literal('break-now'), kind: kind.optional() }).strict(),
  z.object({ do: z.literal('snooze'), minutes: z.number().int().min(1).max(240).optional() }).strict(),
  z.object({ do: z.literal('pause'), minutes: z.number().int().min(1).max(24 * 60).optional(), until: z.enum(['tomorrow', 'resumed']).optional() }).strict(),
  z.object({ do: z.literal('resume') }).strict(),
  z.object({ do: z.literal('meeting'), minutes: z.number().int().min(1).max(480).optional() }).strict(),
  z.object({ do: z.literal('end-meeting') }).strict(),
  z.object({ do: z.literal('settings') }).strict(),
  z.object({ do: z.literal('progress') }).strict(),
  z.object({ do: z.literal('about') }).strict(),
  z.object({ do: z.literal('quit') }).strict(),
  z.object({ do: z.literal('help') }).strict(),
  z.object({ do: z.literal('version') }).strict(),
]);
// The schema and the parser's Command type must describe the same commands.
const commandsMatch: [z.infer<typeof commandSchema>] extends [Command] ? ([Command] extends [z.infer<typeof commandSchema>] ? true : false) : false = true;
void commandsMatch;

/**
 * What a second launch hands the running app through `requestSingleInstanceLock(additionalData)`:
 * its parsed commands. Electron documents that the `second-instance` event's argv is reordered
 * and extended (e.g. `--original-process-start-time`), so argv is never parsed again there.
 */
export const secondInstanceSchema = z.object({ commands: z.array(commandSchema).max(16) });
/** The second launch's message. */
export type SecondInstanceData = z.infer<typeof secondInstanceSchema>;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** Plain JSON only: finite numbers, short strings, small arrays; no BigInt, functions or cycles. */
const json: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.string().max(256),
    z.number().finite(),
    z.boolean(),
    z.null(),
    z.array(json).max(16),
    z.record(z.string().max(64), json).refine((o) => Object.keys(o).length <= 32, 'too many keys'),
  ]),
);

/** A settings patch: plain JSON objects; the merged result is then checked key by key against the settings schema. */
export const settingsPatchSchema = z.record(z.string().max(64), json).refine((o) => Object.keys(o).length <= 32, 'too many keys');

const outcome = z.object({ ok: z.literal(true) });

/** A break the automatic detectors have held back long enough that the person should decide. */
export const heldBackInfoSchema = z.object({
  kind,
  /** The detectors' reasons in words ("in a call", "do not disturb"). */
  reasons: z.array(z.string().max(120)).max(8),
  heldMinutes: z.number().min(0),
});
/** The held-back notice as the notice window shows it. */
export type HeldBackInfo = z.infer<typeof heldBackInfoSchema>;

/** The person's answer to the held-back notice. */
export const heldBackChoiceSchema = z.discriminatedUnion('choice', [
  z.object({ choice: z.literal('start-now') }),
  z.object({ choice: z.literal('keep-waiting') }),
  /** "This detector is wrong today": the reason must be one the notice named. */
  z.object({ choice: z.literal('ignore-today'), reason: z.string().min(1).max(120) }),
]);
/** One answer to the held-back notice. */
export type HeldBackChoice = z.infer<typeof heldBackChoiceSchema>;

/**
 * About → Diagnostics: per detector what this OS offers and what it last said, plus platform facts.
 * It only flows from main to the renderer, and a long error message must not stop it, so no lengths are capped.
 */
export const diagnosticsSchema = z.object({
  detectors: z.record(
    z.string(),
    z.object({
      available: z.boolean(),
      enabled: z.boolean(),
      lastAnswer: z.string().optional(),
      askedAt: z.number().optional(),
      lastError: z.string().optional(),
      source: z.string().optional(),
    }),
  ),
  facts: z.record(z.string(), z.string()),
});
/** What About → Diagnostics shows. */
export type DiagnosticsView = z.infer<typeof diagnosticsSchema>;

/**
 * Where updates stand, as About shows it. `available` is only for installs that cannot update
 * themselves (deb): the person is told and shown the release page instead of a download.
 */
export const updateStatusSchema = z.discriminatedUnion('state', [
  /** Not an installed build: nothing is checked. */
  z.object({ state: z.literal('development') }),
  z.object({ state: z.literal('idle'), lastCheckAt: z.number().nullable() }),
  z.object({ state: z.literal('checking') }),
  z.object({ state: z.literal('up-to-date'), checkedAt: z.number() }),
  z.object({ state: z.literal('available'), version: z.string().max(64), releaseUrl: z.string().max(256) }),
  z.object({ state: z.literal('downloading'), version: z.string().max(64), percent: z.number().min(0).max(100) }),
  z.object({ state: z.literal('downloaded'), version: z.string().max(64), installOnQuit: z.boolean() }),
  z.object({ state: z.literal('error'), during: z.enum(['check', 'download', 'install']), message: z.string() }),
]);
/** One state of the updater. */
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** About's update line: the running version, whether daily checks are on, and the updater's state. */
export const updateViewSchema = z.object({ currentVersion: z.string(), automatic: z.boolean(), status: updateStatusSchema });
/** What About shows of updates. */
export type UpdateView = z.infer<typeof updateViewSchema>;

/** The person's answer once an update is downloaded. */
export const updateChoiceSchema = z.object({ choice: z.enum(['restart-now', 'install-on-quit']) });
/** "Restart to update" or "Install when I quit". */
export type UpdateChoice = z.infer<typeof updateChoiceSchema>;

/**
 * The IPC contract: every call with the schema of its arguments and of its result, and every
 * event with the schema of its payload. Preload, handlers and renderer all take their types
 * from here, so they cannot drift.
 */
export const contract = {
  calls: {
    getBreak: { args: z.tuple([]), result: breakInfoSchema.nullable() },
    /** kinds of breaks (issue 13): `waitingForPause` is true once the break is due and gentle start waits for a pause in typing. */
    getNotice: { args: z.tuple([]), result: noticeInfoSchema.nullable() },
    breakAction: { args: z.tuple([breakActionSchema]), result: outcome },
    getSettings: { args: z.tuple([]), result: settingsSchema },
    updateSettings: { args: z.tuple([settingsPatchSchema]), result: settingsSchema },
    resetSettings: { args: z.tuple([]), result: settingsSchema },
    planDay: { args: z.tuple([]), result: z.array(z.object({ at: z.number(), kind, technique: z.string() })) },
    getProgress: { args: z.tuple([z.object({ rangeDays: z.union([z.literal(7), z.literal(30), z.literal(90)]) })]), result: z.custom<ProgressView>() },
    submitCheckIn: { args: z.tuple([checkInInputSchema]), result: outcome },
    dismissCheckIn: { args: z.tuple([]), result: outcome },
    getSelfCheck: { args: z.tuple([]), result: z.object({ last: z.custom<SelfCheck>().nullable() }) },
    submitSelfCheck: { args: z.tuple([selfCheckAnswersSchema]), result: outcome },
    exportData: { args: z.tuple([z.object({ format: z.enum(['csv', 'json']) })]), result: z.object({ path: z.string().nullable() }) },
    /** The confirmation phrase makes a stray or forged call unable to wipe anything by accident. */
    openLogFile: { args: z.tuple([]), result: z.object({ path: z.string() }) },
    deleteAllData: { args: z.tuple([z.object({ confirm: z.literal('delete everything') })]), result: outcome },
    getHeldBack: { args: z.tuple([]), result: heldBackInfoSchema.nullable() },
    heldBackChoice: { args: z.tuple([heldBackChoiceSchema]), result: outcome },
    getDiagnostics: { args: z.tuple([]), result: diagnosticsSchema },
    /** Main writes the text to the clipboard: the renderer's permission handler denies clipboard access. */
    copyDiagnostics: { args: z.tuple([]), result: z.object({ text: z.string() }) },
    getUpdateStatus: { args: z.tuple([]), result: updateViewSchema },
    /** About's "Check for updates": works even with daily checks off, since the person asked. */
    checkForUpdates: { args: z.tuple([]), result: updateViewSchema },
    updateChoice: { args: z.tuple([updateChoiceSchema]), result: outcome },
    /** Main opens its own release address for the version it found: the renderer never passes a URL. */
    openReleasePage: { args: z.tuple([]), result: z.object({ url: z.string() }) },
    /** Opens the folder where Electron's crash reporter keeps minidumps (local only, never uploaded). */
    openCrashReports: { args: z.tuple([]), result: z.object({ path: z.string() }) },
    ...routineCalls, // routine (issue 15 §3–4): getBodyCheck, submitBodyCheck, getProgramme, submitFeedback, getTechniqueFeedback
    /** The tray's status line as data (first run, issue 13): Progress with no data says when the first break comes. */
    getStatus: { args: z.tuple([]), result: z.custom<EngineStatus>() },
    /** Opens (or brings forward) one of the app's own page windows (first run, issue 13); never a URL. */
    openPage: { args: z.tuple([z.enum(['settings', 'progress', 'about'])]), result: outcome },
    ...techniqueCalls, // your own techniques (issue 15 §1): getTechniques, saveCustomTechnique, deleteCustomTechnique, exportTechniques, importTechniques, commitTechniqueImport
    ...postureCalls, // posture sensing (issue 14): postureFrame, postureCalibrate, getPostureStatus, openPostureCalibration, getPostureDays
  },
  events: {
    breakChanged: breakInfoSchema.nullable(),
    settingsChanged: settingsSchema,
    diagnosticsChanged: diagnosticsSchema,
    updateChanged: updateViewSchema,
    techniquesChanged: techniquesChangedSchema, // your own techniques (issue 15 §1): built-in + custom after any change
    postureChanged: postureChangedSchema, // posture sensing (issue 14): on/off and why, findings, today's numbers
  },
} as const;

type Calls = typeof contract.calls;
type Events = typeof contract.events;

// The channel list and the contract must name the same calls and events.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const callsMatch: SameKeys<keyof Calls, (typeof CALL_NAMES)[number]> = true;
const eventsMatch: SameKeys<keyof Events, (typeof EVENT_NAMES)[number]> = true;
void callsMatch;
void eventsMatch;

/** Why a call failed, as the renderer receives it. */
export interface IpcError {
  code: 'forbidden-sender' | 'invalid-arguments' | 'failed';
  message: string;
}
/** What every call resolves to over the wire: a value or a typed error, never a thrown exception. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The arguments of a call, as the renderer passes them. */
export type CallArgs<K extends keyof Calls> = z.input<Calls[K]['args']>;
/** The value a call resolves to. */
export type CallResult<K extends keyof Calls> = z.output<Calls[K]['result']>;
/** An event's payload. */
export type EventPayload<K extends keyof Events> = z.output<Events[K]>;

/** The bridge the preload exposes on `window.unknot`: one function per call, one subscription. */
export type UnknotBridge = {
  [K in keyof Calls]: (...args: CallArgs<K>) => Promise<IpcResult<CallResult<K>>>;
} & {
  on<K extends keyof Events>(event: K, listener: (payload: EventPayload<K>) => void): () => void;
};

/** The handlers the main process implements for each call. */
export type CallHandlers = {
  [K in keyof Calls]: (...args: z.output<Calls[K]['args']>) => CallResult<K> | Promise<CallResult<K>>;
};
