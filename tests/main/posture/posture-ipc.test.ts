import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallHandlers } from '../../../main/core/ipc/contract';
import type { PostureFrame } from '../../../main/core/posture/frame';
import type { PostureCalibration } from '../../../main/core/posture/status';
import { handleCall, withPostureSender } from '../../../main/ipc/gatekeeper';
import { postureHandlers } from '../../../main/posture/posture-handlers';
import { postureSenderCheck } from '../../../main/posture/sender-check';
import { postureSummaryFile } from '../../../main/storage/posture-summary';
import { FakeWebContents, invokeEvent } from '../fake-electron';

const OWN = 'file:///app/out/renderer/index.html';
const POSTURE = 'file:///app/out/renderer/posture.html?mode=sense&sampling=burst-1min';

const goodFrame: PostureFrame = { ok: true, at: 1_780_000_000_000, features: { shoulderWidth: 0.35, earShoulderGap: 0.55, noseShoulderGap: 0.75, headSize: 0.09, centerX: 0.5, centerY: 0.7, confidence: 0.8 } };
const pixels = Array.from({ length: 64 }, (_, i) => i % 255);
const DATA_URL = `data:image/png;base64,${'iVBORw0KGgo'.repeat(20)}`;

/** The gatekeeper as the app wires it: a settings window trusted as before, and the posture window by its own rule. */
const rig = () => {
  const received: { frames: PostureFrame[]; calibrations: PostureCalibration[] } = { frames: [], calibrations: [] };
  const postureContents = new FakeWebContents();
  const settingsContents = new FakeWebContents();
  const sensing = { contentsId: (): number | null => postureContents.id };
  const target = {
    receiveFrame: (frame: PostureFrame) => void received.frames.push(frame),
    calibrate: (c: PostureCalibration) => (received.calibrations.push(c), { sensing: true, offReason: null, calibrating: false, lastProblem: null, findings: [], baselineAt: 1, picked: null, today: null }),
    status: () => ({ sensing: true, offReason: null, calibrating: false, lastProblem: null, findings: [], baselineAt: null, picked: null, today: null }),
    openCalibration: () => undefined,
    days: () => [],
  };
  // Only the posture calls and two ordinary ones are exercised; the rest of the contract is not reached.
  const handlers = { ...postureHandlers(target), getSettings: () => ({}), deleteAllData: () => ({ ok: true }) } as unknown as CallHandlers;
  const check = withPostureSender((event) => event.sender.id === settingsContents.id && event.senderFrame?.url === OWN, postureSenderCheck(sensing, OWN));
  const logs: string[] = [];
  const call = (contents: FakeWebContents, url: string, name: Parameters<typeof handleCall>[0], args: unknown[]) => handleCall(name, invokeEvent(contents, url), args, handlers, check, (m) => logs.push(m));
  return { received, postureContents, settingsContents, sensing, call, logs };
};

