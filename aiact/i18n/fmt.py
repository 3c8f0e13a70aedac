"""Money and dates as a reader of each language expects them, formatted by Babel (CLDR data).

One format per language, used by every view: ``€35,000,000`` / ``€ 35.000.000`` (cents only when
there are any) and ``2 Dec 2027`` / ``2 dec 2027``. Machine formats (JSON, CSV for programs)
keep ISO dates and plain decimal amounts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache

from aiact.i18n import LOCALES, Lang, check_lang

NONE = "—"
"""What a view shows for a missing amount or date."""


@cache
def _patterns(lang: Lang) -> tuple[str, str]:
    from babel import Locale

    pattern = Locale.parse(LOCALES[lang]).currency_formats["standard"].pattern
    whole = pattern.replace(".00", "")
    return whole, pattern


def money(amount: Decimal | int | str | None, lang: Lang) -> str:
    """An amount in euro: ``€35,000,000`` (en), ``€ 35.000.000`` (nl), ``€ 7.500.000,50``;
    :data:`NONE` for ``None``."""
    if amount is None:
        return NONE
    from babel.numbers import format_currency

    lg = check_lang(lang)
    value = Decimal(amount)
    whole, cents = _patterns(lg)
    integral = value == value.to_integral_value()
    return format_currency(
        value,
        "EUR",
        format=whole if integral else cents,
        locale=LOCALES[lg],
        currency_digits=False,
    )


def date(day: dt.date | str | None, lang: Lang) -> str:
    """A date in the medium format of ``lang``: ``2 Dec 2027`` / ``2 dec 2027``; an empty string
    for ``None``."""
    if day is None or day == "":
        return ""
    from babel.dates import format_date

    value = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return format_date(value, "medium", locale=LOCALES[check_lang(lang)])


def number(value: int, lang: Lang) -> str:
    """A whole number with the grouping of ``lang``."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=LOCALES[check_lang(lang)])
