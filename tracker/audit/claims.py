"""Find the claims of a comparison article (Markdown, optional YAML front matter) and map
them to tracked programs.

Claims come from the comparison table's cells (the row's first cell names the bootcamp,
the column heading says what a cell is about) and from the prose under each bootcamp's
heading, sentence by sentence; sub-headings ("Price", "Duration") say what their prose is
about. Every claim keeps its 1-based line number in the file, front matter included.

A heading starts a bootcamp's section when its text names a tracked program
(:func:`match_program`); deeper headings stay in it, a heading at its level or above ends
it. Sections and table rows that name no tracked program are kept with ``program`` None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from typing import Any

import yaml

from tracker.audit.claim_values import ClaimedFact, claimed_facts, hint_for
from tracker.normalize.sentences import split_sentences

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"[*_`]+")
_GENERIC = frozenset(
    "the a an of and for with in by online bootcamp course program programme best s".split()
)


@dataclass(frozen=True)
class Claim:
    """One fact an article states, where it states it, and the program it is about."""

    line: int
    text: str  # the table cell or sentence, as written (Markdown links flattened)
    fact: ClaimedFact  # what the parsers read from it
    section: str  # the bootcamp's heading or table row name
    program: str | None  # tracked program slug; None when the section maps to nothing
    where: str  # "table" | "prose"


@dataclass
class Article:
    """A parsed article: its front matter, claims, and what maps to no program."""

    title: str | None
    written: date | None  # front matter ``date`` (or ``lastmod``)
    claims: list[Claim] = field(default_factory=list)
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # (line, heading/row)


def plain(text: str) -> str:
    """Markdown inline syntax flattened: links to their text, emphasis marks removed."""
    return " ".join(_EMPHASIS.sub("", _LINK.sub(r"\1", text)).split())


def _tokens(text: str) -> list[str]:
    text = re.sub(r"['’]s\b", "", plain(text).lower()).replace("boot camp", "bootcamp")
    return re.findall(r"[a-z0-9]+", text)


def match_score(name: str, provider: str, program: str) -> float:
    """How well a heading or row names a program, 0 to 1. Naming the provider counts most
    ("Boot.dev's Online Backend Bootcamp" is Boot.dev's); the program name decides between
    one provider's programs and rescues a heading without the provider."""
    words = [w for w in _tokens(name) if w not in _GENERIC]
    theirs = [w for w in _tokens(program) if w not in _GENERIC]
    name_ratio = SequenceMatcher(None, " ".join(words), " ".join(theirs)).ratio()
    brand = "".join(_tokens(provider))
    if brand and brand in "".join(_tokens(name)):
        return 0.8 + 0.2 * name_ratio
    overlap = len(set(words) & set(theirs)) / max(len(set(words) | set(theirs)), 1)
    return 0.7 * max(name_ratio, overlap)


def match_program(
    name: str, programs: Sequence[Mapping[str, Any]], cutoff: float = 0.6
) -> str | None:
    """The slug of the program ``name`` names best, or None below ``cutoff``."""
    scored = [(match_score(name, p["provider"], p["name"]), p["slug"]) for p in programs]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= cutoff else None


def front_matter(lines: list[str]) -> tuple[dict[str, Any], int]:
    """The YAML front matter as a dict, and how many lines it takes (0 without one)."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return {}, 0
    fence = lines[0].strip()
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in (fence, "...")), None)
    if end is None:
        return {}, 0
    try:
        data = yaml.safe_load("\n".join(lines[1:end])) if fence == "---" else None
    except yaml.YAMLError:
        data = None
    return (data if isinstance(data, dict) else {}), end + 1


def _cells(line: str) -> list[str]:
    body = line.strip().removeprefix("|").removesuffix("|")
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body)]


def _sentences(block: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """(line, sentence) of a paragraph given as (line, text) pairs."""
    text, starts = "", []
    for number, line in block:
        starts.append((len(text), number))
        text += plain(line) + " "
    at = 0
    for part in split_sentences(text):
        offset = text.index(part, at)
        at = offset + len(part)
        if part.strip():
            yield max(n for pos, n in starts if pos <= offset), part.strip()


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value if not hasattr(value, "date") else value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def parse_article(text: str, programs: Sequence[Mapping[str, Any]], *, today: date) -> Article:
    """Every claim in ``text``; ``today`` dates yearless days when the front matter has no
    date (with one, a yearless "Nov 14" is its next occurrence after the article's date)."""
    lines = text.splitlines()
    meta, first = front_matter(lines)
    written = _as_date(meta.get("date") or meta.get("lastmod"))
    article = Article(meta.get("title"), written)
    day = written or today
    section: tuple[int, str, str | None, int] | None = None  # (level, heading, slug, line)
    hint: str | None = None
    columns: list[str] = []
    block: list[tuple[int, str]] = []
    has_claims: dict[tuple[int, str], bool] = {}

    def add(line: int, piece: str, name: str, slug: str | None, where: str, h: str | None,
            lines: Sequence[tuple[int, str]] = ()) -> None:  # fmt: skip
        for fact in claimed_facts(piece, hint=h, today=day, cell=where == "table"):
            # The line holding the quote, when a sentence runs over several.
            at = next((n for n, t in lines if n >= line and fact.quote in plain(t)), line)
            article.claims.append(Claim(at, piece, fact, name, slug, where))
            if slug is None and where == "prose" and section is not None:
                has_claims[(section[3], name)] = True

    def flush() -> None:
        for number, sentence in _sentences(block):
            if section is not None:
                add(number, sentence, section[1], section[2], "prose", hint, block)
        block.clear()

    in_code = False
    for number, raw in enumerate(lines[first:], start=first + 1):
        line = raw.rstrip()
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            flush()
            continue
        heading = None if in_code else _HEADING.match(line)
        if in_code or line.lstrip().startswith("<!--"):
            continue
        if heading:
            flush()
            level, name = len(heading[1]), plain(heading[2])
            if section and level > section[0]:
                hint = hint_for(name)
                continue
            slug = match_program(name, programs)
            section, hint = (level, name, slug, number), None
            if slug is None:
                has_claims.setdefault((number, name), False)
        elif line.lstrip().startswith("|"):
            flush()
            if _TABLE_SEP.match(line):
                continue
            cells = _cells(line)
            if _TABLE_SEP.match(lines[number] if number < len(lines) else ""):
                columns = cells  # a header row: the separator follows it
                continue
            name = plain(cells[0])
            slug = match_program(name, programs)
            if slug is None:
                article.unmatched.append((number, name))
            for heading_text, cell in zip(columns[1:], cells[1:], strict=False):
                if plain(cell):
                    add(number, plain(cell), name, slug, "table", hint_for(heading_text))
        elif not line.strip():
            flush()
            columns = []
        else:
            if _ITEM.match(line):
                flush()
            block.append((number, _ITEM.sub("", line)))
    flush()
    article.unmatched += [key for key, claimed in has_claims.items() if claimed]
    article.unmatched.sort()
    return article
