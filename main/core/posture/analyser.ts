import type { PostureBaseline, PostureSampling } from '../settings/posture-schema';
import { baselineGeometry, FINDINGS, hasMoved, isLeaningIn, isLookingDown, isNearBaseline, isShouldersUp, isSomeoneElse, LIMITS, type Finding, type Geometry } from './deviation';
import type { PostureFrame } from './frame';
import { SAMPLE_GAP_MS, startsNewSample, toSample, type Sample } from './samples';
import type { PostureMinute } from './summary';

/** What the analyser needs to know from the settings. */
export interface AnalyserConfig {
  baseline: PostureBaseline | null;
  sampling: PostureSampling;
  stillMinutes: number;
  nudgeEveryMinutes: number;
}

/** What the analyser tells its owner. */
export type AnalyserOutput =
  | { type: 'nudge'; finding: Finding; at: number }
  /** The set of findings that are sustained right now changed (the tray shows the first). */
  | { type: 'findings'; active: Finding[]; at: number }
  /** One minute closed: its numbers for Progress (only minutes with something in them). */
  | { type: 'minute'; minute: PostureMinute };

/** A lean or shrug counts once it has lasted this long: a glance at a phone never does. */
export const SUSTAIN_MS = 3 * 60_000;

/** How far apart the camera's samples are for each sampling choice (continuous is judged a minute at a time). */
export const sampleIntervalMs = (sampling: PostureSampling): number => (sampling === 'burst-5min' ? 5 * 60_000 : 60_000);

interface Judged {
  from: number;
  to: number;
  off: boolean;
}

/**
 * True when the newest samples show the change and it has lasted `sustainMs`: at least two
 * samples, spanning that long, with at most one contrary sample among three or more that agree
 * (someone walking behind for one burst does not end it).
 */
export const isSustained = (judged: readonly Judged[], sustainMs: number): boolean => {
  const last = judged[judged.length - 1];
  if (!last?.off) return false;
  let agree = 0;
  let contrary = 0;
  for (let i = judged.length - 1; i >= 0; i -= 1) {
    const j = judged[i]!;
    if (j.off) agree += 1;
    else if ((contrary += 1) > 1) return false;
    if (j.off && agree >= 2 && last.to - j.from >= sustainMs && (contrary === 0 || agree >= 3)) return true;
  }
  return false;
};

/** True when the newest two samples are both back near the baseline: an episode is over. */
const isOver = (judged: readonly Judged[]): boolean => judged.length >= 2 && judged.slice(-2).every((j) => !j.off);

const MINUTE = 60_000;

/**
 * The posture analyser: pure (no clock, no I/O), fed the frames the posture window reports and
 * a tick now and then. Each finding is judged against the person's own baseline on samples (the
 * median of a burst) and only once sustained; a nudge comes once per episode and at most once
 * every `nudgeEveryMinutes`, and only when the caller says nudging is allowed (not paused,
 * quiet or outside working hours).
 */
export class PostureAnalyser {
  private group: PostureFrame[] = [];
  private readonly judged: Record<'leaning-in' | 'shoulders-up', Judged[]> = { 'leaning-in': [], 'shoulders-up': [] };
  private still: { anchor: Geometry; start: number; last: number } | null = null;
  private lastSampleAt: number | null = null;
  private active = new Set<Finding>();
  /** Episodes already nudged (or begun while nudging was not allowed and since nudged). */
  private told = new Set<Finding>();
  private lastNudgeAt = -Infinity;
  private minute: { index: number; sensed: number; near: number; nudges: number } | null = null;
  /** The last reason a frame could not be read, or null after a readable frame. */
  lastProblem: Extract<PostureFrame, { ok: false }>['problem'] | null = null;

  constructor(private config: AnalyserConfig) {}

  /** New settings (a recalibration starts every judgement afresh). */
  configure(config: AnalyserConfig): void {
    const recalibrated = JSON.stringify(config.baseline) !== JSON.stringify(this.config.baseline) || config.sampling !== this.config.sampling;
    this.config = config;
    if (recalibrated) this.forget();
  }

  /** The findings sustained right now, most important first. */
  findings(): Finding[] {
    return FINDINGS.filter((f) => this.active.has(f));
  }

  /** The longest still stretch so far in the current episode, in whole minutes. */
  stillMinutesNow(): number {
    return this.still ? Math.floor((this.still.last - this.still.start) / MINUTE) : 0;
  }

  /** One analysed frame from the posture window. */
  frame(frame: PostureFrame, allowNudge: boolean): AnalyserOutput[] {
    const out = this.closeMinutes(frame.at);
    const first = this.group[0];
    const last = this.group[this.group.length - 1];
    if (first && last && startsNewSample(first.at, last.at, frame.at)) out.push(...this.closeSample(frame.at, allowNudge));
    this.group.push(frame);
    this.lastProblem = frame.ok ? null : frame.problem;
    const m = (this.minute ??= { index: Math.floor(frame.at / MINUTE), sensed: 0, near: 0, nudges: 0 });
    if (frame.ok && frame.features.confidence >= LIMITS.minConfidence) {
      m.sensed += 1;
      if (this.config.baseline && isNearBaseline(frame.features, baselineGeometry(this.config.baseline))) m.near += 1;
    }
    return out;
  }