describe('posture IPC: frames from the posture window only, numbers only', () => {
  it('accepts a frame from the posture window', async () => {
    const r = rig();
    expect(await r.call(r.postureContents, POSTURE, 'postureFrame', [goodFrame])).toEqual({ ok: true, value: { ok: true } });
    expect(r.received.frames).toEqual([goodFrame]);
  });

  it('refuses frames and calibrations from every other window, and from the posture window on another page', async () => {
    const r = rig();
    expect(await r.call(r.settingsContents, OWN, 'postureFrame', [goodFrame])).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await r.call(r.settingsContents, OWN, 'postureCalibrate', [{ shoulderWidth: 0.3, earShoulderGap: 0.5, noseShoulderGap: 0.7, headSize: 0.1, centerX: 0.5, centerY: 0.7 }])).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await r.call(r.postureContents, OWN, 'postureFrame', [goodFrame])).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await r.call(new FakeWebContents(), POSTURE, 'postureFrame', [goodFrame])).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(r.received.frames).toEqual([]);
    expect(r.received.calibrations).toEqual([]);
  });

  it('once the posture window is gone, its id is no longer trusted', async () => {
    const r = rig();
    r.sensing.contentsId = () => null;
    expect(await r.call(r.postureContents, POSTURE, 'postureFrame', [goodFrame])).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('the posture window may make the posture calls and nothing else', async () => {
    const r = rig();
    expect(await r.call(r.postureContents, POSTURE, 'getPostureStatus', [])).toMatchObject({ ok: true });
    for (const [name, args] of [['getSettings', []], ['deleteAllData', [{ confirm: 'delete everything' }]]] as const) {
      expect(await r.call(r.postureContents, POSTURE, name, [...args])).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    // The ordinary windows still reach their calls.
    expect(await r.call(r.settingsContents, OWN, 'getSettings', [])).toMatchObject({ ok: true });
    expect(await r.call(r.settingsContents, OWN, 'getPostureStatus', [])).toMatchObject({ ok: true });
  });

  it('refuses anything image-like riding on a frame or a calibration: nothing reaches the handler', async () => {
    const r = rig();
    const payloads: unknown[][] = [
      [{ ...goodFrame, image: DATA_URL }],
      [{ ...goodFrame, features: { ...goodFrame.features, pixels } }],
      [{ ...goodFrame, features: { ...goodFrame.features, shoulderWidth: DATA_URL } }],
      [{ ...goodFrame, features: { ...goodFrame.features, centerX: pixels } }],
      [{ ...goodFrame, features: { ...goodFrame.features, headSize: new Uint8Array(pixels) } }],
      [goodFrame, DATA_URL],
      [goodFrame, new Uint8Array(pixels)],
      [{ ok: false, at: 1, problem: 'too-dark', snapshot: DATA_URL }],
      [DATA_URL],
    ];
    for (const args of payloads) {
      expect(await r.call(r.postureContents, POSTURE, 'postureFrame', args)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    const calibration = { shoulderWidth: 0.3, earShoulderGap: 0.5, noseShoulderGap: 0.7, headSize: 0.1, centerX: 0.5, centerY: 0.7 };
    expect(await r.call(r.postureContents, POSTURE, 'postureCalibrate', [{ ...calibration, image: DATA_URL }])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(r.received.frames).toEqual([]);
    expect(r.received.calibrations).toEqual([]);
    // The log names the problem without echoing the payload back.
    expect(r.logs.join('\n')).not.toContain('iVBORw0KGgo');
  });
});

describe('posture summary file: numbers only, at most one line a minute', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps one line per minute and refuses anything that is not the minute’s numbers', () => {
    dir = mkdtempSync(join(tmpdir(), 'unknot-posture-'));
    const file = postureSummaryFile(dir);
    const minute = { at: 1_780_000_020_000 - (1_780_000_020_000 % 60_000), sensed: true, near: true, nudges: 0, stillMinutes: 3 };
    expect(file.append(minute)).toBe(true);
    expect(file.append({ ...minute, nudges: 1 })).toBe(false);
    expect(file.append({ ...minute, at: minute.at + 60_000, image: DATA_URL } as typeof minute)).toBe(false);
    expect(file.append({ ...minute, at: minute.at + 60_000, stillMinutes: pixels } as unknown as typeof minute)).toBe(false);
    expect(file.append({ ...minute, at: minute.at + 60_000 })).toBe(true);
    const lines = readFileSync(file.path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const record = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(record).sort()).toEqual(['at', 'near', 'nudges', 'sensed', 'stillMinutes']);
      expect(Object.values(record).every((v) => typeof v === 'number' || typeof v === 'boolean' || v === null)).toBe(true);
    }
    // A second handle (the app restarted) still refuses a minute already written.
    expect(postureSummaryFile(dir).append({ ...minute, at: minute.at + 60_000 })).toBe(false);
    expect(postureSummaryFile(dir).read()).toHaveLength(2);
  });
});
