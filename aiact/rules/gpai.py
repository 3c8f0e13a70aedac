"""General-purpose AI models: Art. 3(63), the systemic-risk classification of Arts. 51-52 and the
open-source exemptions of Art. 53(2) and Art. 54(6)."""

from __future__ import annotations

from aiact.ruleset import Rule

RULES: tuple[Rule, ...] = (
    Rule(
        id="gpai.model",
        concludes="gpai.model",
        when="def.gpai_model",  # the direct answer, or the criterion (rules/definitions.py)
        source="Art. 3(63)",
        title_en="A general-purpose AI model",
        title_nl="Een AI-model voor algemene doeleinden",
    ),
    Rule(
        id="gpai.in_scope",
        concludes="gpai.in_scope",
        when=(
            "gpai.model and not model.sole_purpose_scientific_research "
            "and not model.pre_market_research_testing"
        ),
        source="Art. 2(1)(a)",
        also_cites=("Art. 2(6)", "Art. 2(8)"),
        title_en="The AI Act applies to this general-purpose AI model (not excluded by Art. 2(6) "
        "or 2(8))",
        title_nl="De AI-verordening is van toepassing op dit AI-model voor algemene doeleinden "
        "(niet uitgesloten door artikel 2, lid 6 of lid 8)",
    ),
    Rule(
        id="gpai.high_impact.evaluated",
        concludes="gpai.high_impact",
        when="model.high_impact_capabilities",
        source="Art. 51(1)(a)",
        title_en="High-impact capabilities evaluated with appropriate tools and benchmarks",
        title_nl="Capaciteiten met een grote impact, geëvalueerd met passende instrumenten en "
        "benchmarks",
    ),
    Rule(
        id="gpai.high_impact.compute_presumption",
        concludes="gpai.high_impact",
        when="model.training_compute_above_threshold",
        source="Art. 51(2)",
        title_en="Presumed high-impact: training compute greater than 10^25 FLOP",
        title_nl="Vermoeden van capaciteiten met een grote impact: trainingsberekeningen groter "
        "dan "
        "10^25 FLOP",
    ),
    Rule(
        id="gpai.systemic_risk.capabilities",
        concludes="gpai.systemic_risk",
        when="gpai.model and gpai.high_impact and not model.systemic_risk_rebutted",
        source="Art. 51(1)(a)",
        also_cites=("Art. 52(2)", "Art. 52(3)"),
        title_en="Systemic risk: high-impact capabilities (not rebutted before the Commission)",
        title_nl="Systeemrisico: capaciteiten met een grote impact (niet weerlegd bij de "
        "Commissie)",
    ),
    Rule(
        id="gpai.systemic_risk.designation",
        concludes="gpai.systemic_risk",
        when="gpai.model and model.commission_designated",
        source="Art. 51(1)(b)",
        also_cites=("Art. 52(4)",),
        title_en="Systemic risk: designated by a Commission decision",
        title_nl="Systeemrisico: aangewezen bij besluit van de Commissie",
    ),
    Rule(
        id="gpai.must_notify",
        concludes="gpai.must_notify",
        when=(
            "gpai.model and (model.training_compute_above_threshold or "
            "model.high_impact_capabilities "
            "or model.compute_threshold_will_be_met)"
        ),
        # "within two weeks after that requirement is met or it becomes known that it will be
        # met": the fact compute_threshold_will_be_met carries the whole Art. 51(1)(a)
        # condition known to be met later, the compute threshold being the usual way (recital
        # 112; review49).
        source="Art. 52(1)",
        title_en="Meets, or will meet, the Art. 51(1)(a) condition: notify the Commission",
        title_nl="Voldoet of zal voldoen aan de voorwaarde van artikel 51, lid 1, punt a: stel de "
        "Commissie in kennis",
    ),
    Rule(
        id="gpai.open_source_release",
        concludes="gpai.open_source_release",
        when="model.free_open_source_licence and model.parameters_publicly_available",
        source="Art. 53(2)",
        title_en="Released under a free and open-source licence with public parameters",
        title_nl="Vrijgegeven onder een vrije en opensource licentie met openbare parameters",
    ),
    Rule(
        id="gpai.open_source_exempt",
        concludes="gpai.open_source_exempt",
        when="gpai.open_source_release and not gpai.systemic_risk",
        source="Art. 53(2)",
        also_cites=("Art. 54(6)",),
        title_en="Open-source exemption (not for models with systemic risk)",
        title_nl="Opensource-uitzondering (niet voor modellen met een systeemrisico)",
    ),
    Rule(
        id="gpai.role.provider",
        concludes="role.model_provider",
        when="model.provider",
        source="Art. 3(3)",
        title_en="The organisation is the provider of the model",
        title_nl="De organisatie is de aanbieder van het model",
    ),
    Rule(
        id="gpai.role.authorised_representative",
        concludes="role.model_authorised_representative",
        when="model.authorised_representative",
        source="Art. 54(1)",
        also_cites=("Art. 3(5)",),
        title_en="The organisation is the authorised representative of a third-country model "
        "provider",
        title_nl="De organisatie is de gemachtigde van een in een derde land gevestigde aanbieder "
        "van "
        "het model",
    ),
    Rule(
        id="gpai.third_country_provider",
        concludes="gpai.third_country_provider",
        # As stated, or, where the provider's establishment is not stated and the organisation
        # is the provider (Art. 3(3)), the organisation's own (org.established_in_union: a
        # Union body or a Member State's public authority is established in the Union by what
        # it is, and the country of establishment decides too; Art. 2(1)(b)). The input checks
        # refuse a stated establishment that differs from the organisation's when it is the
        # provider (api.check_model_together). One rule, over answered.* (true when the flag is
        # given, never unknown): no Kleene formula of the flag and the organisation's
        # establishment alone lets the flag's "outside" decide while the organisation's is
        # unknown and the organisation's "inside" decide while the flag is unknown. The inner
        # "model.provider and" keeps the answer unknown, as before, where it is unknown whether
        # the organisation is the provider (so that stating the flag later never turns a false
        # into an unknown).
        when=(
            "model.provider and ((answered.model.provider_established_in_eu and not "
            "model.provider_established_in_eu) or (not answered.model.provider_established_in_eu "
            "and not (model.provider and org.established_in_union)))"
        ),
        source="Art. 54(1)",
        also_cites=("Art. 3(3)",),
        title_en="A model provider established in a third country (as stated; otherwise the "
        "organisation's own establishment, where it is the provider)",
        title_nl="Een in een derde land gevestigde aanbieder van het model (zoals opgegeven; "
        "anders de vestiging van de organisatie zelf, als zij de aanbieder is)",
    ),
    Rule(
        # The organisation is the model's provider and is also established in a third country
        # besides its establishment in the Union: reading A26 (ADR 0028), as for Art. 22(1)
        # (rule role.third_country_provider.also_established_in_third_country).
        id="gpai.third_country_provider.also_established_in_third_country",
        concludes="gpai.third_country_provider",
        when=(
            "model.provider and org.also_established_in_third_country "
            "and interp.a26_any_third_country_establishment"
        ),
        source="Art. 54(1)",
        also_cites=("Art. 3(3)",),
        interpretation="A26",
        title_en="The organisation, the model's provider, is also established in a third "
        "country, besides its establishment in the Union (reading A26: any establishment in a "
        "third country counts)",
        title_nl="De organisatie, de aanbieder van het model, is naast haar vestiging in de Unie "
        "ook in een derde land gevestigd (lezing A26: elke vestiging in een derde land telt)",
    ),
    Rule(
        id="gpai.legacy",
        concludes="gpai.legacy",
        when="dates.model_placed_before_gpai_cutoff",
        source="Art. 111(3)",
        title_en="Placed on the market before 2 August 2025: comply by 2 August 2027",
        title_nl="Vóór 2 augustus 2025 in de handel gebracht: uiterlijk 2 augustus 2027 voldoen",
    ),
)
