"""Reading and writing files safely: bounded parsing of untrusted JSON/YAML, confined file
references, atomic output.

Everything that reads input (case files, inventories, the register reader, the CLI and, later,
the HTTP service) goes through these functions, so one set of :class:`Limits` holds everywhere
and every problem is an :class:`aiact.errors.InputError` that names the field or the limit,
never a traceback, and never echoes the content of a file.

Reading
    :func:`read_limited` reads at most ``max_bytes`` (a regular file, or with
    ``regular_only=False`` any readable file such as a pipe); :func:`confined_path` resolves a
    ``file:`` reference inside a directory (no absolute paths, no ``..`` or symlink escaping it);
    :func:`decode_text` decodes UTF-8 (a BOM is dropped).
Parsing
    :func:`parse_document` reads JSON with :func:`parse_json` (duplicate keys marked, huge
    integers kept as :class:`~decimal.Decimal` for validation to bound) or YAML with
    :func:`parse_yaml`: the C loader (libyaml) where available, YAML 1.2 booleans (``NO`` is
    Norway, not false), an impossible date kept as text so validation names its field, and the
    node graph checked *before* construction: at most ``max_aliases`` alias references, no
    recursive alias, at most ``max_nodes`` nodes after expanding every alias and merge key (the
    alias bomb), at most ``max_depth`` levels. :func:`check_data` then bounds the constructed
    data (depth, nodes, string length, items per list or mapping, duplicate keys, lone
    surrogates), one case or one inventory row at a time.
Writing
    :func:`atomic_write` and :func:`atomic_path` write to a temporary file in the same directory
    and :func:`os.replace` it over the target, so a failed or interrupted write leaves the old
    file intact; a target that is not a regular file (``/dev/stdout``, ``/dev/null``,
    ``/dev/full``) is written directly, never replaced.

Aliases and merge keys are bounded, not rejected: the project's example inventory uses anchors
and ``<<:`` merge keys to share an organisation and the facts that many systems have in common,
and that is good YAML. A bound on the *expanded* size stops the bomb at no cost to such files.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

import yaml

from aiact.errors import InputError, join_path

__all__ = [
    "CASE_LIMITS",
    "INVENTORY_LIMITS",
    "DuplicateKeys",
    "Limits",
    "atomic_path",
    "atomic_write",
    "check_data",
    "confined_path",
    "decode_text",
    "parse_document",
    "parse_json",
    "parse_yaml",
    "read_limited",
]

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on one input document (see docs/json-contract.md, 'Limits').

    ``max_bytes``: the file or text; ``max_depth``: nesting of lists and mappings;
    ``max_nodes``: scalars, lists and mappings after expanding every YAML alias and merge key;
    ``max_aliases``: YAML alias references; ``max_string``: characters in one key or value;
    ``max_items``: entries in one list or mapping; ``max_rows``: cases in an inventory.
    """

    max_bytes: int = 1 * MiB
    max_depth: int = 32
    max_nodes: int = 100_000
    max_aliases: int = 10_000
    max_string: int = 10_000
    max_items: int = 10_000
    max_rows: int = 100_000

    def with_(self, **changes: int) -> Limits:
        return replace(self, **changes)


#: One case (a case file, an inventory row, a request body of the HTTP service).
CASE_LIMITS = Limits()
#: A whole inventory file (each of its rows is held to :data:`CASE_LIMITS` on its own). Building
#: a YAML node graph costs about 300 bytes a node and JSON about 70 bytes a value, so these
#: bound the memory an inventory can take to about 350 MB whatever its content. A million nodes
#: is 5,000 to 30,000 cases, depending on how many facts each spells out; a larger inventory
#: can be CSV (read row by row) or be given larger limits (``load_inventory(limits=...)``).
INVENTORY_LIMITS = Limits(
    max_bytes=16 * MiB,
    max_depth=500,  # a row is held to CASE_LIMITS.max_depth (32) on its own, as a row error
    max_nodes=1_000_000,
    max_aliases=500_000,
    max_string=1 * MiB,  # a row's own strings are held to CASE_LIMITS.max_string, as a row error
    max_items=100_000,
)


#: The longest integer literal kept as an ``int``; longer ones become ``Decimal`` (Python's int
#: parser refuses more than 4,300 digits, and no field needs more than 64).
MAX_INT_DIGITS = 64


def _human(n: int) -> str:
    if n >= MiB and n % MiB == 0:
        return f"{n // MiB} MiB"
    return f"{n:,}"


