import ICAL from 'ical.js';
import type { CalendarProblem } from './calendar';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The VCALENDAR components of a parsed text (several top-level components come back as a list). */
const calendarsOf = (parsed: unknown): ICAL.Component[] => {
  const list = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  return list.map((jcal) => new ICAL.Component(jcal)).filter((c) => c.name === 'vcalendar');
};

/** The blocks one level inside VCALENDAR (VEVENT, VTIMEZONE, …), each as its own lines. */
const childBlocks = (text: string): string[][] => {
  const blocks: string[][] = [];
  let depth = 0;
  let current: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    const begin = /^BEGIN:/i.test(line);
    const end = /^END:/i.test(line);
    if (begin) depth += 1;
    if (depth >= 2) (current ??= []).push(line);
    if (end) {
      if (depth === 2 && current) {
        blocks.push(current);
        current = null;
      }
      depth = Math.max(0, depth - 1);
    }
  }
  if (current) blocks.push(current); // cut off at the end: it fails below and is reported
  return blocks;
};

/** A field of a block that did not parse, read by eye (its UID or SUMMARY), so the problem names the event. */
const field = (lines: readonly string[], name: string) =>
  lines.find((l) => l.toUpperCase().startsWith(`${name}:`) || l.toUpperCase().startsWith(`${name};`))?.replace(/^[^:]*:/, '').trim();

/**
 * Parses an iCalendar text into its VCALENDARs. When ical.js refuses the whole text (it parses
 * RRULE and every line eagerly, so one bad rule or stray line anywhere fails everything), each
 * block inside the calendar is parsed on its own: the good ones are kept, each bad one is a
 * problem. Returns null when nothing in the text is a calendar; `firstError` then says why.
 */
export const parseCalendars = (text: string, source: string, problems: CalendarProblem[]): { calendars: ICAL.Component[]; firstError?: string } => {
  try {
    return { calendars: calendarsOf(ICAL.parse(text)) };
  } catch (error) {
    const blocks = childBlocks(text);
    if (blocks.length === 0) return { calendars: [], firstError: messageOf(error) };
    const calendar = new ICAL.Component('vcalendar');
    for (const lines of blocks) {
      try {
        for (const c of calendarsOf(ICAL.parse(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n')))) {
          for (const child of [...c.getAllSubcomponents()]) calendar.addSubcomponent(child);
        }
      } catch (blockError) {
        const uid = field(lines, 'UID');
        const summary = field(lines, 'SUMMARY');
        const kind = (field(lines, 'BEGIN') ?? 'block').toUpperCase();
        problems.push({
          source,
          ...(uid ? { uid } : {}),
          ...(summary ? { summary } : {}),
          message: `${kind === 'VEVENT' ? 'this event' : `a ${kind}`} could not be read (${messageOf(blockError)}); it is left out`,
        });
      }
    }
    return { calendars: [calendar] };
  }
};
