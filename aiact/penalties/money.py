"""Money helpers: Decimal arithmetic and EUR formatting for explanations.

Amounts are :class:`~decimal.Decimal` euros end to end. A percentage amount is rounded *down* to
the cent: a ceiling is an upper limit, so rounding never raises it.

The arithmetic runs in a local decimal context (:func:`money_context`) whose precision is chosen
from the operands, so it is exact and cannot overflow or raise ``InvalidOperation`` for any
amount the fact models accept (at most :data:`MAX_AMOUNT_EUR`, see ``aiact.facts``) and any
percentage; the thread's own decimal context is never read or changed.
"""

from __future__ import annotations

from decimal import MAX_EMAX, MIN_EMIN, ROUND_DOWN, Context, Decimal, localcontext

from aiact.facts import MAX_AMOUNT_EUR

__all__ = ["CENT", "MAX_AMOUNT_EUR", "eur", "money_context", "pct", "percent_of"]

CENT = Decimal("0.01")


#: Amounts are taken to this many decimal places (rounded down) before a percentage is applied;
#: further places cannot change the cent, except to lower a ceiling by at most one cent.
_PLACES = Decimal("1e-20")
#: The largest order of magnitude the helpers compute with at all (far above any accepted value).
_MAX_ADJUSTED = 60


def money_context(*operands: Decimal) -> Context:
    """A decimal context precise enough to compute with ``operands`` exactly (each at most
    10^60 and taken to 20 decimal places), with the widest exponent range."""
    digits = sum(len(op.as_tuple().digits) for op in operands if op.is_finite())
    precision = max(28, _MAX_ADJUSTED + 20 + digits + 8)
    return Context(prec=precision, rounding=ROUND_DOWN, Emax=MAX_EMAX, Emin=MIN_EMIN)


def _bounded(amount: Decimal) -> Decimal:
    if not amount.is_finite() or amount.adjusted() > _MAX_ADJUSTED:
        raise ValueError(f"amount {amount!s:.40} is out of range for a sum of money")
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -20:
        with localcontext(Context(prec=_MAX_ADJUSTED + 30, Emax=MAX_EMAX, Emin=MIN_EMIN)):
            return amount.quantize(_PLACES, rounding=ROUND_DOWN)
    return amount


def percent_of(percentage: Decimal, amount: Decimal) -> Decimal:
    """``percentage`` % of ``amount``, rounded down to the cent.

    ``percent_of(Decimal(7), Decimal(2_000_000_000)) == Decimal(140_000_000)``.
    """
    amount, percentage = _bounded(amount), _bounded(percentage)
    with localcontext(money_context(percentage, amount)):
        share = (amount * percentage / 100).quantize(CENT, rounding=ROUND_DOWN)
        return share.quantize(Decimal(1)) if share == share.to_integral_value() else share


def eur(amount: Decimal) -> str:
    """``EUR 35 000 000`` (whole euros) or ``EUR 1 234.56``."""
    amount = _bounded(amount)
    with localcontext(money_context(amount)):
        if amount == amount.to_integral_value():
            return f"EUR {int(amount):,}".replace(",", " ")
        whole, _, cents = f"{amount.quantize(CENT, rounding=ROUND_DOWN):.2f}".partition(".")
    return f"EUR {int(whole):,}".replace(",", " ") + f".{cents}"


def pct(percentage: Decimal) -> str:
    """``7 %``."""
    percentage = _bounded(percentage)
    with localcontext(money_context(percentage)):
        return f"{percentage.normalize():f} %"
