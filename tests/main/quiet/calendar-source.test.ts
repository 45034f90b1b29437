import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { calendarLabel, readCalendar, setupCalendarSource, type CalendarFetch } from '../../../main/quiet/calendar-source';
import { createDiagnostics } from '../../../main/platform/diagnostics';

const ICS = (start: string, end: string, uid = 'x') =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:${uid}\r\nDTSTART:${start}\r\nDTEND:${end}\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;

// A real HTTP server behind a real fetch: the test's fetch sends https://cal.test/… to it, so the
// size limit, the timeout and the streamed body meet a real network stack (Node's, standing in for
// Electron's net.fetch, which has this same type).
let server: Server;
let base = '';
const requested: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    if (req.url === '/ok.ics') return res.end(ICS('20260304T100000Z', '20260304T110000Z'));
    if (req.url === '/missing.ics') return res.writeHead(404, 'Not Found').end();
    if (req.url === '/huge.ics') {
      res.writeHead(200, { 'content-type': 'text/calendar' }); // no length: the limit must count as it reads
      const chunk = 'X'.repeat(64 * 1024);
      let sent = 0;
      const more = () => {
        while (sent < 64 && res.write(chunk)) sent += 1;
        if (sent < 64) res.once('drain', more);
        else res.end();
      };
      return more();
    }
    if (req.url === '/stalls.ics') {
      res.writeHead(200);
      res.write('BEGIN:VCALENDAR\r\n'); // …and never finishes
      return;
    }
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
const viaTestServer: CalendarFetch = (input, init) => fetch(String(input).replace('https://cal.test', base), init);

describe('reading a calendar address', () => {
  it('reads https, and webcal:// as the same resource over https', async () => {
    await expect(readCalendar('https://cal.test/ok.ics', viaTestServer)).resolves.toContain('BEGIN:VEVENT');
    await expect(readCalendar('webcal://cal.test/ok.ics', viaTestServer)).resolves.toContain('BEGIN:VEVENT');
  });

  it('refuses plain http without asking the network', async () => {
    const fetcher = vi.fn<CalendarFetch>();
    await expect(readCalendar('http://cal.test/ok.ics', fetcher)).rejects.toThrow(/only https:\/\//);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('says what the server answered', async () => {
    await expect(readCalendar('https://cal.test/missing.ics', viaTestServer)).rejects.toThrow('the server answered 404 Not Found');
  });

  it('stops reading a calendar larger than the limit', async () => {
    await expect(readCalendar('https://cal.test/huge.ics', viaTestServer, { maxBytes: 1024 * 1024 })).rejects.toThrow(/larger than 1 MB/);
  });

  it('gives up on a server that stops answering, with a timeout in words', async () => {
    const started = Date.now();
    await expect(readCalendar('https://cal.test/stalls.ics', viaTestServer, { timeoutMs: 300 })).rejects.toThrow('no answer within 300 ms');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('names a calendar without its private part', () => {
    expect(calendarLabel('https://calendar.google.com/calendar/ical/me%40example.com/private-0123abcd/basic.ics')).toBe('calendar.google.com/…/basic.ics');
    expect(calendarLabel('/home/alex/Calendars/work.ics')).toBe('work.ics');
  });
});

describe('calendar sources over time', () => {
  const NOW = Date.parse('2026-03-04T08:00:00Z');
  const setup = (read: (source: string) => Promise<string>, sources: string[] = ['https://cal.example.test/secret-token/work.ics']) => {
    const dispatch = vi.fn();
    const log = vi.fn();
    const onProblems = vi.fn();
    const diagnostics = createDiagnostics();
    const timers: unknown[] = [];
    const source = setupCalendarSource({
      sources: () => sources,
      read,
      dispatch,
      now: () => NOW,
      log,
      setTimer: (_ms, fn) => (timers.push(fn), timers.length),
      clearTimer: (handle) => timers.splice(Number(handle) - 1, 1, null),
      diagnostics,
      onProblems,
    });
    return { source, dispatch, log, onProblems, diagnostics, armed: () => timers.filter(Boolean).length };
  };

  it('keeps the last good events when a calendar cannot be read, and says why in Diagnostics', async () => {
    let failing = false;
    const t = setup(async () => {
      if (failing) throw new Error('no answer within 20 s');
      return ICS('20260304T100000Z', '20260304T110000Z');
    });
    const first = await t.source.refresh();
    failing = true;
    const second = await t.source.refresh();
    expect(second).toEqual(first);
    expect(second.map((e) => new Date(e.start).toISOString())).toEqual(['2026-03-04T10:00:00.000Z']);
    expect(t.dispatch).toHaveBeenLastCalledWith({ type: 'calendar', events: first });
    expect(t.diagnostics.snapshot().detectors.calendar).toMatchObject({
      available: true,
      enabled: true,
      askedAt: NOW,
      lastAnswer: '1 event, 1 problem',
      lastError: 'cal.example.test/…/work.ics: no answer within 20 s',
    });
    expect(t.onProblems).toHaveBeenLastCalledWith([{ source: 'cal.example.test/…/work.ics', message: 'no answer within 20 s' }]);
    expect(JSON.stringify([t.log.mock.calls, t.diagnostics.snapshot()])).not.toContain('secret-token');
  });

  it('reports one bad event and keeps the others', async () => {
    const bad = ICS('20260304T100000Z', '20260304T110000Z').replace('END:VCALENDAR', 'BEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:Broken\r\nDTSTART:20260304T120000Z\r\nRRULE:FREQ=NEVER\r\nEND:VEVENT\r\nEND:VCALENDAR');
    const t = setup(async () => bad);
    expect(await t.source.refresh()).toHaveLength(1);
    expect(t.diagnostics.snapshot().detectors.calendar?.lastAnswer).toBe('1 event, 1 problem');
    expect(t.onProblems.mock.calls[0]![0]).toEqual([expect.objectContaining({ uid: 'bad', summary: 'Broken', message: expect.stringMatching(/invalid frequency/) })]);
  });

  it('lets only the newest of overlapping refreshes tell the engine, with one timer armed', async () => {
    let release: (text: string) => void = () => undefined;
    let calls = 0;
    const t = setup(() => {
      calls += 1;
      return calls === 1 ? new Promise<string>((resolve) => (release = resolve)) : Promise.resolve(ICS('20260304T120000Z', '20260304T130000Z'));
    });
    const older = t.source.refresh();
    const newer = await t.source.refresh();
    release(ICS('20260304T100000Z', '20260304T110000Z'));
    await older;
    expect(t.dispatch).toHaveBeenCalledTimes(1);
    expect(t.dispatch).toHaveBeenLastCalledWith({ type: 'calendar', events: newer });
    expect(t.armed()).toBe(1);
  });
});
