import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { EngineHost } from '../../../main/core/engine/host';
import { CALL_NAMES, type CallName } from '../../../main/core/ipc/channels';
import { contract } from '../../../main/core/ipc/contract';
import { TECHNIQUE_REFS } from '../../../main/core/techniques/library';
import { T0 } from '../../helpers/engine';
import { FakeWebContents, invokeEvent } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electronFake);
const { handleCall } = await import('../../../main/ipc/gatekeeper');
const { makeIpcHandlers } = await import('../../../main/ipc/handlers');
const { setupSettings } = await import('../../../main/storage/settings-store');
const { userData } = await import('../../../main/storage/user-data');
const { historyFile } = await import('../../../main/storage/history-file');

/** How many payloads each run sends; `npm run bench` reports the same figure. */
export const FUZZ_PAYLOADS = 10_000;

const hostile = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, maxDepth: 4 }),
  fc.string({ maxLength: 200_000, unit: 'binary' }).map((s) => s.repeat(1)),
  fc.constantFrom(NaN, -Infinity, Infinity, -1, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
  fc.record({ action: fc.constantFrom('done', 'skip', 'snooze', 'another', 'nap', '__proto__'), minutes: fc.oneof(fc.double(), fc.integer(), fc.string()) }, { requiredKeys: [] }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  fc.constant(JSON.parse('{"app": {"__proto__": {"onboarded": true}}, "breaks": {"posture": {"everyMinutes": "NaN"}}}')),
  fc.letrec<{ deep: unknown }>((tie) => ({ deep: fc.oneof({ depthSize: 'large' }, fc.constant(null), fc.array(tie('deep'), { maxLength: 2 })) })).deep,
);

describe('IPC under attack', () => {
  it(`answers ${FUZZ_PAYLOADS} random and malformed payloads on every channel with typed errors, changing nothing`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-fuzz-'));
    const settings = setupSettings(dir, () => undefined);
    settings.update({ noticeSeconds: 30 });
    const config = () => ({ settings: settings.get(), timeZone: 'UTC', techniques: TECHNIQUE_REFS });
    let wall = T0;
    const makeHost = () => new EngineHost({ config, now: () => wall, monotonic: () => wall, idleSeconds: () => 0, setTimer: () => 0, clearTimer: () => undefined, load: () => null, save: () => undefined });
    const host = makeHost();
    host.start();
    const data = userData(dir, historyFile(dir), () => undefined);
    data.addCheckIn({ discomfort: 4, stress: 3 }, T0);
    const deps = { data, now: () => wall, saveFile: async () => null, openLog: async () => '/dev/null' };
    const handlers = makeIpcHandlers(host, settings, config, deps);
    // A twin engine that receives only the calls that passed the schema: the fuzzed one must match it.
    const twin = makeHost();
    twin.start();
    const twinHandlers = makeIpcHandlers(twin, settings, config, deps);
    const checkInsBefore = readFileSync(join(dir, 'check-ins.jsonl'), 'utf8');
    const sender = invokeEvent(new FakeWebContents(), 'file:///app/out/renderer/index.html#/settings');
    const fileBefore = readFileSync(join(dir, 'settings.json'), 'utf8');
    const codes = new Map<string, number>();
    let sent = 0;
    let validCheckIns = 0;

    await fc.assert(
      fc.asyncProperty(fc.constantFrom<CallName>(...CALL_NAMES), fc.array(hostile, { maxLength: 3 }), async (name, args) => {
        sent += 1;
        wall += 1000;
        const parsed = contract.calls[name].args.safeParse(args);
        const valid = parsed.success;
        const result = await handleCall(name, sender, args, handlers, () => true, () => undefined);
        if (valid && (name === 'submitCheckIn' || name === 'dismissCheckIn')) validCheckIns += 1;
        if (valid && name === 'breakAction') await (twinHandlers.breakAction as (...a: unknown[]) => unknown)(...(parsed.data as unknown[]));
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(['invalid-arguments', 'failed']).toContain(result.error.code);
          expect(typeof result.error.message).toBe('string');
          codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
        }
        if (!valid) expect(result.ok).toBe(false);
        // Nothing hostile may leak onto plain objects.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: FUZZ_PAYLOADS },
    );

    expect(sent).toBe(FUZZ_PAYLOADS);
    expect(codes.get('invalid-arguments') ?? 0).toBeGreaterThan(FUZZ_PAYLOADS * 0.5);
    // Payloads that passed the schema may act (a valid "done" is a real action); the rest change nothing.
    expect(JSON.stringify(host.snapshot())).toBe(JSON.stringify(twin.snapshot()));
    expect(Number.isFinite(host.snapshot().active.posture)).toBe(true);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(fileBefore);
    // Only the calls that passed the schema wrote check-ins (an empty dismissCheckIn() is valid).
    const lines = readFileSync(join(dir, 'check-ins.jsonl'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe(checkInsBefore.trim());
    expect(lines).toHaveLength(1 + validCheckIns);
  }, 120_000);

  it('rejects every call from a window that is not the app’s own, whatever it sends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-fuzz-'));
    const settings = setupSettings(dir, () => undefined);
    const handlers = Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn()])) as unknown as Parameters<typeof handleCall>[3];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<CallName>(...CALL_NAMES), fc.array(hostile, { maxLength: 2 }), async (name, args) => {
        const result = await handleCall(name, invokeEvent(new FakeWebContents(), 'https://evil.example/'), args, handlers, () => false, () => undefined);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      }),
      { numRuns: 500 },
    );
    expect(Object.values(handlers).every((h) => (h as ReturnType<typeof vi.fn>).mock.calls.length === 0)).toBe(true);
    expect(settings.get().noticeSeconds).toBe(30);
  });
});
