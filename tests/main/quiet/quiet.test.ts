import { afterEach, describe, expect, it, vi } from 'vitest';
import dbus from 'dbus-next';
import { CALENDAR_REFRESH_MS, readCalendar, setupCalendarSource, type CalendarFetch } from '../../../main/quiet/calendar-source';
import { watchDoNotDisturb } from '../../../main/quiet/dnd-dbus';
import { setupQuietSignal } from '../../../main/quiet/quiet-signal';
import { hasDbusDaemon, silentBus, startBus, staleBusAddress } from '../../helpers/dbus';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const daemon = hasDbusDaemon();
if (!daemon) console.log('do-not-disturb D-Bus tests skipped: dbus-daemon is not installed (.ci/run installs it)');

/** A notification server on the bus whose Inhibited property the test flips. */
const notificationServer = async (address: string) => {
  const bus = dbus.sessionBus({ busAddress: address });
  class Notifications extends dbus.interface.Interface {
    inhibited = false;
    get Inhibited() {
      return this.inhibited;
    }
  }
  Notifications.configureMembers({ properties: { Inhibited: { signature: 'b', access: dbus.interface.ACCESS_READ } } });
  const service = new Notifications('org.freedesktop.Notifications');
  bus.export('/org/freedesktop/Notifications', service);
  await bus.requestName('org.freedesktop.Notifications', 0);
  return {
    set: (on: boolean) => {
      service.inhibited = on;
      dbus.interface.Interface.emitPropertiesChanged(service, { Inhibited: on }, []);
    },
    stop: () => bus.disconnect(),
  };
};

describe.skipIf(!daemon)('do-not-disturb over a real session bus', () => {
  it('reads Inhibited, then follows its change signals to the engine’s quiet signal, without polling', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    const server = await notificationServer(bus.address);
    cleanups.push(server.stop);
    const dispatch = vi.fn();
    const quiet = setupQuietSignal(dispatch);
    const stop = await watchDoNotDisturb(bus.address, (on) => quiet.report('do not disturb', on), vi.fn());
    cleanups.push(() => stop?.());
    expect(stop).not.toBeNull();
    expect(dispatch).not.toHaveBeenCalled(); // it starts off, and off is not news
    server.set(true);
    await vi.waitFor(() => expect(dispatch).toHaveBeenLastCalledWith({ type: 'quiet', on: true, reason: 'do not disturb', by: 'detector' }));
    server.set(false);
    await vi.waitFor(() => expect(dispatch).toHaveBeenLastCalledWith({ type: 'quiet', on: false, reason: 'do not disturb', by: 'detector' }));
    expect(dispatch).toHaveBeenCalledTimes(2);
  });

  it('says plainly when no notification server is there', async () => {
    const bus = await startBus();
    cleanups.push(bus.stop);
    const log = vi.fn();
    expect(await watchDoNotDisturb(bus.address, vi.fn(), log)).toBeNull();
    expect(log.mock.calls.at(-1)![0]).toMatch(/offers no do-not-disturb state/);
  });
});

describe('do-not-disturb with a broken bus', () => {
  it('gives up within the bound, says why, and keeps no connection, when the bus accepts and never answers', async () => {
    const silent = await silentBus();
    cleanups.push(silent.stop);
    const log = vi.fn();
    const started = Date.now();
    expect(await watchDoNotDisturb(silent.address, vi.fn(), log, { timeoutMs: 300 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(log.mock.calls.at(-1)![0]).toMatch(/did not answer within 300 ms/);
    await vi.waitFor(() => expect(silent.connections()).toBe(0));
  });

  it('gives up at once, and says why, when the bus address is stale (its socket is gone)', async () => {
    const log = vi.fn();
    const started = Date.now();
    expect(await watchDoNotDisturb(staleBusAddress(), vi.fn(), log)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(log.mock.calls.at(-1)![0]).toMatch(/ENOENT/);
  });
});

describe('calendar sources', () => {
  it('reads every source, tells the engine the next day’s busy events, and refreshes every 15 minutes', async () => {
    const dispatch = vi.fn();
    const timers: [number, () => void][] = [];
    const ics = (start: string, end: string) => `BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nDTSTART:${start}\nDTEND:${end}\nEND:VEVENT\nEND:VCALENDAR\n`;
    const source = setupCalendarSource({
      sources: () => ['/cal/a.ics', 'https://example.test/b.ics', '/cal/broken.ics'],
      read: async (src) => (src.includes('broken') ? 'garbage' : src.includes('a.ics') ? ics('20260302T100000Z', '20260302T110000Z') : ics('20260302T140000Z', '20260302T143000Z')),
      dispatch,
      now: () => Date.parse('2026-03-02T09:00:00Z'),
      log: vi.fn(),
      setTimer: (ms, fn) => timers.push([ms, fn]),
      clearTimer: () => undefined,
    });
    const events = await source.refresh();
    expect(events.map((e) => new Date(e.start).toISOString())).toEqual(['2026-03-02T10:00:00.000Z', '2026-03-02T14:00:00.000Z']);
    expect(dispatch).toHaveBeenCalledWith({ type: 'calendar', events });
    expect(timers.map(([ms]) => ms)).toEqual([CALENDAR_REFRESH_MS]);
  });

  it('reads https and local files, and refuses plain http', async () => {
    // Typed as Electron's net.fetch, which the calendar source is given in the app.
    const fetcher = vi.fn<CalendarFetch>(async () => new Response('BEGIN:VCALENDAR\nEND:VCALENDAR\n'));
    await expect(readCalendar('https://cal.example.test/x.ics', fetcher)).resolves.toContain('VCALENDAR');
    await expect(readCalendar('http://cal.example.test/x.ics', fetcher)).rejects.toThrow(/only https/);
    await expect(readCalendar(`${process.cwd()}/tests/fixtures/weekly.ics`)).resolves.toContain('Weekly planning');
  });
});
