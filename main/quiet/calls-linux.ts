import { execFile } from 'node:child_process';
import { readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';

/** True when any process has a camera (/dev/video*) open: a look through /proc, no tools spawned. */
export const cameraInUse = async (proc = '/proc'): Promise<boolean> => {
  let pids: string[];
  try {
    pids = (await readdir(proc)).filter((name) => /^\d+$/.test(name));
  } catch {
    return false;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = await readdir(join(proc, pid, 'fd'));
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      const target = await readlink(join(proc, pid, 'fd', fd)).catch(() => '');
      if (target.startsWith('/dev/video')) return true;
    }
  }
  return false;
};

/** True when PulseAudio or PipeWire (through its Pulse layer) has a capture stream open; null when it cannot tell. */
export const microphoneInUse = (run = execFile): Promise<boolean | null> =>
  new Promise((resolve) => {
    run('pactl', ['list', 'short', 'source-outputs'], { timeout: 3000 }, (error, stdout) => {
      if (error) resolve(null);
      else resolve(String(stdout).trim().length > 0);
    });
  });

/** "In a call" on Linux: a camera or a microphone in use. */
export const inCallLinux = async (deps = { camera: cameraInUse, microphone: microphoneInUse }): Promise<boolean> =>
  (await deps.camera()) || (await deps.microphone()) === true;
