"""The command line: ``aiact assess | explain | plan | timeline | obligations | portfolio |
schema | interview | diff | verify | serve``.

Exit codes: 0 ok; 1 an optional dependency is missing or output cannot be written; 2 bad input,
with a message that names the file, the field and the problem (never a traceback).
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, cast

import click

from aiact.i18n import N_, Lang, check_lang, t

if TYPE_CHECKING:
    from rich.console import Console

F = TypeVar("F", bound=Callable[..., Any])

#: The addressees of the catalogue (``aiact.obligations.model.Addressee``), spelled out so that
#: ``aiact --help`` does not load the catalogue; a test keeps the two equal.
ROLES: tuple[str, ...] = (
    "provider",
    "deployer",
    "importer",
    "distributor",
    "authorised_representative",
    "product_manufacturer",
    "initial_provider",
    "supplier",
    "model_provider",
    "model_authorised_representative",
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


def _console() -> Console:
    """A console on stdout; when it is not a terminal (a pipe, a file, a test), 120 columns
    unless COLUMNS says otherwise, so tables stay readable."""
    from rich.console import Console

    console = Console(soft_wrap=False, highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(soft_wrap=False, highlight=False, width=120)
    return console


def _err(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    label = "fout" if _command_lang() == "nl" else "error"
    click.echo(f"aiact: {label}: {message}", err=True)
    sys.exit(code)


def _missing(option: str, error: Exception) -> NoReturn:
    """An optional dependency is missing: one line that names the extra, exit code 1."""
    from aiact.extras import explain_missing

    _err(f"{option}: {explain_missing(error)}", EXIT_FAILURE)


def _csv_dialect_option(f: F) -> F:
    return click.option(
        "--csv-dialect",
        type=click.Choice(["standard", "nl"]),
        default="standard",
        show_default=True,
        help="CSV for programs (standard: commas, UTF-8) or for Excel with Dutch settings "
        "(nl: semicolons, a byte-order mark, decimal commas).",
    )(f)


def _lang_option(f: F) -> F:
    return click.option(
        "--lang",
        type=click.Choice(["en", "nl"]),
        default="en",
        show_default=True,
        help="Language of the output (nl: the terms of the Dutch text of the Act).",
    )(f)


def _load(path: str) -> Any:
    from aiact.case import load_case
    from aiact.errors import InputError

    try:
        return load_case(path)
    except InputError as error:
        _err(_friendly(error))


def _command_lang() -> str:
    """The ``--lang`` of the running command (``en`` without one)."""
    ctx = click.get_current_context(silent=True)
    lang = ctx.params.get("lang") if ctx is not None else None
    return lang if lang in ("en", "nl") else "en"


def _lang() -> Lang:
    return check_lang(_command_lang())


def _law_error(law: str | None, error: Exception) -> str:
    """An unknown ``--law``, in the command's language (the value cut to a bounded length)."""
    from aiact.versions import shown_value

    if _command_lang() == "en":
        return f"--law: {error}"
    return t(
        "--law: unknown law version {law}: use 'original' (2024/1689) or 'amended' (2024/1689 as "
        "amended by 2026/1744)",
        _lang(),
        law=shown_value(law),
    )


def _key_error(key: str, error: KeyError) -> str:
    """An unknown KEY of ``explain`` / ``explain-date``, in the command's language."""
    if _command_lang() == "en":
        return f"KEY: {error.args[0] if error.args else key}"
    return t(
        "KEY: {key} is neither a fact, a conclusion, a category nor an obligation of this case "
        "(an obligation as art26_8 or 'Art. 26(8)')",
        _lang(),
        key=repr(key),
    )


def _friendly(error: Exception) -> str:
    """The case error's message, with pydantic's wording made plain; in the command's
    language (``--lang nl``: :func:`aiact.errors.render`)."""
    if _command_lang() != "en":
        from aiact.errors import render

        return render(error, _command_lang())
    message = str(error)
    field = getattr(error, "field", None)
    if "Extra inputs are not permitted" in message and field:
        name = field.rsplit(".", 1)[-1]
        message = message.replace(
            "Extra inputs are not permitted",
            f"unknown field {name!r} (see 'aiact schema case' for the fields)",
        )
    return message


def _parse_date(value: str | None, option: str) -> dt.date | None:
    """The day an option gives; an error naming the option where it is no date, or a day before
    the Act entered into force (Art. 113; review79 D5: a portfolio blamed each row for it as
    rows[i].as_of)."""
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        _err(
            t(
                "{option}: {value} is not a date (use YYYY-MM-DD)",
                _lang(),
                option=option,
                value=repr(value),
            )
        )
    from aiact.versions import LawVersion

    if day < LawVersion.ORIGINAL.in_force_from:
        from aiact.views.errors import before_in_force

        _err(f"{option}: {before_in_force(day, _lang())}")
    return day


