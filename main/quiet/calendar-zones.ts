import ICAL from 'ical.js';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { WINDOWS_ZONES } from './calendar-windows-zones';

// "(UTC+01:00) " or the older "(GMT+01:00) " in front of a Windows display name.
const DISPLAY_PREFIX = /^\((?:UTC|GMT)(?:[+-]\d{1,2}:\d{2})?\)\s*/i;

let ianaNames: Set<string> | null = null;
let windowsNames: Map<string, string> | null = null;
// Parsed VTIMEZONEs (jCal) by TZID as written; null for a name nobody knows.
const blocks = new Map<string, unknown[] | null>();

/** The IANA zones timezones-ical-library holds a VTIMEZONE for (its own aliases included). */
const iana = (): Set<string> => {
  if (!ianaNames) {
    const list = tzlib_get_timezones();
    ianaNames = new Set(Array.isArray(list) ? list : (JSON.parse(list) as string[]));
  }
  return ianaNames;
};

/** Windows names and display names (lower case, display names without their offset) to IANA zones. */
const windows = (): Map<string, string> => {
  windowsNames ??= new Map(
    WINDOWS_ZONES.flatMap(([display, name, zone]) => [
      [name.toLowerCase(), zone],
      [display.replace(DISPLAY_PREFIX, '').toLowerCase(), zone],
    ]),
  );
  return windowsNames;
};

/**
 * The IANA zone a TZID names, or null: an IANA name itself; a Windows name ("W. Europe Standard
 * Time") or display name ("(UTC+01:00) Amsterdam, Berlin, …"); or an IANA name behind a vendor
 * prefix ("/mozilla.org/20050126_1/America/New_York", "/citadel.org/20190914_1/Europe/Berlin").
 */
export const ianaZoneOf = (tzid: string): string | null => {
  const name = tzid.trim();
  if (iana().has(name)) return name;
  const win = windows().get(name.toLowerCase()) ?? windows().get(name.replace(DISPLAY_PREFIX, '').toLowerCase());
  if (win) return win;
  const parts = name.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i += 1) {
    const tail = parts.slice(i).join('/');
    if (iana().has(tail)) return tail;
  }
  return null;
};

/**
 * A VTIMEZONE for `tzid`, named exactly as the calendar names it, for a calendar that carries none
 * (RFC 5545 asks for one; many exports leave it out, and ical.js then reads the times as floating,
 * hours off). The caller adds it to that calendar, where ical.js looks first (Component.getTimeZoneByID
 * in kewisch/ical.js lib/ical/component.js), rather than to the process-wide TimezoneService: one
 * calendar's zones never leak into another's, and ical.js caches a zone it found in the calendar,
 * where it rescans every component for one it did not (quadratic for 5,000 events). A fresh
 * component each call, since a component belongs to one calendar. Null when the name means nothing we know.
 */
export const vtimezoneFor = (tzid: string): ICAL.Component | null => {
  if (!blocks.has(tzid)) {
    const zone = ianaZoneOf(tzid);
    const block = zone ? tzlib_get_ical_block(zone) : '';
    const text = Array.isArray(block) ? block[0] : '';
    const vtimezone = text ? new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${text}\r\nEND:VCALENDAR`)).getFirstSubcomponent('vtimezone') : null;
    vtimezone?.updatePropertyWithValue('tzid', tzid);
    blocks.set(tzid, vtimezone ? (vtimezone.toJSON() as unknown[]) : null);
  }
  const jcal = blocks.get(tzid);
  return jcal ? new ICAL.Component(structuredClone(jcal)) : null;
};