def too_large(
    what: str, limit: int, *, path: str = "", source: str | None = None, unit: str = ""
) -> InputError:
    return InputError(
        f"{what} exceeds the limit of {_human(limit)}{unit}",
        path=path,
        source=source,
        kind="too_large",
        params={"what": what, "limit": limit},
    )


# --------------------------------------------------------------------------- reading files


def read_limited(
    path: str | os.PathLike[str],
    max_bytes: int,
    *,
    source: str | None = None,
    regular_only: bool = True,
    field: str = "",
) -> bytes:
    """At most ``max_bytes`` of a file; ``InputError`` (``not_found``, ``not_a_file``,
    ``too_large``, ``unreadable``) otherwise. Never reads more than ``max_bytes + 1`` bytes, and
    with ``regular_only`` refuses devices, pipes and directories before reading."""
    where = source if source is not None else str(path)
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
    if regular_only:
        flags |= getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError("file not found", source=where, path=field, kind="not_found") from None
    except OSError as error:
        raise InputError(
            f"cannot read the file ({error.strerror or error.__class__.__name__})",
            source=where,
            path=field,
            kind="unreadable",
        ) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode) or (regular_only and not stat.S_ISREG(info.st_mode)):
            raise InputError("not a regular file", source=where, path=field, kind="not_a_file")
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise too_large("the file", max_bytes, path=field, source=where, unit=" bytes")
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        data = b"".join(chunks)
    except OSError as error:
        raise InputError(
            f"cannot read the file ({error.strerror or error.__class__.__name__})",
            source=where,
            path=field,
            kind="unreadable",
        ) from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise too_large("the file", max_bytes, path=field, source=where, unit=" bytes")
    return data


def decode_text(data: bytes, *, source: str | None = None, field: str = "") -> str:
    """UTF-8 text (a leading BOM dropped); bad bytes give ``encoding`` naming the offset only."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not UTF-8 text (invalid byte at offset {error.start})",
            source=source,
            path=field,
            kind="encoding",
            params={"offset": error.start},
        ) from None


def confined_path(
    base: str | os.PathLike[str], name: object, *, field: str = "file", source: str | None = None
) -> Path:
    """The file ``name`` refers to inside the directory ``base``: a relative path whose real
    location (every symlink resolved) lies inside ``base``'s real location. An absolute path,
    a ``..`` or a symlink leading out of ``base`` gives ``InputError`` (``not_allowed`` or
    ``outside``). Whether it is a regular file is checked when it is read
    (:func:`read_limited`)."""
    if not isinstance(name, str) or not name.strip():
        raise InputError(
            "must be a relative file name (text)", source=source, path=field, kind="type"
        )
    if "\x00" in name or len(name) > 4096:
        raise InputError(
            "not a valid file name",
            source=source,
            path=field,
            kind="not_allowed",
            params={"rule": "file_name"},
        )
    candidate = Path(name)
    if candidate.is_absolute() or candidate.drive or name.startswith("~"):
        raise InputError(
            "an absolute path is not allowed: give a path relative to the inventory's folder",
            source=source,
            path=field,
            kind="not_allowed",
            params={"rule": "absolute_path"},
        )
    root = Path(os.path.realpath(base))
    target = Path(os.path.realpath(root / candidate))
    if target != root and not target.is_relative_to(root):
        raise InputError(
            "the file lies outside the inventory's folder: give a path to a file within that "
            "folder",
            source=source,
            path=field,
            kind="outside",
            params={"rule": "outside_folder"},
        )
    return target


# --------------------------------------------------------------------------- parsing


class DuplicateKeys(dict[Any, Any]):
    """A mapping whose source had a key more than once (the last value kept); :func:`check_data`
    reports it against the key."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) == len(pairs):
        return data
    seen: set[str] = set()
    twice = []
    for key, _ in pairs:
        if key in seen and key not in twice:
            twice.append(key)
        seen.add(key)
    marked = DuplicateKeys(data)
    marked.duplicates = tuple(twice)
    return marked


def _json_int(text: str) -> int | Decimal:
    digits = len(text.lstrip("-"))
    return int(text) if digits <= MAX_INT_DIGITS else Decimal(text)


