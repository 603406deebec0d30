// Reads an iCalendar file with ical.js (Mozilla's RFC 5545 parser, as calendar programs use it) and prints its
// events as JSON: node read-calendar.mjs FILE → { name, events: [{ uid, summary, start, isDate, ... }] }
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
// A calendar program learns the zone's rules from the file's own VTIMEZONE.
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(new ICAL.Timezone(zone));
}
const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  const start = event.startDate;
  return {
    uid: event.uid,
    summary: event.summary,
    location: event.location,
    description: event.description,
    url: component.getFirstPropertyValue('url'),
    isDate: start.isDate,
    zone: start.zone?.tzid ?? null,
    local: start.toString(),
    start: start.isDate ? null : new Date(start.toUnixTime() * 1000).toISOString(),
  };
});
process.stdout.write(JSON.stringify({
  name: calendar.getFirstPropertyValue('x-wr-calname'),
  version: calendar.getFirstPropertyValue('version'),
  events,
}));
