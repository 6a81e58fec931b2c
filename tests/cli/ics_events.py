#!/usr/bin/python3
"""Reads an iCalendar file with the icalendar package (Debian's python3-icalendar) and prints what a
calendar program would take from it, as JSON: the calendar's properties and, event by event, the UID,
dates, texts and alarms. Exit 1 (with why on stderr) when the parser refuses the file."""

import json
import sys

import icalendar


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def day(component, name):
    value = component.get(name)
    if value is None:
        return None
    # An all-day value is a date, never a datetime (datetime is a subclass of date).
    return {"date": value.dt.isoformat(), "all_day": type(value.dt).__name__ == "date",
            "value_param": value.params.get("VALUE")}


def main():
    with open(sys.argv[1], "rb") as handle:
        data = handle.read()
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        print("icalendar refused the file: %s" % error, file=sys.stderr)
        return 1
    if calendar.name != "VCALENDAR":
        print("not a VCALENDAR: %s" % calendar.name, file=sys.stderr)
        return 1
    events = []
    for event in calendar.walk("VEVENT"):
        alarms = []
        for alarm in event.walk("VALARM"):
            trigger = alarm.get("TRIGGER")
            alarms.append({
                "action": text(alarm, "ACTION"),
                "description": text(alarm, "DESCRIPTION"),
                "trigger_seconds": int(trigger.dt.total_seconds()),
                "related": trigger.params.get("RELATED", "START"),
            })
        events.append({
            "uid": text(event, "UID"),
            "summary": text(event, "SUMMARY"),
            "description": text(event, "DESCRIPTION"),
            "transp": text(event, "TRANSP"),
            "dtstamp": event.get("DTSTAMP").dt.isoformat() if event.get("DTSTAMP") else None,
            "dtstart": day(event, "DTSTART"),
            "dtend": day(event, "DTEND"),
            "alarms": alarms,
        })
    print(json.dumps({
        "version": text(calendar, "VERSION"),
        "prodid": text(calendar, "PRODID"),
        "calscale": text(calendar, "CALSCALE"),
        "name": text(calendar, "X-WR-CALNAME"),
        "events": events,
    }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