def parse_json(
    text: str, *, source: str | None = None, limits: Limits = CASE_LIMITS, check: bool = True
) -> Any:
    """JSON, bounded by ``limits`` (standard JSON: ``\\ud83d\\ude00`` escapes are read as the
    character they encode; a lone surrogate is reported by :func:`check_data`)."""
    if len(text) > limits.max_bytes:
        raise too_large("the text", limits.max_bytes, source=source, unit=" characters")
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_int=_json_int)
    except json.JSONDecodeError as error:
        raise InputError(
            f"not valid JSON at line {error.lineno}, column {error.colno} ({error.msg})",
            source=source,
            kind="syntax",
            params={"line": error.lineno, "column": error.colno},
        ) from None
    except RecursionError:
        raise InputError(
            "the nesting is too deep", source=source, kind="too_deep",
            params={"limit": limits.max_depth},
        ) from None  # fmt: skip
    if check:
        check_data(data, limits, source=source)
    return data


# ------------------------------------------------------------------ YAML

_BaseLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
C_LOADER = _BaseLoader is not yaml.SafeLoader
_BOOL = "tag:yaml.org,2002:bool"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"


class _Loader(_BaseLoader):  # type: ignore[misc]
    """libyaml's safe loader with YAML 1.2 booleans, dates that may be impossible (kept as
    text), long integers kept exact, and duplicate keys marked (:class:`DuplicateKeys`)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return str(node.value)  # e.g. 2026-02-30: validation names the field


def _construct_int(loader: Any, node: yaml.ScalarNode) -> Any:
    text = str(node.value)
    if len(text) <= MAX_INT_DIGITS:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    plain = text.replace("_", "")
    try:
        return Decimal(plain)  # decimal digits: exact, for validation to bound
    except InvalidOperation:
        return text  # hex, octal, sexagesimal: too long to be a plausible number


def _duplicate_keys(node: yaml.MappingNode) -> tuple[str, ...]:
    seen: set[tuple[str, str]] = set()
    twice: list[str] = []
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode) and key.tag != _MERGE:
            ident = (key.tag, str(key.value))
            if ident in seen and ident[1] not in twice:
                twice.append(ident[1])
            seen.add(ident)
    return tuple(twice)


def _construct_map(loader: Any, node: yaml.MappingNode) -> Iterator[dict[Any, Any]]:
    twice = _duplicate_keys(node)
    data: dict[Any, Any]
    if twice:
        marked = DuplicateKeys()
        marked.duplicates = twice
        data = marked
    else:
        data = {}
    yield data
    data.update(loader.construct_mapping(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Loader.add_constructor(_MAP, _construct_map)


def _node_path(parts: list[str | int]) -> str:
    return join_path(*parts)


def check_yaml_graph(root: yaml.Node, limits: Limits, source: str | None = None) -> int:
    """Bound a composed YAML node graph before anything is constructed from it: alias
    references, recursion, nesting depth and the number of nodes after expanding every alias
    and merge key (computed once per node, so a 'billion laughs' costs its size in bytes, not
    its expansion). Returns the expanded node count."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    active: set[int] = set()
    aliases = 0
    # (node, path, children visited?) ; post-order with an explicit stack
    stack: list[tuple[yaml.Node, list[str | int], bool]] = [(root, [], False)]
    while stack:
        node, path, done = stack.pop()
        ident = id(node)
        if not done:
            if ident in size:
                aliases += 1
                if aliases > limits.max_aliases:
                    raise InputError(
                        f"more than {limits.max_aliases:,} YAML alias references",
                        source=source, path=_node_path(path), kind="too_many_aliases",
                        params={"limit": limits.max_aliases},
                    )  # fmt: skip
                continue
            if ident in active:
                raise InputError(
                    "a YAML alias refers to a node that contains it",
                    source=source, path=_node_path(path), kind="recursive_alias",
                )  # fmt: skip
            if isinstance(node, yaml.ScalarNode):
                if len(node.value) > limits.max_string:
                    raise too_large("the text", limits.max_string, path=_node_path(path),
                                    source=source, unit=" characters")  # fmt: skip
                size[ident], depth[ident] = 1, 0
                continue
            if len(node.value) > limits.max_items:
                what = "the list" if isinstance(node, yaml.SequenceNode) else "the mapping"
                raise too_large(what, limits.max_items, path=_node_path(path), source=source,
                                unit=" entries")  # fmt: skip
            active.add(ident)
            stack.append((node, path, True))
            if isinstance(node, yaml.SequenceNode):
                for index in range(len(node.value) - 1, -1, -1):
                    stack.append((node.value[index], [*path, index], False))
            else:
                for key, value in reversed(node.value):
                    name: str | int = (
                        str(key.value)[:80] if isinstance(key, yaml.ScalarNode) else "?"
                    )
                    stack.append((value, [*path, name], False))
                    stack.append((key, [*path, name], False))
            continue
        active.discard(ident)
        children = (
            node.value
            if isinstance(node, yaml.SequenceNode)
            else [n for pair in node.value for n in pair]
        )
        total = 1 + sum(size[id(child)] for child in children)
        deepest = 1 + max((depth[id(child)] for child in children), default=0)
        if total > limits.max_nodes:
            raise too_large(
                "the document after expanding its aliases", limits.max_nodes,
                path=_node_path(path), source=source, unit=" nodes",
            )  # fmt: skip
        if deepest > limits.max_depth:
            raise InputError(
                f"the nesting is deeper than the limit of {limits.max_depth} levels",
                source=source, path=_node_path(path), kind="too_deep",
                params={"limit": limits.max_depth},
            )  # fmt: skip
        size[ident], depth[ident] = total, deepest
    return size[id(root)]


