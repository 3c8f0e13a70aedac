"""Derivations: why a conclusion holds, does not hold, or is undetermined.

A derivation is built from an :class:`~aiact.engine.base.Evaluation` (the value of every name and
of every rule). For a conclusion it lists the rules that decided it with their legal sources and
the premises each read, and recurses into premises that are themselves conclusions, down to the
input facts. The same evaluation gives the same derivation, whichever engine produced it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from aiact.engine.base import Evaluation
from aiact.engine.native import _program, rule_tuple
from aiact.logic import Evaluator, Truth, evaluate, truth_label
from aiact.ruleset import CompiledRule, Rule, RuleSet


@dataclass(frozen=True)
class Premise:
    """A name a rule read, with its value, and its own derivation if it decided the rule and is
    itself a conclusion."""

    name: str
    value: Truth
    derivation: Derivation | None


class RuleStep:
    """One rule's outcome: the rule, its value and the premises it read.

    Read-only. The values read and the sub-derivations of the decisive premises are built with the
    step; the :class:`Premise` view of them is assembled when first asked for.
    """

    __slots__ = ("_because", "_premises", "_read_values", "_rule", "_subs", "_value")

    def __init__(
        self,
        rule: Rule,
        value: Truth,
        read_values: tuple[Truth, ...],
        because: tuple[str, ...],
        subs: tuple[Derivation | None, ...] | None = None,
    ) -> None:
        self._rule = rule
        self._value = value
        self._read_values = read_values
        self._because = because
        self._subs = subs
        self._premises: tuple[Premise, ...] | None = None

    @property
    def rule(self) -> Rule:
        return self._rule

    @property
    def value(self) -> Truth:
        return self._value

    @property
    def because(self) -> tuple[str, ...]:
        """A minimal set of premises whose values alone decide the rule's value (for an
        undetermined rule: its unknown premises). The other premises were read but did not
        matter."""
        return self._because

    @property
    def read_values(self) -> tuple[Truth, ...]:
        """The value of each name in ``rule.reads``, in order."""
        return self._read_values

    @property
    def premises(self) -> tuple[Premise, ...]:
        """Every name the rule read, with its value; the decisive ones that are conclusions carry
        their own derivation."""
        premises = self._premises
        if premises is None:
            subs = self._subs or (None,) * len(self._read_values)
            premises = tuple(
                Premise(name, value, sub)
                for name, value, sub in zip(self._rule.reads, self._read_values, subs, strict=True)
            )
            self._premises = premises
        return premises

    def _key(self) -> tuple[object, ...]:
        return (self._rule.id, self._value, self._read_values, self._because, self._subs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuleStep) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"RuleStep({self._rule.id!r}, {truth_label(self._value)}, because={self._because!r})"


class Derivation:
    """Why ``conclusion`` has ``value``. Read-only.

    ``steps`` -- true: the rules that hold; false: every rule (none holds); unknown: the
    undetermined rules.
    """

    __slots__ = ("_conclusion", "_is_input", "_steps", "_value")

    def __init__(
        self,
        conclusion: str,
        value: Truth,
        steps: tuple[RuleStep, ...],
        is_input: bool = False,
    ) -> None:
        self._conclusion = conclusion
        self._value = value
        self._steps = steps
        self._is_input = is_input

    @property
    def conclusion(self) -> str:
        return self._conclusion

    @property
    def value(self) -> Truth:
        return self._value

    @property
    def steps(self) -> tuple[RuleStep, ...]:
        return self._steps

    @property
    def is_input(self) -> bool:
        """An input fact (no rule concludes it)."""
        return self._is_input

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Derivation)
            and self._conclusion == other._conclusion
            and self._value == other._value
            and self._is_input == other._is_input
            and self._steps == other._steps
        )

    def __hash__(self) -> int:
        return hash((self._conclusion, self._value, self._is_input, self._steps))

    def __repr__(self) -> str:
        label = truth_label(self._value)
        return f"Derivation({self._conclusion!r}, {label}, {len(self._steps)} rules)"

    def _repr_html_(self) -> str:
        from aiact.views.display import display_language
        from aiact.views.html import derivation_html

        return derivation_html(self, display_language())

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """A JSON-ready tree."""
        if self.is_input:
            return {"fact": self.conclusion, "value": truth_label(self.value)}
        return {
            "conclusion": self.conclusion,
            "value": truth_label(self.value),
            "rules": [
                {
                    "rule": step.rule.id,
                    "source": step.rule.source,
                    "title": step.rule.title_nl if lang == "nl" else step.rule.title_en,
                    "value": truth_label(step.value),
                    "interpretation": step.rule.interpretation,
                    "because": list(step.because),
                    "premises": [
                        p.derivation.to_dict(lang)
                        if p.derivation is not None
                        else {"name": p.name, "value": truth_label(p.value), "decisive": False}
                        for p in step.premises
                    ],
                }
                for step in self.steps
            ],
        }

    def lines(
        self, lang: str = "en", depth: int = 0, max_depth: int = 60, full: bool = False
    ) -> list[str]:
        """An indented, human-readable rendering of the tree: by default only the premises that
        decided each rule (``full=True`` shows every premise read). In Dutch: words and citations
        only, no internal names (:mod:`aiact.views.explain`)."""
        from aiact.i18n import check_lang

        if check_lang(lang) == "nl" and depth == 0:
            from aiact.views.explain import text_lines

            return text_lines(self, "nl", max_depth, full)
        pad = "  " * depth
        value = _label(self.value, lang)
        if self.is_input:
            return [f"{pad}{self.conclusion} = {value}"]
        out = [f"{pad}{self.conclusion} = {value}"]
        if depth >= max_depth:
            return [*out, f"{pad}  ..."]
        if not self.steps:
            out.append(f"{pad}  ({'geen regel' if lang == 'nl' else 'no rule'})")
        for step in self.steps:
            title = step.rule.title_nl if lang == "nl" else step.rule.title_en
            reading = f" [{step.rule.interpretation}]" if step.rule.interpretation else ""
            source = step.rule.ref.nl() if lang == "nl" else step.rule.source
            out.append(f"{pad}  {_label(step.value, lang)}: {source}: {title}{reading}")
            shown = step.premises if full else [p for p in step.premises if p.name in step.because]
            for premise in shown:
                if premise.derivation is not None:
                    out.extend(premise.derivation.lines(lang, depth + 2, max_depth, full))
                else:
                    out.append(f"{pad}    {premise.name} = {_label(premise.value, lang)}")
        return out

    def text(self, lang: str = "en", full: bool = False) -> str:
        """The derivation as indented text (``full=True``: every premise, not only the decisive)."""
        return "\n".join(self.lines(lang, full=full))

    def sources(self) -> tuple[str, ...]:
        """Every legal source the derivation relies on, once, in order of appearance."""
        seen: dict[str, None] = {}

        def walk(node: Derivation) -> None:
            for step in node.steps:
                seen.setdefault(step.rule.source, None)
                for extra in step.rule.also_cites:
                    seen.setdefault(extra, None)
                for premise in step.premises:
                    if premise.derivation is not None:
                        walk(premise.derivation)

        walk(self)
        return tuple(seen)

    def unknown_facts(self) -> tuple[str, ...]:
        """The unknown input facts under this derivation (what a questionnaire should ask)."""
        seen: dict[str, None] = {}

        def walk(node: Derivation) -> None:
            for step in node.steps:
                if step.value is not None:
                    continue
                for premise in step.premises:
                    if premise.value is not None:
                        continue
                    if premise.derivation is None or premise.derivation.is_input:
                        seen.setdefault(premise.name, None)
                    else:
                        walk(premise.derivation)

        if self.value is None:
            walk(self)
        return tuple(seen)


_NL = {"true": "waar", "false": "onwaar", "unknown": "onbekend"}


def _label(value: Truth, lang: str) -> str:
    label = truth_label(value)
    return _NL[label] if lang == "nl" else label


def _decisive(
    rule: Rule, read_values: tuple[Truth, ...], condition: Evaluator | None = None
) -> tuple[str, ...]:
    """:func:`_because` for the values of ``rule.reads`` (in order): a pure function of the rule
    and those values. ``condition`` is the rule's compiled condition
    (:func:`~aiact.logic.compile_condition`, the same Kleene semantics as
    :func:`~aiact.logic.evaluate`, held together by a property test); without it the condition is
    evaluated from its tree."""
    check: Evaluator = condition or partial(evaluate, rule.condition)
    values = dict(zip(rule.reads, read_values))  # noqa: B905 (one value per name read)
    target = check(values)
    if target is None:
        return tuple(name for name, value in values.items() if value is None)
    # Each premise is tried as unknown in turn; it stays unknown when the value is still decided
    # without it (the map is the trial itself, restored when the premise mattered).
    for name in rule.reads:
        value = values[name]
        if value is None:
            continue
        values[name] = None
        if check(values) != target:
            values[name] = value
    return tuple(name for name in rule.reads if values[name] is not None)


_DECISIVE_CACHE_SIZE = 1024
"""Per rule, the number of distinct value combinations whose decisive premises are kept (a
bound, so that a long-running process does not grow: beyond it the cache starts afresh)."""


class _RulePlan:
    """One rule, prepared for building derivations: what it reads, which of those are
    conclusions, and a cache per combination of values read (a pure function of the rule and
    those values, so a portfolio computes each combination once) of its decisive premises, the
    positions of those that are conclusions (to be explained further) and, when there are none,
    the finished (immutable) step itself."""

    __slots__ = ("condition", "decisive", "id", "position", "predicate_reads", "reads", "rule")

    def __init__(self, compiled: CompiledRule, predicates: frozenset[str], position: int) -> None:
        rule = compiled.rule
        self.rule = rule
        self.condition = compiled.evaluate
        self.id = rule.id
        # The rule's place in the generated program's rule tuple (:func:`rule_tuple`).
        self.position = position
        self.reads = rule.reads
        self.predicate_reads = tuple(atom in predicates for atom in rule.reads)
        self.decisive: dict[
            tuple[Truth, ...], tuple[tuple[str, ...], tuple[int, ...], RuleStep | None]
        ] = {}

    def because(
        self, read_values: tuple[Truth, ...], rule_value: Truth
    ) -> tuple[tuple[str, ...], tuple[int, ...], RuleStep | None]:
        """The decisive premises for these values, the positions of those that are conclusions,
        and the step when there are none (``rule_value`` is the rule's value on these values)."""
        found = self.decisive.get(read_values)
        if found is None:
            because = _decisive(self.rule, read_values, self.condition)
            expand = tuple(
                index
                for index, atom in enumerate(self.reads)
                if self.predicate_reads[index] and atom in because
            )
            step = None if expand else RuleStep(self.rule, rule_value, read_values, because)
            if len(self.decisive) >= _DECISIVE_CACHE_SIZE:
                self.decisive.clear()
            found = self.decisive[read_values] = (because, expand, step)
        return found


_Plan = dict[str, tuple[_RulePlan, ...]]
"""Per predicate: its rules, prepared."""


def _rule_positions(ruleset: RuleSet) -> dict[str, int]:
    """Rule id -> its place in the generated program's rule tuple."""
    return {rule_id: index for index, rule_id in enumerate(_program(ruleset)[2])}


def _prepare(ruleset: RuleSet) -> _Plan:
    predicates = ruleset.predicates
    position = _rule_positions(ruleset)
    return {
        predicate: tuple(
            _RulePlan(compiled, predicates, position[compiled.rule.id])
            for compiled in ruleset.by_predicate.get(predicate, ())
        )
        for predicate in ruleset.order
    }


def _plan(ruleset: RuleSet) -> _Plan:
    """The rule set's rules per predicate, prepared once and kept with the rule set."""
    return ruleset.prepared("derivation.plan", _prepare)


_LEAF_CACHE_SIZE = 1024
"""Per conclusion, the number of distinct value combinations whose derivation node is kept (a
bound, as for the decisive premises)."""


class _Leaf:
    """A conclusion whose rules read input facts only: its derivation is a pure function of the
    values of those facts (with its own value and its rules' values, which follow from them), so
    the (immutable) node is kept per combination of them and shared by every evaluation that
    meets it again."""

    __slots__ = ("bound", "nodes", "reads", "rule_positions")

    def __init__(
        self,
        reads: tuple[str, ...],
        rule_positions: tuple[int, ...],
        bound: int = _LEAF_CACHE_SIZE,
    ) -> None:
        self.reads = reads
        # The places of its rules in the generated program's rule tuple (:func:`rule_tuple`).
        self.rule_positions = rule_positions
        self.bound = bound
        self.nodes: dict[tuple[Truth, ...], Derivation] = {}

    def keep(self, key: tuple[Truth, ...], node: Derivation) -> None:
        if len(self.nodes) >= self.bound:
            self.nodes.clear()
        self.nodes[key] = node


_CLOSURE_KEY_LIMIT = 16
"""A conclusion whose rules read other conclusions has its node kept like a leaf's when the
input facts under it (its rules' reads, through every conclusion they read) are at most this
many: the node is a pure function of their values, and a key of a few values is cheaper to make
than the subtree (lockstep A/B, issue 18 round 10: 16 took the derivations built per first-seen
case from 41 to 30; far larger keys cost more than they save)."""


_SHARED_CACHE_SIZE = 256
"""Per shared conclusion that is not a leaf, the number of value combinations kept: its node
holds a subtree, so fewer than a leaf's (after 5,000 first-seen generated cases they held 28
combinations each on average for the system rule sets, 70 for the model ones: 1.9 MB of
traced memory against the leaves alone; at the bound, about 146 such conclusions over the
four rule sets, some 13 MB at most)."""


def _prepare_leaves(ruleset: RuleSet) -> dict[str, _Leaf]:
    predicates = ruleset.predicates
    position = _rule_positions(ruleset)
    leaves: dict[str, _Leaf] = {}
    for predicate in ruleset.order:
        reads: dict[str, None] = {predicate: None}
        rules = ruleset.rules_for(predicate)
        for rule in rules:
            reads.update(dict.fromkeys(rule.reads))
        if rules and not any(name in predicates for name in reads if name != predicate):
            leaves[predicate] = _Leaf(tuple(reads), tuple(position[rule.id] for rule in rules))
    return leaves


def _prepare_shared(ruleset: RuleSet) -> dict[str, _Leaf]:
    """:func:`_prepare_leaves`, and each other conclusion with at most
    :data:`_CLOSURE_KEY_LIMIT` input facts under it, keyed by its own value and theirs (every
    value in its subtree, the rules' values and the decisive premises among them, follows from
    those input facts by the rule set)."""
    predicates = ruleset.predicates
    shared = dict(_leaves(ruleset))
    under: dict[str, dict[str, None]] = {}
    for predicate in ruleset.order:
        inputs: dict[str, None] = {}
        rules = ruleset.rules_for(predicate)
        for rule in rules:
            for name in rule.reads:
                if name in predicates:
                    inputs.update(under[name])
                else:
                    inputs[name] = None
        under[predicate] = inputs
        if rules and predicate not in shared and len(inputs) <= _CLOSURE_KEY_LIMIT:
            shared[predicate] = _Leaf((predicate, *inputs), (), _SHARED_CACHE_SIZE)
    return shared


def _shared(ruleset: RuleSet) -> dict[str, _Leaf]:
    """The rule set's conclusions whose nodes are kept across evaluations, prepared once."""
    return ruleset.prepared("derivation.shared", _prepare_shared)


def _leaves(ruleset: RuleSet) -> dict[str, _Leaf]:
    """The rule set's conclusions that read input facts only, prepared once."""
    return ruleset.prepared("derivation.leaves", _prepare_leaves)


def _builder(evaluation: Evaluation) -> _Builder:
    """The derivation builder of ``evaluation``, with the derivations built so far: shared by
    every call on it (they are pure functions of the evaluation) and kept with it, so they go
    when it goes."""
    builder: _Builder | None = evaluation.__dict__.get("_derivations")
    if builder is None:
        builder = evaluation.__dict__.setdefault("_derivations", _Builder(evaluation))
    return builder


def derive(evaluation: Evaluation, name: str) -> Derivation:
    """The derivation of ``name`` in ``evaluation``.

    Sub-derivations are memoised per evaluation, so explaining every conclusion of an assessment
    builds each node once. Only the premises that decided a rule are explained further: the others
    were read but did not matter, and keep just their value.
    """
    builder: _Builder | None = evaluation.__dict__.get("_derivations")
    if builder is None:
        builder = _builder(evaluation)
    return builder.build(name)


class _Builder:
    """Builds the derivation nodes of one evaluation into its memo (an object rather than a
    recursive closure, which would be a reference cycle left to the garbage collector)."""

    __slots__ = ("get", "leaves", "memo", "plan", "rule_values")

    def __init__(self, evaluation: Evaluation) -> None:
        self.memo: dict[str, Derivation] = {}
        self.plan = _plan(evaluation.ruleset)
        # A map that records what is read (the interview's traces) gets the leaves alone: a
        # shared node's key reads every input fact under it, more than building it reads.
        records = getattr(evaluation.values, "records_reads", False)
        self.leaves = (_leaves if records else _shared)(evaluation.ruleset)
        self.get = evaluation.values.get
        # The rule values by position, not the ``rule_values`` map (built only when read).
        self.rule_values = rule_tuple(evaluation)

    def build(self, target: str) -> Derivation:
        memo = self.memo
        node = memo.get(target)
        if node is not None:
            return node
        get = self.get
        leaf = self.leaves.get(target)
        if leaf is not None:
            key = (*map(get, leaf.reads), *map(self.rule_values.__getitem__, leaf.rule_positions))
            node = leaf.nodes.get(key)
            if node is None:
                node = self._node(target)
                leaf.keep(key, node)
            memo[target] = node
            return node
        node = memo[target] = self._node(target)
        return node

    def _node(self, target: str) -> Derivation:
        get = self.get
        value = get(target)
        rules = self.plan.get(target)
        if rules is None:
            return Derivation(target, value, (), True)
        rule_values = self.rule_values
        memo = self.memo
        steps: list[RuleStep] = []
        for prepared in rules:
            rule_value = rule_values[prepared.position]
            if value is True:
                if rule_value is not True:
                    continue
            elif value is None and rule_value is not None:
                continue
            read_values = tuple(map(get, prepared.reads))
            found = prepared.decisive.get(read_values)
            if found is None:
                found = prepared.because(read_values, rule_value)
            because, expand, step = found
            if step is None:
                subs: list[Derivation | None] = [None] * len(read_values)
                reads = prepared.reads
                for index in expand:
                    # A premise explained before is taken from the memo without a call.
                    sub = memo.get(reads[index])
                    subs[index] = sub if sub is not None else self.build(reads[index])
                step = RuleStep(prepared.rule, rule_value, read_values, because, tuple(subs))
            steps.append(step)
        return Derivation(target, value, tuple(steps))
