import { dayKey, lastDays } from '../progress/days';
import type { PostureBaseline, PostureSettings } from '../settings/posture-schema';
import { PostureAnalyser, type AnalyserConfig, type AnalyserOutput } from './analyser';
import { FINDINGS, type Finding } from './deviation';
import type { PostureFrame } from './frame';
import type { PostureOffReason } from './gate';
import type { PostureCalibration, PostureStatus } from './status';
import { chooseForFindings, type PostureChoice } from './technique-choice';
import { summariseDays, type PostureDay, type PostureMinute } from './summary';

/** A nudge as the tray and the notice receive it. */
export interface PostureNudge {
  finding: Finding;
  at: number;
  /** For the stillness nudge: how long the person had not moved. */
  stillMinutes: number;
}

/** What the posture service needs: settings, a clock, and where minutes are kept. */
export interface PostureServiceDeps {
  settings: () => PostureSettings;
  saveBaseline: (baseline: PostureBaseline) => void;
  now: () => number;
  timeZone: () => string;
  storeMinute: (minute: PostureMinute) => void;
  readMinutes: () => readonly PostureMinute[];
}

/** Whether the camera runs now, decided by the shell (main/posture/posture-sensing.ts or the preview). */
export interface SensingState {
  sensing: boolean;
  offReason: PostureOffReason | null;
  calibrating: boolean;
}

const configOf = (s: PostureSettings): AnalyserConfig => ({ baseline: s.baseline, sampling: s.sampling, stillMinutes: s.stillMinutes, nudgeEveryMinutes: s.nudgeEveryMinutes });

/**
 * Posture sensing without the platform: the analyser, the baseline, the stored minutes and the
 * status, shared by the main process and the browser preview. Nudges and status changes go to
 * subscribers; the shell says whether nudging is allowed and when sensing stopped.
 */
export const createPostureService = (deps: PostureServiceDeps) => {
  const analyser = new PostureAnalyser(configOf(deps.settings()));
  const nudgeListeners = new Set<(nudge: PostureNudge | null) => void>();
  const changeListeners = new Set<() => void>();
  /** Findings seen since the last break, for picking the next posture technique. */
  let sinceBreak = new Set<Finding>();
  // The technique posture sensing last picked for a break and why, so the break window can say so.
  let picked: { technique: string; finding: Finding } | null = null;
  const changed = () => changeListeners.forEach((l) => l());
  const handle = (outputs: AnalyserOutput[]) => {
    let change = false;
    for (const o of outputs) {
      if (o.type === 'minute') {
        deps.storeMinute(o.minute);
        // Today's numbers moved.
        change = true;
      }
      if (o.type === 'findings') {
        o.active.forEach((f) => sinceBreak.add(f));
        // The tray's posture mark goes when nothing is found any more.
        if (o.active.length === 0) nudgeListeners.forEach((l) => l(null));
        change = true;
      }
      if (o.type === 'nudge') {
        const nudge = { finding: o.finding, at: o.at, stillMinutes: analyser.stillMinutesNow() };
        nudgeListeners.forEach((l) => l(nudge));
        change = true;
      }
    }
    if (change) changed();
  };
  return {
    /** Settings changed: the analyser follows (a new baseline or sampling starts afresh). */
    configure: () => analyser.configure(configOf(deps.settings())),
    frame: (frame: PostureFrame, allowNudge: boolean) => {
      const before = analyser.lastProblem;
      handle(analyser.frame(frame, allowNudge));
      if (analyser.lastProblem !== before) changed();
    },
    tick: (allowNudge: boolean) => handle(analyser.tick(deps.now(), allowNudge)),
    /** The camera was released: close what was open and forget what cannot be joined to later frames. */
    stop: () => handle(analyser.stop(deps.now())),
    /** Stores the averaged features as the baseline. */
    calibrate: (calibration: PostureCalibration): PostureBaseline => {
      const baseline = { ...calibration, at: deps.now() };
      deps.saveBaseline(baseline);
      analyser.configure({ ...configOf(deps.settings()), baseline });
      changed();
      return baseline;
    },
    status: (state: SensingState): PostureStatus => {
      const today = dayKey(deps.now(), deps.timeZone());
      const days = summariseDays(deps.readMinutes(), deps.timeZone());
      return {
        ...state,
        lastProblem: state.sensing ? analyser.lastProblem : null,
        findings: state.sensing ? analyser.findings() : [],
        baselineAt: deps.settings().baseline?.at ?? null,
        picked,
        today: days.find((d) => d.day === today) ?? null,
      };
    },
    /** The days with sensing among the last `rangeDays` (today included), oldest first. */
    days: (rangeDays: number): PostureDay[] => {
      const wanted = new Set(lastDays(deps.now(), rangeDays, deps.timeZone()));
      return summariseDays(deps.readMinutes(), deps.timeZone()).filter((d) => wanted.has(d.day));
    },
    /** Findings seen since the last break, most important first. */
    findingsSinceBreak: (): Finding[] => FINDINGS.filter((f) => sinceBreak.has(f)),
    /** The technique that fits what was seen since the last break (or null), remembered for 'Why this?'. */
    choose: (hidden: readonly string[], last: string | null): PostureChoice | null => {
      const choice = chooseForFindings(FINDINGS.filter((f) => sinceBreak.has(f)), hidden, last);
      picked = choice ? { technique: choice.technique, finding: choice.finding } : null;
      return choice;
    },
    /** A break began: it answers what was seen, so the next one starts from nothing. */
    breakTaken: () => {
      sinceBreak = new Set();
    },
    /** Calls `listener` with each nudge, and with null when nothing is found any more; returns the unsubscribe. */
    onNudge: (listener: (nudge: PostureNudge | null) => void): (() => void) => {
      nudgeListeners.add(listener);
      return () => nudgeListeners.delete(listener);
    },
    /** Calls `listener` when the status may have changed; returns the unsubscribe. */
    onChange: (listener: () => void): (() => void) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
  };
};
/** The posture service. */
export type PostureService = ReturnType<typeof createPostureService>;
