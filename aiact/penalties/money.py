"""Money helpers: Decimal arithmetic and EUR formatting for explanations.

Amounts are :class:`~decimal.Decimal` euros end to end. A percentage amount is rounded *down* to
the cent: a ceiling is an upper limit, so rounding never raises it.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

CENT = Decimal("0.01")


def percent_of(percentage: Decimal, amount: Decimal) -> Decimal:
    """``percentage`` % of ``amount``, rounded down to the cent.

    ``percent_of(Decimal(7), Decimal(2_000_000_000)) == Decimal(140_000_000)``.
    """
    share = (amount * percentage / 100).quantize(CENT, rounding=ROUND_DOWN)
    return share.quantize(Decimal(1)) if share == share.to_integral_value() else share


def eur(amount: Decimal) -> str:
    """``EUR 35 000 000`` (whole euros) or ``EUR 1 234.56``."""
    if amount == amount.to_integral_value():
        return f"EUR {int(amount):,}".replace(",", " ")
    whole, _, cents = f"{amount.quantize(CENT, rounding=ROUND_DOWN):.2f}".partition(".")
    return f"EUR {int(whole):,}".replace(",", " ") + f".{cents}"


def pct(percentage: Decimal) -> str:
    """``7 %``."""
    return f"{percentage.normalize():f} %"
