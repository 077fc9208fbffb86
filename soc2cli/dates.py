"""Dates: today and now (honouring SOURCE_DATE_EPOCH, one rule), date input, calendar months."""

from __future__ import annotations

import calendar
import os
from datetime import UTC, date, datetime

from soc2cli.errors import UsageError

# The last day a date given to soc2 may fall on: plans, observation windows and evidence schedules
# count months and years on from the dates they are given, and the calendar ends at 9999-12-31.
LAST_DATE = date(9000, 12, 31)


def _epoch() -> datetime | None:
    """SOURCE_DATE_EPOCH as a time, for reproducible runs; None when it is not set."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if not value:
        return None
    try:
        seconds = int(value)
    except ValueError:
        raise UsageError(f"SOURCE_DATE_EPOCH={value!r} is not a number of seconds") from None
    last = datetime.combine(LAST_DATE, datetime.max.time(), tzinfo=UTC).timestamp()
    if not 0 <= seconds <= last:
        raise UsageError(
            f"SOURCE_DATE_EPOCH={value!r} is out of range: give the seconds since 1970-01-01, "
            f"for a date up to {LAST_DATE.isoformat()}"
        )
    return datetime.fromtimestamp(seconds, tz=UTC)


def today() -> date:
    """The date to work from: SOURCE_DATE_EPOCH's, else the local calendar's."""
    epoch = _epoch()
    return date.today() if epoch is None else epoch.date()


def now_utc() -> datetime:
    """Current time in UTC, to the second (SOURCE_DATE_EPOCH's when set)."""
    epoch = _epoch()
    return datetime.now(tz=UTC).replace(microsecond=0) if epoch is None else epoch


def source_date_time() -> datetime | None:
    """SOURCE_DATE_EPOCH as a time, when it is set (for reproducible documents)."""
    return _epoch()


def parse_date(value: str, option: str) -> date:
    """A YYYY-MM-DD date given on the command line; ``option`` names it in the error."""
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a date (expected YYYY-MM-DD)") from None
    if day > LAST_DATE:
        raise UsageError(
            f"{option}: {day.isoformat()} is too far ahead; the last date soc2 works with is "
            f"{LAST_DATE.isoformat()}"
        )
    return day


def as_of(value: str | None) -> date:
    """The --as-of date, else today."""
    return today() if value is None else parse_date(value, "--as-of")


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's last day."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def span_words(days: int) -> str:
    """A number of days in words, rounded the way people say it: '3 days' under a week, 'about 5
    weeks' under two months, 'about 6 months' beyond."""
    days = abs(days)
    if days < 7:
        return f"{days} day{'' if days == 1 else 's'}"
    if days < 61:
        weeks = round(days / 7)
        return f"about {weeks} week{'' if weeks == 1 else 's'}"
    return f"about {round(days / 30.44)} months"


def target_status(target: date, projected: date) -> str:
    """A projected date against a target date: 'missed by about 6 months', 'on track, about 5
    weeks to spare' or 'on track, with no time to spare'."""
    days = (projected - target).days
    if days > 0:
        return f"missed by {span_words(days)}"
    if days == 0:
        return "on track, with no time to spare"
    return f"on track, {span_words(days)} to spare"