def _assess(path: str, as_of: str | None, law: str | None, engine: str) -> Any:
    from aiact.api import assess, assess_model
    from aiact.versions import LawVersion

    case = _load(path)
    day = _parse_date(as_of, "--as-of") or case.as_of
    version: LawVersion | None = case.law
    if law is not None:
        try:
            version = LawVersion.parse(law)
        except ValueError as error:
            _err(_law_error(law, error))
    try:
        if case.assumptions:  # stated assumptions (aiact.questions.assumptions), reported
            from aiact.questions.assumptions import assess_assuming

            return assess_assuming(
                case.model_copy(update={"law": version}), engine=engine, as_of=day
            )
        if case.system is not None:
            return assess(
                case.system,
                case.organisation,
                day,
                version,
                interpretations=case.interpretations,
                engine=engine,
            )
        return assess_model(
            case.model,
            case.organisation,
            day,
            version,
            interpretations=case.interpretations,
            engine=engine,
        )
    except (ImportError, RuntimeError) as error:  # EngineUnavailableError is a RuntimeError
        _missing(f"--engine {engine}", error)
    except (ValueError, KeyError) as error:
        from aiact.errors import InputError

        if isinstance(error, InputError):
            _err(f"{path}: {_friendly(error)}")
        field = "as_of" if "as_of" in str(error) else "case"
        _err(f"{path}: {field}: {error}")


