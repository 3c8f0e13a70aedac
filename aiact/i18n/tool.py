"""Keep the message catalogues complete: ``python -m aiact.i18n.tool check | update | compile``.

``check`` builds the template of every message -- extracted from the source by Babel's Python
extractor (``t``, ``pt``, ``nt`` and ``N_`` calls) plus the keyed messages taken from the data
they label (input facts, fine notes, interpretation readings) -- and lists what the Dutch
catalogue lacks, leaves untranslated or fuzzy, keeps although no longer used, translates with
other placeholders, and whether the compiled ``.mo`` file is out of date. Exit code 1 if anything
is wrong. ``update`` merges new messages into ``nl.po`` (untranslated, for a translator) and drops
obsolete ones; ``compile`` writes ``aiact.mo``.

Needs Babel (a dependency of aiact).
"""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from aiact.i18n import DOMAIN, LOCALE_DIR

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

PACKAGE = Path(__file__).resolve().parent.parent
KEYWORDS: dict[str, object] = {
    "t": None,
    "N_": None,
    "pt": ((1, "c"), 2),
    "nt": (1, 2),
}
TRANSLATED = ("nl",)


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def source_messages() -> Iterator[tuple[str | None, str | tuple[str, ...], str]]:
    """(context, message, where) for every marked message of the package's source."""
    from babel.messages.extract import extract_from_dir

    methods = [("**.py", "python")]
    if importlib.util.find_spec("jinja2") is not None:  # the web pages' templates (aiact[server])
        methods.append(("**/templates/**.html", "jinja2"))
    for filename, lineno, message, _comments, context in extract_from_dir(
        str(PACKAGE),
        method_map=methods,
        keywords=KEYWORDS,  # type: ignore[arg-type]
        comment_tags=(),
    ):
        if not message or (isinstance(message, tuple) and not all(message)):
            continue
        yield context, message, f"aiact/{filename}:{lineno}"


def data_messages() -> Iterator[tuple[str, str, str]]:
    """(context, key, where) for the keyed messages: labels of data that the code names by key."""
    from aiact.views.labels import keyed_messages

    yield from keyed_messages()


def template() -> Catalog:
    """The catalogue of every message that needs a translation."""
    from babel.messages.catalog import Catalog

    catalog = Catalog(project="aiact", domain=DOMAIN, fuzzy=False)
    for context, message, where in source_messages():
        file, _, line = where.rpartition(":")
        catalog.add(message, context=context, locations=[(file, int(line))])
    for context, key, where in data_messages():
        catalog.add(key, context=context, auto_comments=[where])
    return catalog


def _read(lang: str) -> Catalog:
    from babel.messages.pofile import read_po

    with po_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def _placeholders(text: object) -> set[str]:
    texts = (
        (text,)
        if isinstance(text, str)
        else tuple(text or ())
        if isinstance(text, (tuple, list))
        else ()
    )
    return {m for s in texts for m in re.findall(r"\{(\w*)\}", str(s or ""))}


def _mo_bytes(catalog: Catalog) -> bytes:
    from babel.messages.mofile import write_mo

    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def problems(lang: str = "nl") -> list[str]:
    """Everything wrong with the catalogue of ``lang`` (empty: complete and compiled)."""
    wanted = template()
    have = _read(lang)
    out: list[str] = []
    for message in wanted:
        if not message.id:
            continue
        found = have.get(message.id, message.context)
        label = f"{message.context + ': ' if message.context else ''}{message.id!r}"
        if found is None:
            where = ", ".join(f"{f}:{n}" for f, n in message.locations) or "; ".join(
                message.auto_comments
            )
            out.append(f"missing: {label} ({where})")
            continue
        strings = found.string if isinstance(found.string, tuple) else (found.string,)
        if not all(strings):
            out.append(f"untranslated: {label}")
        elif found.fuzzy:
            out.append(f"fuzzy: {label}")
        elif _placeholders(found.string) != _placeholders(
            message.id if not message.auto_comments else " ".join(message.auto_comments)
        ):
            out.append(f"placeholders differ: {label} -> {found.string!r}")
    for message in have:
        if message.id and wanted.get(message.id, message.context) is None:
            out.append(f"obsolete: {message.context or ''}{message.id!r}")
    if not mo_path(lang).exists() or mo_path(lang).read_bytes() != _mo_bytes(have):
        out.append(f"stale: {mo_path(lang).relative_to(PACKAGE.parent)} (run: compile)")
    return out


def update(lang: str = "nl") -> None:
    """Merge the template into the catalogue of ``lang`` (new messages untranslated, obsolete
    ones dropped) and write it back, sorted."""
    from babel.messages.pofile import write_po

    have = _read(lang)
    have.update(template(), no_fuzzy_matching=True)
    have.obsolete.clear()
    from aiact.safe_io import atomic_write

    buffer = io.BytesIO()
    write_po(buffer, have, width=100, sort_output=True, omit_header=False)
    atomic_write(po_path(lang), buffer.getvalue())


def compile_mo(lang: str = "nl") -> None:
    from aiact.safe_io import atomic_write

    atomic_write(mo_path(lang), _mo_bytes(_read(lang)))


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else "check"
    if command == "update":
        for lang in TRANSLATED:
            update(lang)
        return 0
    if command == "compile":
        for lang in TRANSLATED:
            compile_mo(lang)
        return 0
    if command == "check":
        found = [f"{lang}: {p}" for lang in TRANSLATED for p in problems(lang)]
        print("\n".join(found) or "the catalogues are complete")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
