import { describe, expect, it, vi } from 'vitest';
import { EngineHost } from '../../main/core/engine/host';
import type { EngineEffect } from '../../main/core/engine/types';
import { inCallLinux } from '../../main/quiet/calls-linux';
import { probeNearBreaks } from '../../main/quiet/probe';
import { setupQuietSignal } from '../../main/quiet/quiet-signal';
import { configWith, MIN, T0 } from '../helpers/engine';
import { fakeClock } from '../helpers/fake-clock';

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** An engine host on a fake clock with the call detector wired as the app wires it. */
const rig = (inCall: () => boolean) => {
  const clock = fakeClock();
  const cfg = configWith({ gentleStart: { enabled: false } });
  const host = new EngineHost({ config: () => cfg, ...clock, idleSeconds: () => 0, load: () => null, save: () => undefined });
  const quiet = setupQuietSignal((event) => host.dispatch(event));
  const check = vi.fn(async () => inCall());
  const probe = probeNearBreaks([{ reason: 'in a call', check }], quiet.report, clock.now);
  host.on(probe.listener);
  const effects: EngineEffect[] = [];
  host.on((e) => e.type !== 'arm-timer' && effects.push(e));
  host.start();
  const run = async (minutes: number) => {
    for (let i = 0; i < minutes * 2; i += 1) {
      clock.advance(30_000);
      await flush();
    }
  };
  return { host, check, effects, run, probe };
};

describe('probed detectors (calls)', () => {
  it('are asked only near a break: a handful of checks an hour, never on a timer of their own', async () => {
    const { run, probe } = rig(() => false);
    await run(60);
    expect(probe.checks()).toBeGreaterThan(0);
    expect(probe.checks()).toBeLessThanOrEqual(10);
  });

  it('a break due during a call waits, and comes once, a minute after the call ends', async () => {
    let calling = true;
    const { run, effects } = rig(() => calling);
    await run(50);
    expect(effects.filter((e) => e.type === 'break-open')).toEqual([]);
    calling = false;
    await run(5);
    const opens = effects.filter((e) => e.type === 'break-open');
    expect(opens).toHaveLength(1);
    const callEnded = effects.find((e) => e.type === 'notice')!.at;
    expect(opens[0]!.at - callEnded).toBeLessThanOrEqual(2 * MIN);
    expect(opens[0]!.at).toBeGreaterThan(T0 + 50 * MIN);
  });
});

describe('the Linux call detector', () => {
  it('is in a call when the camera or the microphone is in use', async () => {
    expect(await inCallLinux({ camera: async () => true, microphone: async () => false })).toBe(true);
    expect(await inCallLinux({ camera: async () => false, microphone: async () => true })).toBe(true);
    expect(await inCallLinux({ camera: async () => false, microphone: async () => null })).toBe(false);
  });
});

describe('the camera check', () => {
  it('finds a /dev/video* handle among the processes’ open files', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { cameraInUse } = await import('../../main/quiet/calls-linux');
    const proc = mkdtempSync(join(tmpdir(), 'proc-'));
    mkdirSync(join(proc, '101', 'fd'), { recursive: true });
    symlinkSync('/dev/null', join(proc, '101', 'fd', '0'));
    mkdirSync(join(proc, 'self'));
    expect(await cameraInUse(proc)).toBe(false);
    mkdirSync(join(proc, '202', 'fd'), { recursive: true });
    symlinkSync('/dev/video0', join(proc, '202', 'fd', '7'));
    expect(await cameraInUse(proc)).toBe(true);
  });
});