  /** Time passed: closes a finished burst and finished minutes. Call at least once a minute. */
  tick(now: number, allowNudge: boolean): AnalyserOutput[] {
    const last = this.group[this.group.length - 1];
    const out = last && now - last.at > SAMPLE_GAP_MS ? this.closeSample(now, allowNudge) : [];
    return [...out, ...this.closeMinutes(now)];
  }

  /** Sensing stopped (camera released): what was seen before cannot be joined to what comes after. */
  stop(now: number): AnalyserOutput[] {
    const out = this.tick(now + 60_000, false);
    this.forget();
    return out.concat(this.setActive(new Set(), now));
  }

  private forget(): void {
    this.group = [];
    this.judged['leaning-in'] = [];
    this.judged['shoulders-up'] = [];
    this.still = null;
    this.lastSampleAt = null;
    this.told.clear();
    this.active.clear();
  }

  private closeMinutes(now: number): AnalyserOutput[] {
    const m = this.minute;
    if (!m || Math.floor(now / MINUTE) <= m.index) return [];
    this.minute = null;
    if (m.sensed === 0 && m.nudges === 0) return [];
    // Without a baseline nothing can be near it: the minute is sensed but not judged.
    const near = m.sensed > 0 && this.config.baseline ? m.near * 2 >= m.sensed : null;
    const minute: PostureMinute = { at: m.index * MINUTE, sensed: m.sensed > 0, near, nudges: m.nudges, stillMinutes: this.stillMinutesNow() };
    return [{ type: 'minute', minute }];
  }

  private closeSample(now: number, allowNudge: boolean): AnalyserOutput[] {
    const sample = toSample(this.group);
    this.group = [];
    return this.judge(sample, now, allowNudge);
  }

  private judge(sample: Sample, now: number, allowNudge: boolean): AnalyserOutput[] {
    const baseline = this.config.baseline ? baselineGeometry(this.config.baseline) : null;
    // A long gap (camera released, person away) ends every episode: nothing is known about it.
    const gapLimit = sampleIntervalMs(this.config.sampling) * 2.5;
    if (this.lastSampleAt !== null && sample.from - this.lastSampleAt > gapLimit) this.forget();
    this.lastSampleAt = sample.to;
    if (sample.nobody) this.forget();
    // A much smaller figure is not the calibrated sitter: it is neither judged nor taken as a move.
    const g = sample.geometry && baseline && isSomeoneElse(sample.geometry, baseline) ? null : sample.geometry;
    if (g && baseline && !isLookingDown(g, baseline)) {
      this.judged['leaning-in'].push({ from: sample.from, to: sample.to, off: isLeaningIn(g, baseline) });
      this.judged['shoulders-up'].push({ from: sample.from, to: sample.to, off: isShouldersUp(g, baseline) });
      for (const list of Object.values(this.judged)) if (list.length > 40) list.splice(0, list.length - 40);
    }
    if (g) {
      if (!this.still || hasMoved(g, this.still.anchor)) this.still = { anchor: g, start: sample.from, last: sample.to };
      else this.still.last = sample.to;
    }
    const next = new Set<Finding>();
    for (const finding of ['leaning-in', 'shoulders-up'] as const) {
      const list = this.judged[finding];
      if (isSustained(list, SUSTAIN_MS) || (this.active.has(finding) && !isOver(list))) next.add(finding);
    }
    if (this.still && this.still.last - this.still.start >= this.config.stillMinutes * MINUTE) next.add('still');
    return [...this.setActive(next, now), ...this.maybeNudge(now, allowNudge)];
  }

  private setActive(next: Set<Finding>, now: number): AnalyserOutput[] {
    for (const f of this.told) if (!next.has(f)) this.told.delete(f);
    const same = next.size === this.active.size && [...next].every((f) => this.active.has(f));
    this.active = next;
    return same ? [] : [{ type: 'findings', active: this.findings(), at: now }];
  }

  private maybeNudge(now: number, allowNudge: boolean): AnalyserOutput[] {
    if (!allowNudge || now - this.lastNudgeAt < this.config.nudgeEveryMinutes * MINUTE) return [];
    const finding = this.findings().find((f) => !this.told.has(f));
    if (!finding) return [];
    this.told.add(finding);
    this.lastNudgeAt = now;
    if (this.minute) this.minute.nudges += 1;
    else this.minute = { index: Math.floor(now / MINUTE), sensed: 0, near: 0, nudges: 1 };
    return [{ type: 'nudge', finding, at: now }];
  }
}