#: The operating system's reasons a file or the output cannot be written, in the words of the
#: catalogue: the system's own words (``strerror``) are English whatever ``--lang`` says.
_OS_REASONS: dict[int, str] = {
    errno.ENOENT: N_("no such file or directory"),
    errno.ENOTDIR: N_("a part of the path is not a directory"),
    errno.EISDIR: N_("it is a directory"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.EROFS: N_("the file system is read-only"),
    errno.ENOSPC: N_("no space left on the device"),
    errno.EDQUOT: N_("disk quota exceeded"),
    errno.ENAMETOOLONG: N_("the file name is too long"),
    errno.EPIPE: N_("the output was closed"),
}


def _os_reason(error: OSError, lang: Lang) -> str:
    """Why the operating system refused, in ``lang``: English keeps the system's own words
    (as before); another language the catalogue's, else the error's code (``ENXIO``)."""
    if lang == "en":
        return str(error.strerror or error)
    if error.errno in _OS_REASONS:
        return t(_OS_REASONS[error.errno], lang)
    code = errno.errorcode.get(error.errno, str(error.errno)) if error.errno else None
    return t("system error {code}", lang, code=code or error.__class__.__name__)


def _write(path: str, data: str | bytes) -> None:
    """Write a file atomically (a temporary file renamed over it); a failure exits 1 with one
    line, in the command's language, and leaves any existing file as it was."""
    from aiact.safe_io import atomic_write

    try:
        atomic_write(path, data)
    except OSError as error:
        lang = _lang()
        _err(
            t(
                "{path}: cannot write the file ({reason})",
                lang,
                path=path,
                reason=_os_reason(error, lang),
            ),
            EXIT_FAILURE,
        )


class _Group(click.Group):
    """The command group; output that cannot be written (a full disk, ``> /dev/full``) ends
    with one line on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
        except OSError as error:
            _unwritable(error)
        return result


def _unwritable(error: OSError) -> NoReturn:
    try:  # what is left in stdout's buffer goes nowhere, so exiting cannot fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    lang = _lang()
    _err(
        t("cannot write the output ({reason})", lang, reason=_os_reason(error, lang)),
        EXIT_FAILURE,
    )


# --------------------------------------------------------------------------- the group


def _version() -> str:
    from aiact import __version__

    return __version__


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(version=_version(), prog_name="aiact")
def main() -> None:
    """The EU AI Act (Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744) as
    executable, explainable rules.

    Assess a case file (YAML or JSON), explain a conclusion article by article, plan the
    compliance work, list the key dates and the obligations, run a whole inventory.
    """


# --------------------------------------------------------------------------- assess


@main.command()
@click.argument("case", type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown", "html"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@_lang_option
@click.option("--as-of", help="The day assessed (YYYY-MM-DD); overrides the case's as_of.")
@click.option(
    "--law",
    help="Law version: 'original' (2024/1689) or 'amended' (+2026/1744); "
    "default: the version in force on the day assessed.",
)
@click.option(
    "--engine",
    type=click.Choice(["native", "durable"]),
    default="native",
    show_default=True,
    help="Rule engine (durable needs the 'durable' extra).",
)
@click.option("--out", "out", type=click.Path(dir_okay=False), help="Write to FILE, not stdout.")
def assess(
    case: str, fmt: str, lang: str, as_of: str | None, law: str | None, engine: str, out: str | None
) -> None:
    """Assess CASE: scope, roles, classification, obligations, deadlines, fines, open questions."""
    lg = check_lang(lang)
    a = _assess(case, as_of, law, engine)
    if fmt == "json":
        _emit(a.to_json(lg) + "\n", out)
    elif fmt == "markdown":
        from aiact.views.markdown import assessment_markdown

        _emit(assessment_markdown(a, lg), out)
    elif fmt == "html":
        from aiact.views.html import assessment_html

        _emit(f'<!doctype html><meta charset="utf-8">{assessment_html(a, lg)}\n', out)
    else:
        from aiact.views.console import assessment_renderable

        _render(assessment_renderable(a, lg), out)


def _emit(data: str, out: str | None) -> None:
    if out is None:
        click.echo(data, nl=False)
    else:
        _write(out, data)


def _render(renderable: Any, out: str | None) -> None:
    if out is None:
        _console().print(renderable)
        return
    from rich.console import Console

    console = Console(record=True, width=140, file=io.StringIO())
    console.print(renderable)
    _write(out, console.export_text())


# --------------------------------------------------------------------------- explain


@main.command()
@click.argument("case", type=click.Path(dir_okay=False))
@click.argument("key")
@_lang_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tree", "json", "markdown"]),
    default="tree",
    show_default=True,
)
@click.option("--as-of", help="The day assessed (YYYY-MM-DD).")
@click.option("--law", help="Law version (original or amended).")
@click.option(
    "--depth",
    type=click.IntRange(1, 50),
    default=12,
    show_default=True,
    help="Maximum depth of the tree.",
)
def explain(
    case: str, key: str, lang: str, fmt: str, as_of: str | None, law: str | None, depth: int
) -> None:
    """Explain KEY for CASE: an obligation (art26_8 or 'Art. 26(8)') or a conclusion
    (hr.high_risk, scope.in_scope, art5.any ...), rule by rule down to the input facts."""
    lg = check_lang(lang)
    a = _assess(case, as_of, law, "native")
    try:
        derivation = a.explain(key)
    except KeyError as error:
        _err(_key_error(key, error))
    if fmt == "json":
        click.echo(json.dumps(derivation.to_dict(lg), indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        from aiact.views.markdown import derivation_markdown

        click.echo(derivation_markdown(derivation, lg, depth), nl=False)
    else:
        from aiact.views.console import derivation_tree

        _console().print(derivation_tree(derivation, lg, depth))


# --------------------------------------------------------------------------- explain-date


@main.command("explain-date")
@click.argument("case", type=click.Path(dir_okay=False))
@click.argument("key")
@_lang_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--as-of", help="The day assessed (YYYY-MM-DD).")
@click.option("--law", help="Law version (original or amended).")
@click.option("--full", is_flag=True, help="Show the derivation of every case tried.")
def explain_date(
    case: str, key: str, lang: str, fmt: str, as_of: str | None, law: str | None, full: bool
) -> None:
    """Explain the date of KEY for CASE: an obligation (art26_8 or 'Art. 26(8)') or a date rule
    (tier.high_risk, from.high_risk ...): the cases of Arts. 111 and 113 tried in order, each
    with the derivation of its condition, and the dates with their citations."""
    lg = check_lang(lang)
    a = _assess(case, as_of, law, "native")
    try:
        derivation = a.explain_date(key)
    except KeyError as error:
        _err(_key_error(key, error))
    if fmt == "json":
        click.echo(json.dumps(derivation.to_dict(lg), indent=2, ensure_ascii=False))
    else:
        from aiact.views.explain import wrap_lines

        width = _console().width
        click.echo("\n".join(wrap_lines(derivation.text(lg, full=full).splitlines(), width)))


# --------------------------------------------------------------------------- plan


@main.command()
@click.argument("case", type=click.Path(dir_okay=False))
@_lang_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "mermaid", "dot"]),
    default="table",
    show_default=True,
)
@click.option(
    "--png",
    type=click.Path(dir_okay=False),
    help="Also draw the plan to FILE (.png, .svg or .pdf; needs matplotlib).",
)
@click.option("--as-of", help="The day assessed (YYYY-MM-DD).")
@click.option("--law", help="Law version (original or amended).")
def plan(
    case: str, lang: str, fmt: str, png: str | None, as_of: str | None, law: str | None
) -> None:
    """The compliance plan for CASE: the obligations in the order the law requires, their
    dates, what blocks them, and what depends on other organisations."""
    lg = check_lang(lang)
    a = _assess(case, as_of, law, "native")
    try:
        from aiact.graph import plan as make_plan
    except ImportError as error:  # pragma: no cover - the graph package is part of aiact
        _err(f"the compliance plan is unavailable: {error}", EXIT_FAILURE)
    p = make_plan(a)
    if fmt == "json":
        click.echo(p.to_json(lg))
    elif fmt == "mermaid":
        click.echo(p.to_mermaid(lg))
    elif fmt == "dot":
        click.echo(p.to_dot(lg))
    else:
        from aiact.views.console import plan_renderable

        _console().print(plan_renderable(p, lg))
    if png is not None:
        if Path(png).suffix.lower() not in ("", ".png", ".svg", ".pdf"):
            _err(f"--png {png}: unknown format {Path(png).suffix!r} (use .png, .svg or .pdf)")
        try:
            p.save(png, lang=lg)
        except ImportError as error:
            _missing("--png", error)
        except (OSError, ValueError) as error:
            _err(f"--png {png}: {error}", EXIT_FAILURE)
        click.echo(t("plan drawn to {path}", lg, path=png), err=True)


# --------------------------------------------------------------------------- timeline


@main.command()
@click.option(
    "--law",
    help="Law version (original or amended); default: both, each date "
    "marked with the versions that set it.",
)
@click.option("--ics", type=click.Path(dir_okay=False), help="Write an iCalendar file.")
@_lang_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--interp",
    multiple=True,
    help="A reading, e.g. A2=general_date (repeat): the amended Art. 111(2) cut-off rows "
    "follow reading A2.",
)
def timeline(
    law: str | None, ics: str | None, lang: str, fmt: str, interp: tuple[str, ...]
) -> None:
    """The key dates of the AI Act (Arts. 111 and 113) and what starts on each."""
    from aiact.timeline import milestones, milestones_ics
    from aiact.versions import LawVersion

    lg = check_lang(lang)
    version = None
    if law is not None:
        try:
            version = LawVersion.parse(law)
        except ValueError as error:
            _err(_law_error(law, error))
    readings = _verify_readings(interp, "--interp")
    items = milestones(version, readings)
    if fmt == "json":
        data = [
            {
                "date": m.date.isoformat(),
                "key": str(m.key),
                "what": m.what_nl if lg == "nl" else m.what_en,
                "citations": [c.nl() if lg == "nl" else str(c) for c in m.citations],
                "versions": [v.value for v in m.versions],
            }
            for m in items
        ]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        from aiact.views.console import timeline_table

        _console().print(timeline_table(items, lg))
    if ics is not None:
        try:
            data_ics = milestones_ics(version, lang=lg, interpretations=readings)
        except ImportError as error:
            _missing("--ics", error)
        _write(ics, data_ics)
        click.echo(t("calendar written to {path}", lg, path=ics), err=True)


# --------------------------------------------------------------------------- obligations


@main.command()
@click.option(
    "--role",
    type=click.Choice(ROLES),
    help="Only obligations addressed to this role.",
)
@click.option(
    "--risk",
    type=click.Choice(
        ["prohibited", "high_risk", "transparency", "minimal", "gpai", "gpai_systemic_risk"]
    ),
    help="Only obligations a system (or model) of this risk category can have; for AI systems "
    "this includes the general ones (AI literacy, Art. 4).",
)
@click.option("--law", help="Only obligations of this law version (original or amended).")
@_lang_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown", "csv"]),
    default="table",
    show_default=True,
)
@_csv_dialect_option
def obligations(
    role: str | None, risk: str | None, law: str | None, lang: str, fmt: str, csv_dialect: str
) -> None:
    """The obligation catalogue, filterable by role and risk category."""
    from aiact.versions import LawVersion
    from aiact.views.catalogue import filter_obligations, obligation_risk, risk_label
    from aiact.views.export import CsvDialect
    from aiact.views.i18n import (
        cite,
        measure_label,
        modality_label,
        obligation_fine_label,
        role_label,
        shown_title,
    )

    lg: Lang = check_lang(lang)
    version = None
    if law is not None:
        try:
            version = LawVersion.parse(law)
        except ValueError as error:
            _err(_law_error(law, error))
    items = filter_obligations(role=role, risk=risk, law=version)
    csv_dialect = cast("CsvDialect", csv_dialect)
    records: list[dict[str, Any]] = [
        {
            "id": o.id,
            "citation": cite(o.source, lg),
            "title": o.title_nl if lg == "nl" else o.title_en,
            "addressees": [role_label(a, lg) for a in o.addressees],
            "measure": measure_label(o.measure, lg),
            "modality": o.modality.value,
            "modality_label": modality_label(o.modality, lg),
            "limits": o.limits,
            "fine_tier": o.fine.value,
            "fine": obligation_fine_label(o, lg),
            "risk": obligation_risk(o),
            "versions": sorted(v.value for v in o.versions),
            "algoritmekader": list(o.algoritmekader),
            "eurlex": o.ref.eurlex_url(lg),
        }
        for o in items
    ]
    if fmt == "json":
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        from aiact.views.export import to_csv

        columns = ["id", "citation", "title", "addressees", "measure", "fine", "risk"]
        rows = [
            {
                **r,
                "title": shown_title(o, lg),
                "addressees": "; ".join(r["addressees"]),
                "risk": r["risk"] if lg == "en" else risk_label(str(r["risk"]), lg),
            }
            for r, o in zip(records, items, strict=True)
        ]
        if lg == "nl":
            columns.remove("id")
        click.echo(to_csv(columns, rows, lg, csv_dialect), nl=False)
    elif fmt == "markdown":
        from aiact.views.i18n import text

        keys = ("id", "citation", "obligation", "addressees", "measure")
        head = [text(k, lg) for k in keys if lg == "en" or k != "id"]
        click.echo("| " + " | ".join(head) + " |")
        click.echo("|" + "---|" * len(head))
        for r, o in zip(records, items, strict=True):
            first = f"| {r['id']} " if lg == "en" else ""
            click.echo(
                f"{first}| [{r['citation']}]({r['eurlex']}) | {shown_title(o, lg)} | "
                f"{', '.join(r['addressees'])} | {r['measure']} |"
            )
    else:
        from aiact.views.console import catalogue_table

        _console().print(catalogue_table(items, lg))


# --------------------------------------------------------------------------- portfolio


@main.command()
@click.argument("inventory", type=click.Path(dir_okay=False))
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="Write the result: .csv (summary), .json (everything) or .xlsx (sheets; needs the "
    "'xlsx' extra).",
)
@_csv_dialect_option
@_lang_option
@click.option("--as-of", help="The day assessed for every case (YYYY-MM-DD).")
@click.option(
    "--engine", type=click.Choice(["native", "durable"]), default="native", show_default=True
)
@click.option(
    "--progress/--no-progress",
    default=True,
    show_default=True,
    help="Show a progress bar on stderr.",
)
@click.option(
    "--deadlines",
    "show_deadlines",
    type=int,
    default=15,
    show_default=True,
    help="How many upcoming deadlines to list (0: none).",
)
def portfolio(
    inventory: str,
    out: str | None,
    lang: str,
    as_of: str | None,
    engine: str,
    progress: bool,
    show_deadlines: int,
    csv_dialect: str,
) -> None:
    """Assess every system of INVENTORY (YAML/JSON list of cases, or CSV): a summary table,
    the aggregated fine exposure and all deadlines. Exit code 2 if any case is invalid (the
    others are still assessed and written)."""
    from aiact.case import CaseError
    from aiact.portfolio import load_inventory, run_portfolio
    from aiact.views.console import portfolio_renderable
    from aiact.views.export import CsvDialect

    lg = check_lang(lang)
    if out is not None and Path(out).suffix.lower() not in (".csv", ".json", ".xlsx"):
        _err(f"--out {out}: unknown format {Path(out).suffix!r} (use .csv, .json or .xlsx)")
    day = _parse_date(as_of, "--as-of")
    try:
        entries = load_inventory(inventory)
    except CaseError as error:
        _err(_friendly(error))
    result = run_portfolio(entries, progress=progress, engine=engine, as_of=day, lang=lg)
    _console().print(portfolio_renderable(result, lg, show_deadlines))
    if out is not None:
        try:
            result.write(out, lg, csv_dialect=cast("CsvDialect", csv_dialect))
        except ImportError as error:
            _missing(f"--out {out}", error)
        except OSError as error:
            option = f"--out {out}"
            message = t(
                "{path}: cannot write the file ({reason})",
                lg,
                path=option,
                reason=_os_reason(error, lg),
            )
            _err(message, EXIT_FAILURE)
        click.echo(t("written to {path}", lg, path=out), err=True)
    if result.errors:
        for entry in result.errors:
            if lg != "en" and entry.problems:
                # the row's problems in lg, as the exports give them (PortfolioEntry.error_text)
                click.echo(f"aiact: fout: {inventory}: {entry.error_text(lg)}", err=True)
                continue
            click.echo(f"aiact: error: {entry.error}", err=True)
        sys.exit(EXIT_BAD_INPUT)


# --------------------------------------------------------------------------- schema


@main.command()
@click.argument("name", type=click.Choice(["case", "assessment"]))
def schema(name: str) -> None:
    """Print the JSON Schema of a case file or of an assessment (``--format json``)."""
    from aiact.schemas import schema_json

    click.echo(schema_json(name))


# --------------------------------------------------------------------------- diff and verify
# (aiact.verify, issue 19: needs the verify extra, the z3 solver)


def _verify_readings(values: tuple[str, ...], option: str) -> Any:
    """``--interp A2=general_date`` / ``--interp art111_cutoff=general_date`` into a reading."""
    from aiact.interpretations import DEFAULT_INTERPRETATIONS, Interpretations

    if not values:
        return DEFAULT_INTERPRETATIONS
    by_question = {}
    for name, info in Interpretations.model_fields.items():
        head = (info.description or "").split(":", 1)[0]
        by_question[head.upper()] = name
    update: dict[str, Any] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep:
            _err(f"{option}: {item!r}: write QUESTION=VALUE, e.g. A2=general_date")
        field = by_question.get(key.strip().upper(), key.strip())
        if field not in Interpretations.model_fields:
            _err(f"{option}: unknown question {key!r}; questions: {', '.join(sorted(by_question))}")
        text = value.strip()
        update[field] = {"true": True, "false": False, "unknown": None}.get(text.lower(), text)
    try:
        return Interpretations.model_validate({**DEFAULT_INTERPRETATIONS.model_dump(), **update})
    except ValueError as error:
        from aiact.errors import render

        # the library's renderer: one line in the command's language, the value never echoed
        _err(f"{option}: {render(error, _command_lang())}")


def _verify_law(value: str, option: str) -> Any:
    from aiact.versions import LawVersion

    try:
        return LawVersion.parse(value)
    except ValueError as error:
        _err(f"{option}: {error}")


@main.command()
@click.argument("goal", default="tier")
@click.option("--kind", type=click.Choice(["system", "model"]), default="system", show_default=True)
@click.option(
    "--from", "from_law", default="original", show_default=True, help="First law version."
)
@click.option("--to", "to_law", default="amended", show_default=True, help="Second law version.")
@click.option(
    "--from-interp", multiple=True, help="A reading for the first side: A2=general_date (repeat)."
)
@click.option("--interp", "to_interp", multiple=True, help="A reading for the second side.")
@click.option(
    "--cases",
    type=click.Choice(["known", "any"]),
    default="known",
    show_default=True,
    help="known: cases that state every fact the goal reads; any: unknown facts too.",
)
@click.option(
    "--over",
    type=click.Choice(["facts", "inputs", "conclusions"]),
    default="facts",
    show_default=True,
    help="What parts name: input facts (and the tier's summaries), input facts only, or "
    "conclusions too (shorter, for readers of the rules).",
)
@click.option("--max-parts", default=25, show_default=True, help="Parts per change at most.")
@click.option("--witnesses/--no-witnesses", default=True, show_default=True)
@click.option(
    "--facts/--no-facts",
    "glossary",
    default=True,
    show_default=True,
    help="End with what each named fact says and the question that asks it.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["markdown", "json"]),
    default="markdown",
    show_default=True,
)
def diff(
    goal: str,
    kind: str,
    from_law: str,
    to_law: str,
    from_interp: tuple[str, ...],
    to_interp: tuple[str, ...],
    cases: str,
    over: str,
    max_parts: int,
    witnesses: bool,
    glossary: bool,
    fmt: str,
) -> None:
    """The cases whose answer to GOAL changes between two law versions or two readings.

    GOAL is ``tier`` (default), an obligation (art26_1 or "Art. 26(1)"), a category
    (high_risk), a conclusion (hr.high_risk), the date an obligation applies from
    ("applies_from(art26_1)"), its "comply by" deadline ("deadline(art26_1)": none, or the
    date of a transitional rule, Art. 111) or a date rule ("date(from.high_risk)"). Each change
    is a union of parts, each a condition over facts with a witness case. Examples: ``aiact
    diff art26_1``; ``aiact diff tier --from amended --interp A7=false``; ``aiact diff
    "applies_from(art26_1)"``; ``aiact diff "deadline(art26_1)"``.
    """
    from typing import cast

    try:
        from aiact.verify.diff import Side, to_markdown
        from aiact.verify.diff import diff as run_diff
    except ImportError as error:
        _err(str(error), EXIT_FAILURE)
    first = Side(_verify_law(from_law, "--from"), _verify_readings(from_interp, "--from-interp"))
    second = Side(_verify_law(to_law, "--to"), _verify_readings(to_interp, "--interp"))
    try:
        result = run_diff(
            goal,
            first,
            second,
            kind=cast(Any, kind),
            cases=cast(Any, cases),
            over=cast(Any, over),
            max_parts=max_parts,
        )
    except (KeyError, ValueError) as error:
        _err(f"goal: {error.args[0] if error.args else error}")
    if fmt == "markdown":
        click.echo(to_markdown(result, witnesses=witnesses, facts=glossary), nl=False)
        return
    from aiact.case import dump_case

    data = {
        "goal": result.goal,
        "kind": result.kind,
        "first": {"law": first.law.value, "interpretations": first.interpretations.labels()},
        "second": {"law": second.law.value, "interpretations": second.interpretations.labels()},
        "cases": result.cases,
        "over": result.over,
        "date_rule": result.date_rule,
        "seconds": round(result.seconds, 3),
        "changes": [
            {
                "before": c.before,
                "after": c.after,
                "complete": c.complete,
                "parts": [
                    {"condition": p.condition, "witness": json.loads(dump_case(p.witness))}
                    for p in c.parts
                ],
            }
            for c in result.changes
        ],
    }
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@main.command()
@click.argument("prop", metavar="PROPERTY")
@click.option("--kind", type=click.Choice(["system", "model"]), default="system", show_default=True)
@click.option("--law", default="amended", show_default=True, help="Law version.")
@click.option("--interp", multiple=True, help="Prove under this reading only: A2=general_date.")
@click.option(
    "--out", type=click.Path(dir_okay=False), help="Write a counterexample case file to FILE."
)
def verify(prop: str, kind: str, law: str, interp: tuple[str, ...], out: str | None) -> None:
    """Prove PROPERTY for every valid case, or print a counterexample case file.

    Example: ``aiact verify "true(hr.profiling_override) implies true(hr.high_risk)"``.
    Exit code 0: proved; 3: a counterexample (written to --out, or printed).
    """
    from typing import cast

    try:
        from aiact.verify import PropertySyntaxError, prove
    except ImportError as error:
        _err(str(error), EXIT_FAILURE)
    readings = _verify_readings(interp, "--interp") if interp else None
    try:
        proof = prove(
            prop, kind=cast(Any, kind), law=_verify_law(law, "--law"), interpretations=readings
        )
    except (PropertySyntaxError, KeyError) as error:
        _err(f"property: {error.args[0] if error.args else error}")
    click.echo(proof.summary())
    if proof.proved:
        return
    from aiact.case import dump_case

    assert proof.counterexample is not None
    text = dump_case(proof.counterexample.case)
    if out:
        _write(out, text + "\n")
        click.echo(f"counterexample written to {out}", err=True)
    else:
        click.echo(text)
    sys.exit(3)


# --------------------------------------------------------------------------- interview


@main.command()
@_lang_option
@click.option("--out", type=click.Path(dir_okay=False), help="Write the case file (YAML) to FILE.")
@click.option(
    "--goal",
    type=click.Choice(["tier", "obligations", "full"]),
    default="full",
    show_default=True,
    help="What to determine: the risk tier and roles; also the obligations; or everything "
    "(obligations, dates and fines).",
)
@click.option("--as-of", help="The day assessed (YYYY-MM-DD); default: the case's or today.")
@click.option("--law", help="Law version (original or amended); default: in force on the day.")
@click.option(
    "--case",
    "case_path",
    type=click.Path(dir_okay=False),
    help="Start from the facts of this case file (only what it leaves open is asked).",
)
@click.option(
    "--assume",
    multiple=True,
    help="A stated assumption that fills unknown facts (repeatable), reported as assumed; "
    "see aiact.questions.assumptions (e.g. no_art2_exclusions).",
)
@click.option(
    "--arrows/--no-arrows",
    default=None,
    help="Choose with the arrow keys (default: in a terminal).",
)
def interview(
    lang: str,
    out: str | None,
    goal: str,
    as_of: str | None,
    law: str | None,
    case_path: str | None,
    assume: tuple[str, ...],
    arrows: bool | None,
) -> None:
    """A guided interview: only the questions whose answer can still change the result, the
    most decisive first, in Dutch or English; "don't know" is always an answer. Ends with a
    summary, the assessment and (with --out) the case file."""
    from aiact.interview import Interview
    from aiact.questions.terminal import run, show_summary
    from aiact.views.console import assessment_renderable

    lg = check_lang(lang)
    case = _load(case_path) if case_path is not None else None
    try:
        started = Interview.start(
            _parse_date(as_of, "--as-of"), goal, case=case, law=law, assumptions=assume
        )
    except ValueError as error:
        from aiact.errors import InputError

        _err(_friendly(error) if isinstance(error, InputError) else str(error))
    console = _console()
    finished = run(started, lg, console=console, arrows=arrows)
    show_summary(console, finished, lg)
    if finished.kind is None:
        _err(t("the interview ended before it knew what it is about", lg), EXIT_FAILURE)
    console.print(assessment_renderable(finished.assessment, lg))
    if out is not None:
        _write(out, finished.case_yaml())
        click.echo(t("case file written to {path}", lg, path=out), err=True)
        if finished.current is not None:
            # Stopped before the end: the case file holds the answers given so far.
            command = f"aiact interview --case {out}"
            click.echo(t("to go on: {command}", lg, command=command), err=True)


# --------------------------------------------------------------------------- serve


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes; in production one per CPU core.",
)
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    help="An origin that may call the API from a browser (https://host[:port]); repeat for "
    "more, '*' for any. Default: none (the OpenAPI document is readable from any origin).",
)
@click.option("--web/--no-web", default=True, show_default=True, help="Serve the web pages at /.")
@click.option(
    "--time-budget",
    type=click.FloatRange(0.1, 600),
    help="Seconds a request may take before it is answered with 503 (default 10).",
)
@click.option(
    "--access-log/--no-access-log",
    default=False,
    show_default=True,
    help="Log every request (off: the reverse proxy usually does).",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
)
@click.option(
    "--forwarded-allow-ips",
    default="127.0.0.1",
    show_default=True,
    help="Proxies trusted to set X-Forwarded-For and X-Forwarded-Proto ('*' for any).",
)
@click.option(
    "--http",
    "http_impl",
    type=click.Choice(["h11", "httptools"]),
    default="h11",
    show_default=True,
    help="HTTP/1.1 parser: h11 reads every request whole; httptools is faster but loses the "
    "body of a request that asks to upgrade to HTTP/2 (h2c), as Java's HttpClient does.",
)
@click.option("--ssl-certfile", type=click.Path(dir_okay=False), help="TLS certificate (PEM).")
@click.option("--ssl-keyfile", type=click.Path(dir_okay=False), help="TLS private key (PEM).")
def serve(
    host: str,
    port: int,
    workers: int,
    cors_origins: tuple[str, ...],
    web: bool,
    time_budget: float | None,
    access_log: bool,
    log_level: str,
    forwarded_allow_ips: str,
    http_impl: str,
    ssl_certfile: str | None,
    ssl_keyfile: str | None,
) -> None:
    """Serve the HTTP API at /v1 (OpenAPI at /v1/openapi.json) and the web pages at /. Needs
    the 'server' extra. Stateless: run as many as you like behind a load balancer; terminate
    TLS there or give --ssl-certfile and --ssl-keyfile. See docs/service.md."""
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as error:
        _missing("serve", error)
    os.environ["AIACT_CORS_ORIGINS"] = ",".join(cors_origins)
    os.environ["AIACT_WEB"] = "1" if web else "0"
    if time_budget is not None:
        os.environ["AIACT_TIME_BUDGET"] = str(time_budget)
    from aiact.service.settings import Settings

    try:
        Settings.from_env()  # a bad setting is reported here, not in every worker
    except ValueError as error:
        _err(str(error))
    if (ssl_certfile is None) != (ssl_keyfile is None):
        _err("--ssl-certfile and --ssl-keyfile go together")
    from aiact.service.serve import serve as run

    try:
        run(
            host,
            port,
            workers,
            access_log=access_log,
            log_level=log_level,
            server_header=False,
            proxy_headers=True,
            forwarded_allow_ips=forwarded_allow_ips,
            timeout_keep_alive=5,
            http=http_impl,
            ssl_certfile=ssl_certfile,
            ssl_keyfile=ssl_keyfile,
        )
    except OSError as error:  # the address is taken, or not ours to bind
        _err(f"--host {host} --port {port}: {error.strerror or error}", EXIT_FAILURE)


if __name__ == "__main__":  # pragma: no cover
    main()
