import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cameraHolders, cameraInUse, cameraStreamRunning, inCallLinux, microphoneInUse, parsePactlText } from '../../../main/quiet/calls-linux';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'linux-calls', name), 'utf8');

/** A fake /proc: each process with its `comm` and the targets of its open file descriptors. */
const fakeProc = (processes: Array<{ pid: number; comm: string; fds: string[] }>) => {
  const proc = mkdtempSync(join(tmpdir(), 'proc-'));
  mkdirSync(join(proc, 'self'));
  for (const { pid, comm, fds } of processes) {
    mkdirSync(join(proc, String(pid), 'fd'), { recursive: true });
    writeFileSync(join(proc, String(pid), 'comm'), `${comm}\n`);
    fds.forEach((target, fd) => symlinkSync(target, join(proc, String(pid), 'fd', String(fd))));
  }
  return proc;
};

/** A tool runner answering from fixtures; null where the tool "is missing". */
const tools = (answers: Record<string, string | null>) => vi.fn(async (cmd: string, args: string[]) => answers[[cmd, ...args].join(' ')] ?? null);

const PIPEWIRE_HOLDS_CAMERA = [
  { pid: 900, comm: 'pipewire', fds: ['/dev/null', '/dev/video0', '/dev/video1'] },
  { pid: 901, comm: 'wireplumber', fds: ['/dev/video0'] },
  { pid: 902, comm: 'pipewire-media-', fds: ['/dev/video0'] },
  { pid: 1200, comm: 'firefox', fds: ['/dev/null', 'socket:[1234]'] },
];

// A fake /proc is built from symlinks whose targets are Linux device paths; Windows rewrites such
// targets (and the check itself runs only on Linux), so these cases run on Linux and macOS.
const procCases = process.platform === 'win32' ? describe.skip : describe;
if (process.platform === 'win32') console.log('calls-linux: the /proc camera cases are skipped on Windows (symlink targets like /dev/video0 cannot be made there)');

procCases('the Linux camera check', () => {
  it('does not call it a call when only PipeWire and WirePlumber hold /dev/video0 and nothing streams', async () => {
    const proc = fakeProc(PIPEWIRE_HOLDS_CAMERA);
    expect(await cameraHolders(proc)).toEqual({ apps: [], daemons: expect.arrayContaining(['pipewire', 'wireplumber', 'pipewire-media-']) });
    expect(await cameraInUse(proc, tools({ 'pw-dump': fixture('pw-dump-idle-camera.json') }))).toBe(false);
  });

  it('calls it a call when an application holds the camera itself', async () => {
    const proc = fakeProc([...PIPEWIRE_HOLDS_CAMERA, { pid: 1300, comm: 'zoom', fds: ['/dev/video0'] }]);
    const run = tools({});
    expect(await cameraInUse(proc, run)).toBe(true);
    expect(run).not.toHaveBeenCalled(); // direct evidence; pw-dump is not needed
  });

  it('calls it a call when PipeWire runs a video stream from the camera to an app', async () => {
    const proc = fakeProc(PIPEWIRE_HOLDS_CAMERA);
    expect(await cameraInUse(proc, tools({ 'pw-dump': fixture('pw-dump-camera-call.json') }))).toBe(true);
  });

  it('does not call a paused camera stream or a screen recording a call', () => {
    expect(cameraStreamRunning(fixture('pw-dump-camera-paused.json'))).toBe(false);
    expect(cameraStreamRunning(fixture('pw-dump-screencast.json'))).toBe(false);
    expect(cameraStreamRunning(fixture('pw-dump-camera-call.json'))).toBe(true);
  });

  it('is not a call when nobody holds a camera, or pw-dump is missing', async () => {
    expect(await cameraInUse(fakeProc([{ pid: 5, comm: 'bash', fds: ['/dev/pts/0'] }]), tools({}))).toBe(false);
    expect(await cameraInUse(fakeProc(PIPEWIRE_HOLDS_CAMERA), tools({}))).toBe(false);
  });
});

describe('the Linux microphone check', () => {
  it('does not call corked, client-less, monitor and level-meter capture streams a call', async () => {
    expect(await microphoneInUse(tools({ 'pactl -f json list source-outputs': fixture('pactl-idle.json') }))).toBe(false);
  });

  it('calls an application’s running, uncorked capture stream a call', async () => {
    expect(await microphoneInUse(tools({ 'pactl -f json list source-outputs': fixture('pactl-live-call.json') }))).toBe(true);
  });

  it('reads the long text format where pactl has no JSON, with the same rules', async () => {
    const run = tools({ 'pactl list source-outputs': fixture('pactl-live-call.txt') });
    expect(await microphoneInUse(run)).toBe(true);
    const streams = parsePactlText(fixture('pactl-live-call.txt'));
    expect(streams.map((s) => [s.client, s.corked, s.properties['application.name'] ?? null])).toEqual([
      ['51', true, 'Chromium'],
      [null, false, null],
      ['73', false, 'Firefox'],
    ]);
    // Only the Firefox stream is live: the same file without it is not a call.
    const withoutFirefox = fixture('pactl-live-call.txt').split('Source Output #61')[0]!;
    expect(await microphoneInUse(tools({ 'pactl list source-outputs': withoutFirefox }))).toBe(false);
  });

  it('falls back to text when pactl prints usage instead of JSON, and cannot tell without pactl', async () => {
    expect(await microphoneInUse(tools({ 'pactl -f json list source-outputs': 'pactl [options] list [TYPE]\n', 'pactl list source-outputs': fixture('pactl-live-call.txt') }))).toBe(true);
    expect(await microphoneInUse(tools({}))).toBeNull();
  });
});

describe('in a call on Linux', () => {
  it('is a call when the camera or the microphone is in use, not when the microphone cannot tell', async () => {
    expect(await inCallLinux({ camera: async () => true, microphone: async () => false })).toBe(true);
    expect(await inCallLinux({ camera: async () => false, microphone: async () => true })).toBe(true);
    expect(await inCallLinux({ camera: async () => false, microphone: async () => null })).toBe(false);
  });
});
