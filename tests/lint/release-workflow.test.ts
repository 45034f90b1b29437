import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// js-yaml 4 comes with electron-updater (which parses latest.yml with it); it ships no type
// declarations, so its `load(text): unknown` (lib/loader.js) is typed here.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

type Step = { name?: string; if?: string; run?: string; shell?: string; env?: Record<string, string>; uses?: string; with?: Record<string, unknown> };
type Job = { 'runs-on': string; needs?: string; strategy?: { matrix: { include: { os: string; targets: string }[] } }; steps: Step[] };
type Workflow = { on: { push: Record<string, unknown> }; permissions: Record<string, string>; jobs: Record<string, Job> };

const workflow = load(readFileSync('.github/workflows/release.yml', 'utf8')) as Workflow;
const builder = load(readFileSync('electron-builder.yml', 'utf8')) as { publish: Record<string, string> };
const build = workflow.jobs.build!;
const step = (pattern: RegExp) => build.steps.filter((s) => pattern.test(s.name ?? ''));

describe('the release workflow', () => {
  it('runs only when a v* tag is pushed', () => {
    expect(Object.keys(workflow.on)).toEqual(['push']);
    expect(workflow.on.push).toEqual({ tags: ['v*'] });
    expect(workflow.permissions).toEqual({ contents: 'write' });
  });

  it('builds AppImage and deb on Linux, dmg and the updater zip on macOS, NSIS on Windows, and publishes', () => {
    const targets = Object.fromEntries(build.strategy!.matrix.include.map((m) => [m.os, m.targets]));
    expect(targets).toEqual({ 'ubuntu-latest': '--linux AppImage deb', 'macos-latest': '--mac dmg zip --x64 --arm64', 'windows-latest': '--win nsis' });
    expect(build['runs-on']).toBe('${{ matrix.os }}');
    const packaging = step(/^Package/)[0]!;
    expect(packaging.run).toContain('electron-builder --config electron-builder.yml ${{ matrix.targets }} --publish always');
    expect(build.steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with).toMatchObject({ 'node-version': 22 });
    expect(build.steps.some((s) => s.run === 'node node_modules/electron/install.js')).toBe(true);
  });

  it('uploads to one draft release, created before the builds so parallel uploads cannot make two', () => {
    expect(builder.publish).toMatchObject({ provider: 'github', releaseType: 'draft' });
    expect(build.needs).toBe('draft');
    const create = workflow.jobs.draft!.steps.map((s) => s.run ?? '').join('\n');
    expect(create).toContain('gh release create "$GITHUB_REF_NAME" --draft');
    expect(step(/SHA256SUMS/)[0]!.run).toContain('gh release upload "$GITHUB_REF_NAME"');
  });

  it('signs and notarizes only with their secrets, and says so when it builds unsigned', () => {
    const mac = step(/Signing and notarization \(macOS\)/)[0]!;
    expect(mac.if).toBe("runner.os == 'macOS'");
    expect(mac.env).toMatchObject({ CSC_LINK: '${{ secrets.CSC_LINK }}', APPLE_ID: '${{ secrets.APPLE_ID }}' });
    expect(mac.run).toMatch(/if \[ -z "\$CSC_LINK" \]; then\s+echo "signing: no CSC_LINK secret, building unsigned/);
    expect(mac.run).toContain('echo "CSC_IDENTITY_AUTO_DISCOVERY=false" >> "$GITHUB_ENV"');
    expect(mac.run).toContain('skipping notarization');
    const win = step(/Signing \(Windows\)/)[0]!;
    expect(win.if).toBe("runner.os == 'Windows'");
    expect(win.run).toContain('signing: no WIN_CSC_LINK secret, building unsigned');
    // Each OS is handed only its own certificate.
    const pack = step(/^Package/)[0]!;
    expect(pack.env).toMatchObject({ MAC_CSC_LINK_SECRET: "${{ runner.os == 'macOS' && secrets.CSC_LINK || '' }}", WIN_CSC_LINK_SECRET: "${{ runner.os == 'Windows' && secrets.WIN_CSC_LINK || '' }}" });
    // An empty CSC_LINK is read as a path by electron-builder's macOS packager: it may never be set empty.
    expect(pack.env).not.toHaveProperty('CSC_LINK');
    expect(pack.run).toMatch(/if \[ -n "\$MAC_CSC_LINK_SECRET" \]; then export CSC_LINK=/);
  });

  it('runs every bash-syntax step under bash, so it is valid on the Windows runner too', () => {
    const bashy = /\$\{?[A-Z_]+|\bif \[|\bexport\b|\bshopt\b|>>/;
    const bashSteps = Object.values(workflow.jobs).flatMap((job) => job.steps).filter((s) => s.run && bashy.test(s.run.replace(/\$\{\{[^}]*\}\}/g, '')));
    // The workflow has many bash steps; finding none would mean this test checked nothing.
    expect(bashSteps.length).toBeGreaterThan(3);
    for (const s of bashSteps) expect({ step: s.name, shell: s.shell }).toEqual({ step: s.name, shell: 'bash' });
  });
});
