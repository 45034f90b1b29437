import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeNotification, resetFakes } from '../fake-electron';
import { PAGE_HTML, PAGE_URL, postureRig, settle } from './posture-fixture';

// setup-posture.ts creates the real window from electron's BrowserWindow: here the typed fake.
vi.mock('electron', async () => ({ ...(await import('../fake-electron')).electronFake, systemPreferences: {}, webContents: {} }));
const { createPostureBrowserWindow } = await import('../../../main/posture/setup-posture');

const frameAt = (at: number, shift = 0) => ({
  ok: true as const,
  at,
  features: { shoulderWidth: 0.35, earShoulderGap: 0.55 - shift, noseShoulderGap: 0.75 - shift, headSize: 0.09, centerX: 0.5, centerY: 0.7, confidence: 0.8 },
});

describe('posture window lifecycle: the camera runs only while sensing may', () => {
  beforeEach(() => resetFakes());

  it('off by default: no window, no camera grant', async () => {
    const rig = postureRig({ enabled: false });
    await settle();
    expect(rig.alive()).toHaveLength(0);
    expect(rig.grant.allows({ id: 1 }, PAGE_URL)).toBe(false);
    expect(rig.sensing.status()).toMatchObject({ sensing: false, offReason: 'disabled' });
  });

  it('switched on: one hidden, unthrottled, sandboxed window on the posture page, granted the camera', async () => {
    const rig = postureRig({ create: (o) => createPostureBrowserWindow('/app/out/preload/index.cjs', o) as unknown as FakeBrowserWindow });
    await settle();
    const [win] = rig.alive();
    expect(rig.alive()).toHaveLength(1);
    expect(win!.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, backgroundThrottling: false } });
    expect(win!.loaded).toEqual({ file: PAGE_HTML, options: { query: { mode: 'sense', sampling: 'burst-1min' } } });
    expect(win!.shownWithFocus + win!.shownInactive).toBe(0);
    expect(rig.grant.allows(win!.contents, `${PAGE_URL}?mode=sense&sampling=burst-1min`)).toBe(true);
    expect(rig.sensing.status()).toMatchObject({ sensing: true, offReason: null });
  });

  for (const [name, act, reason] of [
    ['the screen locks', (rig: ReturnType<typeof postureRig>) => rig.host.dispatch({ type: 'lock' }), 'away'],
    ['the computer sleeps', (rig: ReturnType<typeof postureRig>) => rig.host.dispatch({ type: 'suspend' }), 'away'],
    ['breaks are paused', (rig: ReturnType<typeof postureRig>) => rig.host.dispatch({ type: 'user', action: 'pause', minutes: 30 }), 'paused'],
    ['a detector says quiet', (rig: ReturnType<typeof postureRig>) => rig.host.dispatch({ type: 'quiet', on: true, reason: 'in a call' }), 'quiet'],
    ['a break starts', (rig: ReturnType<typeof postureRig>) => rig.host.dispatch({ type: 'user', action: 'start-now' }), 'break'],
    ['the power cable is pulled', (rig: ReturnType<typeof postureRig>) => void rig.power.emit('on-battery'), 'battery'],
    ['sensing is switched off', (rig: ReturnType<typeof postureRig>) => void rig.settings.update({ posture: { enabled: false } }), 'disabled'],
  ] as const) {
    it(`camera released at once when ${name}, and the grant withdrawn`, async () => {
      const rig = postureRig();
      await settle();
      const [win] = rig.alive();
      act(rig);
      expect(win!.destroyed).toBe(true);
      expect(rig.alive()).toHaveLength(0);
      expect(rig.grant.allows(win!.contents, PAGE_URL)).toBe(false);
      expect(rig.sensing.status()).toMatchObject({ sensing: false, offReason: reason });
      expect(rig.published.at(-1)).toMatchObject({ sensing: false, offReason: reason });
    });
  }

  it('comes back after unlock and resume, and when the pause ends', async () => {
    const rig = postureRig();
    await settle();
    rig.host.dispatch({ type: 'lock' });
    rig.host.dispatch({ type: 'unlock' });
    expect(rig.alive()).toHaveLength(1);
    rig.host.dispatch({ type: 'user', action: 'pause', minutes: 30 });
    expect(rig.alive()).toHaveLength(0);
    rig.advance(31 * 60_000);
    rig.host.dispatch({ type: 'tick', idleSeconds: 0 });
    expect(rig.alive()).toHaveLength(1);
  });

  it('outside working hours the camera stays off', async () => {
    const rig = postureRig();
    await settle();
    // 09:00 UTC on a Monday; working hours that ended at 08:00.
    rig.settings.update({ workingHours: { enabled: true, days: { mon: [['06:00', '08:00']] } } });
    expect(rig.alive()).toHaveLength(0);
    expect(rig.sensing.status().offReason).toBe('off-hours');
  });

  it('on battery with "pause on battery" off, it keeps sensing', async () => {
    const rig = postureRig({ battery: true });
    await settle();
    expect(rig.alive()).toHaveLength(0);
    rig.settings.update({ posture: { pauseOnBattery: false } });
    // The first time the camera is wanted, the OS is asked (macOS) before anything opens.
    await settle();
    expect(rig.alive()).toHaveLength(1);
  });

  it('macOS refused the camera: no window at all', async () => {
    const rig = postureRig({ askCamera: () => Promise.resolve(false) });
    await settle();
    expect(rig.alive()).toHaveLength(0);
    expect(rig.logs.join('\n')).toMatch(/refused/);
  });

  it('a new sampling choice reopens the window with it; frames after release are dropped', async () => {
    const rig = postureRig();
    await settle();
    rig.settings.update({ posture: { sampling: 'burst-5min' } });
    expect(rig.alive()).toHaveLength(1);
    expect(rig.alive()[0]!.loaded?.options).toEqual({ query: { mode: 'sense', sampling: 'burst-5min' } });
    rig.host.dispatch({ type: 'lock' });
    rig.sensing.receiveFrame(frameAt(rig.now()));
    expect(rig.sensing.status().lastProblem).toBeNull();
  });

  it('calibration shows the window, stores the averaged features, then goes back to hidden sensing', async () => {
    const rig = postureRig();
    await settle();
    rig.sensing.openCalibration();
    await settle();
    const [cal] = rig.alive();
    expect(cal!.loaded?.options).toEqual({ query: { mode: 'calibrate', sampling: 'burst-1min' } });
    expect(cal!.shownWithFocus).toBe(1);
    const status = rig.sensing.calibrate({ shoulderWidth: 0.35, earShoulderGap: 0.55, noseShoulderGap: 0.75, headSize: 0.09, centerX: 0.5, centerY: 0.7 });
    expect(status.baselineAt).toBe(rig.now());
    expect(rig.settings.get().posture.baseline).toMatchObject({ shoulderWidth: 0.35, at: rig.now() });
    expect(cal!.destroyed).toBe(true);
    expect(rig.alive()).toHaveLength(1);
    expect(rig.alive()[0]!.loaded?.options).toEqual({ query: { mode: 'sense', sampling: 'burst-1min' } });
  });

  it('closing the calibration view by hand does not bring it back', async () => {
    const rig = postureRig();
    await settle();
    rig.sensing.openCalibration();
    await settle();
    rig.alive()[0]!.close();
    rig.advance(60_000);
    expect(rig.alive().map((w) => w.loaded?.options)).toEqual([{ query: { mode: 'sense', sampling: 'burst-1min' } }]);
  });

  it('a sustained shrug nudges with a silent notification that focuses nothing, and the tray hears it', async () => {
    const rig = postureRig();
    await settle();
    rig.sensing.calibrate({ shoulderWidth: 0.35, earShoulderGap: 0.55, noseShoulderGap: 0.75, headSize: 0.09, centerX: 0.5, centerY: 0.7 });
    const heard: (string | null)[] = [];
    const unsubscribe = rig.sensing.onPostureNudge((n) => heard.push(n?.finding ?? null));
    for (let minute = 0; minute < 8; minute += 1) {
      rig.advance(60_000);
      // A burst of three frames, shoulders raised by 0.16 shoulder widths, moving a little.
      for (let i = 0; i < 3; i += 1) rig.sensing.receiveFrame({ ...frameAt(rig.now() + i * 1000, 0.16), features: { ...frameAt(0, 0.16).features, centerX: 0.5 + (minute % 2) * 0.06 } });
    }
    rig.advance(60_000);
    expect(heard).toContain('shoulders-up');
    const notes = FakeNotification.instances;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.options).toMatchObject({ silent: true, body: 'Shoulders are up by your ears. Let them drop on a long breath out.' });
    expect(notes[0]!.shown).toBe(true);
    expect(FakeBrowserWindow.instances.every((w) => w.shownWithFocus === 0 && w.focusRequests === 0)).toBe(true);
    expect(rig.minutes.some((m) => m.nudges === 1)).toBe(true);
    expect(rig.sensing.chooseTechnique([], null)).toMatchObject({ technique: 'shrug-and-drop', reasonKey: 'posture.main.why.shoulders-up' });
    expect(rig.sensing.chooseTechnique([], null)?.technique).toBe('shrug-and-drop');
    // The next break answers it: after it, nothing is suggested until something is seen again.
    rig.host.dispatch({ type: 'user', action: 'start-now' });
    expect(rig.sensing.chooseTechnique([], null)).toBeNull();
    unsubscribe();
  });

  it('stop() releases the camera and every subscription', async () => {
    const rig = postureRig();
    await settle();
    const before = rig.host.listenerCount();
    rig.sensing.stop();
    expect(rig.alive()).toHaveLength(0);
    expect(rig.host.listenerCount()).toBe(before - 1);
    expect(rig.power.listenerCount('on-battery') + rig.power.listenerCount('on-ac')).toBe(0);
  });
});
