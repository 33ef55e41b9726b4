#!/usr/bin/env python3
"""Expands an iCalendar feed the way a calendar app does, for the drop-in cross-check.

Usage: ics_expand.py FEED.ics FROM TO   (dates YYYY-MM-DD, TO inclusive)
Prints a JSON list of {"uid", "start", "end"} in time order, times as ISO 8601 with offsets.
Uses the `icalendar` and `recurring-ical-events` packages (scripts/requirements-test.txt).
"""
import datetime
import json
import sys

import icalendar
import recurring_ical_events


def main() -> None:
    path, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    first = datetime.date.fromisoformat(start)
    last = datetime.date.fromisoformat(end) + datetime.timedelta(days=1)
    out = []
    for e in recurring_ical_events.of(cal).between(first, last):
        out.append(
            {
                "uid": str(e["UID"]),
                "start": e["DTSTART"].dt.isoformat(),
                "end": e["DTEND"].dt.isoformat(),
            }
        )
    out.sort(key=lambda x: (x["start"], x["uid"]))
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
