"""What is wrong with a programs.yaml, as lines a person can act on: one per problem.

pydantic reports every failing field at once, each with a location tuple; this module finds
the line of that location in the YAML, names a program by its index and slug, and rewords
pydantic's messages ("Extra inputs are not permitted" becomes "unknown key 'hint' (did you
mean 'hints'?)"). It also finds what pydantic cannot see: a key given twice, of which YAML
silently keeps the last, and the line a syntax error really is on.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, get_args, get_origin

import yaml
from pydantic import BaseModel
from pydantic_core import ErrorDetails

#: Problems listed in full; the rest are counted, so a file pasted in the wrong format
#: (hundreds of problems) still gives a screenful.
LIMIT = 20


@dataclass(frozen=True)
class Problem:
    """One mistake: its 1-based line (None when unknown), the key it is about, and why."""

    line: int | None
    where: str  # "programs[2] (nucamp) urls[0]"; empty for a YAML syntax error
    message: str


def report(filename: str, problems: Iterable[Problem]) -> str:
    """The problems in line order, one line each, at most LIMIT and then how many more."""
    unique = sorted(dict.fromkeys(problems), key=lambda p: p.line or 0)
    lines = [_line(filename, p) for p in unique[:LIMIT]]
    if len(unique) > LIMIT:
        lines.append(f"and {len(unique) - LIMIT} more problems")
    return "\n".join(lines)


def _line(filename: str, problem: Problem) -> str:
    where = f"{filename}:{problem.line}" if problem.line else filename
    what = f"{problem.where}: {problem.message}" if problem.where else problem.message
    return f"{where}: {what}"


def syntax_problem(exc: yaml.YAMLError) -> Problem:
    """The YAML syntax error, on the line where the mistake is rather than where the reader
    gave up.

    A scanner's context mark is where the token it could not finish began (an unclosed
    quote, a key without its colon) and a flow collection's is its unclosed bracket, while
    the problem mark is where reading stopped, often lines later at the end of the file. In
    a block collection it is the other way round: the problem mark is the misindented line,
    the context mark only the line the collection started on."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None) or ""
    mark = getattr(exc, "problem_mark", None)
    start = getattr(exc, "context_mark", None)
    message = f"invalid YAML: {context}, {problem}" if context else f"invalid YAML: {problem}"
    if start is not None and (context.startswith("while scanning") or "flow" in context):
        if mark is not None and mark.line != start.line:
            message += f" (reading stopped on line {mark.line + 1})"
        mark = start
    if "'\\t'" in problem:
        message += "; use spaces, not tabs"
    return Problem(mark.line + 1 if mark is not None else None, "", message)


def duplicate_keys(root: yaml.Node | None, data: Any, path: tuple = ()) -> Iterator[Problem]:
    """Every key given twice in one mapping: YAML keeps the last without a word, so the
    first value (often a whole list of URLs) would be silently ignored."""
    if isinstance(root, yaml.SequenceNode):
        for index, item in enumerate(root.value):
            yield from duplicate_keys(item, data, (*path, index))
    elif isinstance(root, yaml.MappingNode):
        first: dict[str, int] = {}
        for name, value in root.value:
            if isinstance(name, yaml.ScalarNode):
                line = name.start_mark.line + 1
                if name.value in first:
                    yield Problem(
                        line,
                        describe(data, path),
                        f"duplicate key {name.value!r} (first on line {first[name.value]};"
                        " YAML would keep only this one)",
                    )
                first.setdefault(name.value, line)
                yield from duplicate_keys(value, data, (*path, name.value))


def validation_problems(
    errors: Iterable[ErrorDetails], data: Any, root: yaml.Node | None, model: type[BaseModel]
) -> Iterator[Problem]:
    """pydantic's errors for ``data`` (validated against ``model``), located in ``root``."""
    for error in errors:
        loc = tuple(error.get("ctx", {}).get("loc") or error["loc"])  # a model check's own
        kind = error["type"]
        if kind == "extra_forbidden":
            known = _keys_at(model, loc[:-1])
            message = f"unknown key {str(loc[-1])!r}{_suggest(str(loc[-1]), known)}"
            yield Problem(line_of(root, loc), describe(data, loc[:-1]), message)
        elif kind == "missing":
            message = f"missing required key {loc[-1]!r}"
            yield Problem(line_of(root, loc), describe(data, loc[:-1]), message)
        elif kind == "literal_error" and loc[-1] == "[key]":  # a dict key: hints: {price: …}
            allowed = re.findall(r"'([^']*)'", error["ctx"]["expected"])
            message = f"unknown key {error['input']!r}{_suggest(str(error['input']), allowed)}"
            yield Problem(line_of(root, loc), describe(data, loc[:-2]), message)
        elif kind == "literal_error":
            allowed = re.findall(r"'([^']*)'", error["ctx"]["expected"])
            close = difflib.get_close_matches(str(error["input"]), allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            message = f"{error['input']!r} is not one of {error['ctx']['expected']}{hint}"
            yield Problem(line_of(root, loc), describe(data, loc), message)
        else:
            message = error["msg"].removeprefix("Value error, ")
            yield Problem(line_of(root, loc), describe(data, loc), message)


def _suggest(key: str, known: list[str]) -> str:
    """ " (did you mean 'hints'?)" for a near miss, else the keys that would do."""
    close = difflib.get_close_matches(key, known, n=1)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (known: {', '.join(known)})" if known else ""


def _keys_at(model: type[BaseModel], path: tuple) -> list[str]:
    """The keys ``model`` accepts in the mapping at ``path``, following lists and dicts."""
    annotation: Any = model
    for part in path:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(str(part))
            annotation = field.annotation if field else None
        elif get_origin(annotation) in (list, dict):
            annotation = get_args(annotation)[-1]  # list[X] and dict[K, X] both hold X
        else:
            return []
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def describe(data: Any, loc: tuple) -> str:
    """Name a key like a person would: ``programs[2] (nucamp) urls[0]``, ``settings.retries``."""
    parts = [p for p in loc if p != "[key]"]
    if len(parts) >= 2 and parts[0] == "programs" and isinstance(parts[1], int):
        programs = data.get("programs") if isinstance(data, dict) else None
        if isinstance(programs, list) and parts[1] < len(programs):
            entry = programs[parts[1]]
        else:
            entry = None
        slug = entry.get("slug") if isinstance(entry, dict) else None
        head = f"programs[{parts[1]}]" + (f" ({slug})" if isinstance(slug, str) else "")
        return f"{head} {_path(parts[2:])}".strip()
    return _path(parts) or "top level"


def _path(parts: Iterable[object]) -> str:
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)
    return text.removeprefix(".")


def line_of(node: yaml.Node | None, loc: tuple) -> int | None:
    """The 1-based line of the key at ``loc`` (of the item, in a list), or of its nearest
    existing parent."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        found = _child(node, key)
        if found is None:
            break
        line, node = found
    return line


def _child(node: yaml.Node | None, key: object) -> tuple[int, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for name, value in reversed(node.value):  # the last of a duplicate key is the one read
            if isinstance(name, yaml.ScalarNode) and name.value == key:
                return name.start_mark.line + 1, value
    elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        item = node.value[key]
        return item.start_mark.line + 1, item
    return None