def _yaml_problem(error: yaml.YAMLError, source: str | None) -> InputError:
    mark = getattr(error, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
    problem = str(getattr(error, "problem", "") or "")
    if "nesting depth" in problem:
        return InputError(
            f"the nesting is too deep{where}", source=source, kind="too_deep",
            params={"limit": 1000},
        )  # fmt: skip
    if isinstance(error, yaml.constructor.ConstructorError):
        reason = problem or "a value that cannot be read"
        reason = reason.split("!!python", 1)[0].strip() or "a tag that is not allowed"
        return InputError(
            f"not allowed in YAML here{where}: {reason}", source=source, kind="not_allowed"
        )
    detail = f" ({problem})" if problem and len(problem) < 120 else ""
    return InputError(f"not valid YAML{where}{detail}", source=source, kind="syntax")


def _count_events(text: str, limits: Limits, source: str | None) -> None:
    """A first pass over the parser's events (nothing kept): at most ``max_nodes`` nodes and
    ``max_aliases`` aliases before the node graph is built (it takes about 300 bytes a node)."""
    nodes = aliases = 0
    node_events = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, node_events):
                nodes += 1
                if nodes > limits.max_nodes:
                    raise too_large("the document", limits.max_nodes, source=source,
                                    unit=" nodes")  # fmt: skip
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > limits.max_aliases:
                    raise InputError(
                        f"more than {limits.max_aliases:,} YAML alias references",
                        source=source, kind="too_many_aliases",
                        params={"limit": limits.max_aliases},
                    )  # fmt: skip
    except yaml.YAMLError as error:
        raise _yaml_problem(error, source) from None
    except RecursionError:
        raise InputError(
            "the nesting is too deep", source=source, kind="too_deep",
            params={"limit": limits.max_depth},
        ) from None  # fmt: skip


def parse_yaml(text: str, *, source: str | None = None, limits: Limits = CASE_LIMITS) -> Any:
    """One YAML document, bounded by ``limits`` before it is built (:func:`_count_events`),
    before it is constructed (:func:`check_yaml_graph`); :func:`parse_document` then checks the
    data (:func:`check_data`)."""
    if len(text) > limits.max_bytes:
        raise too_large("the text", limits.max_bytes, source=source, unit=" characters")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise InputError(
                f"not valid Unicode text (a lone surrogate at character {error.start})",
                source=source, kind="encoding", params={"offset": error.start},
            ) from None  # fmt: skip
    _count_events(text, limits, source)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        check_yaml_graph(node, limits, source)
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        raise _yaml_problem(error, source) from None
    except RecursionError:  # the pure-Python loader (no libyaml) on deep nesting
        raise InputError(
            "the nesting is too deep", source=source, kind="too_deep",
            params={"limit": limits.max_depth},
        ) from None  # fmt: skip
    finally:
        loader.dispose()


def parse_document(
    text: str,
    *,
    source: str | None = None,
    limits: Limits = CASE_LIMITS,
    syntax: Literal["json", "yaml", "auto"] = "auto",
    check: bool = True,
) -> Any:
    """Parse JSON (``syntax="json"``), YAML (``"yaml"``) or, with ``"auto"``, JSON first and
    YAML only if the text is not JSON. With ``check`` the data is bounded by
    :func:`check_data` as one document."""
    if syntax == "json":
        return parse_json(text, source=source, limits=limits, check=check)
    if syntax == "auto" and text.lstrip()[:1] in ("{", "["):
        try:
            return parse_json(text, source=source, limits=limits, check=check)
        except InputError as error:
            if error.kind != "syntax":
                raise
    data = parse_yaml(text, source=source, limits=limits)
    if check:
        check_data(data, limits, source=source)
    return data


