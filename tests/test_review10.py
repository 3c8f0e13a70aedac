"""Review10 (round 9): second review of the A27 default change (ADR 0029, round 9) and legal9
(Art. 111 key-date rows, Dutch inserted labels, Art. 2(2) per version, A28)."""

from __future__ import annotations

from lawquote import quote_nl

from aiact.views.labels import fact_label


def test_dutch_a27_reading_names_putting_into_service_and_the_market_surveillance_authority() -> (
    None
):
    """The Dutch label of the chosen reading A27 (default since round 9) said only "in de handel
    is gebracht" and "de autoriteit ... aanmerkte". Art. 111(2) (Dutch) shelters systems "die
    vóór 2 augustus 2026 in de handel zijn gebracht of in gebruik zijn gesteld", and the rule
    legacy.placed_before_cutoff.reclassified reads the first placing or putting into service;
    Art. 80(2) (Dutch): "Indien de markttoezichtautoriteit bij die toetsing vaststelt dat het
    betrokken AI-systeem een hoog risico vormt". Fixed on h/review10."""
    quote_nl("die vóór 2 augustus 2026 in de handel zijn gebracht of in gebruik zijn gesteld")
    quote_nl(
        "Indien de markttoezichtautoriteit bij die toetsing vaststelt dat het betrokken "
        "AI-systeem een hoog risico vormt"
    )
    label = fact_label("interp.a27_legacy_high_risk", "nl")
    assert "in de handel is gebracht of in gebruik is gesteld" in label
    assert "markttoezichtautoriteit heeft vastgesteld dat het een hoog risico vormt" in label
    assert "(artikel 80, lid 2)" in label and "artikel 111, lid 2" in label