def syntax_of(path: str | os.PathLike[str]) -> Literal["json", "yaml", "auto"]:
    """``json`` for ``.json``, ``yaml`` for ``.yaml``/``.yml``, else ``auto``."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    return "auto"


def check_data(data: Any, limits: Limits, *, source: str | None = None, path: str = "") -> int:
    """Bound parsed data: nesting depth, node count (shared YAML objects counted each time they
    occur), characters per string, entries per list or mapping; duplicate keys
    (:class:`DuplicateKeys`) and strings that are not valid Unicode (a lone surrogate) are
    errors naming their field. Returns the node count."""
    count = 0
    stack: list[tuple[Any, str, int]] = [(data, path, 0)]
    while stack:
        value, where, level = stack.pop()
        count += 1
        if count > limits.max_nodes:
            raise too_large("the input", limits.max_nodes, path=where, source=source, unit=" nodes")
        if isinstance(value, str):
            _check_string(value, where, limits, source)
            continue
        if isinstance(value, dict):
            children: list[tuple[Any, str, int]] = []
            if level + 1 > limits.max_depth:
                raise _too_deep(limits, where, source)
            if len(value) > limits.max_items:
                raise too_large("the mapping", limits.max_items, path=where, source=source,
                                unit=" entries")  # fmt: skip
            if isinstance(value, DuplicateKeys) and value.duplicates:
                key = value.duplicates[0]
                raise InputError(
                    f"the key {key[:80]!r} occurs more than once",
                    source=source, path=join_path(where, _key(key)), kind="duplicate_key",
                    params={"key": key[:80]},
                )  # fmt: skip
            for key, item in value.items():
                name = _key(key)
                if isinstance(key, str):
                    _check_string(key, join_path(where, name), limits, source)
                children.append((item, join_path(where, name), level + 1))
            stack.extend(reversed(children))
        elif isinstance(value, list | tuple):
            if level + 1 > limits.max_depth:
                raise _too_deep(limits, where, source)
            if len(value) > limits.max_items:
                raise too_large("the list", limits.max_items, path=where, source=source,
                                unit=" items")  # fmt: skip
            stack.extend(
                (item, f"{where}[{index}]", level + 1)
                for index, item in reversed(list(enumerate(value)))
            )
    return count


def _key(key: Any) -> str:
    text = str(key)
    return text if len(text) <= 80 else text[:80] + "..."


def _too_deep(limits: Limits, where: str, source: str | None) -> InputError:
    return InputError(
        f"the nesting is deeper than the limit of {limits.max_depth} levels",
        source=source, path=where, kind="too_deep", params={"limit": limits.max_depth},
    )  # fmt: skip


def _check_string(value: str, where: str, limits: Limits, source: str | None) -> None:
    if len(value) > limits.max_string:
        raise too_large("the text", limits.max_string, path=where, source=source,
                        unit=" characters")  # fmt: skip
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise InputError(
                f"not valid Unicode text (a lone surrogate at character {error.start})",
                source=source, path=where, kind="encoding", params={"offset": error.start},
            ) from None  # fmt: skip


# --------------------------------------------------------------------------- writing


def _target(path: str | os.PathLike[str]) -> Path:
    """The file to write: ``path`` with a symlink followed (the link stays a link)."""
    return Path(os.path.realpath(path))


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path in the target's directory; when the block ends without an exception
    the file is flushed to disk and renamed over ``path`` (:func:`os.replace`); otherwise it is
    removed and ``path`` is untouched. The temporary name keeps the suffix (some writers pick
    the format from it). A target that exists and is not a regular file (a device, a pipe) is
    yielded as itself: it cannot be replaced, only written."""
    target = _target(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        yield target
        return
    temp = target.with_name(f".{target.stem}.{secrets.token_hex(6)}.tmp{target.suffix}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    os.close(fd)
    try:
        if info is not None:
            os.chmod(temp, stat.S_IMODE(info.st_mode))
        yield temp
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` atomically (:func:`atomic_path`)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path) as temp, open(temp, "wb") as handle:
        handle.write(raw)
        handle.flush()
    return Path(path)
