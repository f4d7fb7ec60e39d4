"""A page's visible text as blocks: the units a normalizer reads one at a time.

A fact is stated within one paragraph, list item, table row, dt/dd pair, FAQ answer or
small card, and its meaning often comes from just above it ("Upcoming cohorts" over a
list of dates; a short lead-in such as "Upcoming start dates:" before a list is every list
item's context, not only the first's). So the text is cut at those units, never across
them, and each block keeps the heading or table header over it as ``context``.
Testimonials and link-only blocks (menus, tabs, buttons) are marked, since their words
speak for one person or for another page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tracker.extract.alpine import render_alpine
from tracker.extract.rivals import own_words, without_rival_lines
from tracker.extract.tables import as_html_tables, read_row, rival_columns
from tracker.extract.visible import BLOCK_TAGS, segments
from tracker.normalize import anchors

_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_HARD = frozenset({"tr", "li", "details", "dt", "dd", "option"})
_COOKIE_TEXT = re.compile(
    r"\b(?:we|site|website) uses? cookies\b|\baccept (?:all )?cookies\b|\bcookie policy\b", re.I
)
_CARD_LIMIT = 240  # a container with at most this much text is one block (a pricing card)
_UNIT_LIMIT = 1500  # a row or list item longer than this is a layout wrapper, not a unit
_LEAD_LIMIT = 160  # a block at most this long before a list may be the list's lead-in
_QUOTE = re.compile(r"\s*[“\"«„]")  # a testimonial speaks for one person, not the program
#: Who said a quotation, on its last line: "— Priya S., 2024 graduate".
_ATTRIBUTION = re.compile(r"(?:^|\n|\s)[—–―~-]\s*[A-Z][^\n]{0,80}$")


def _is_quotation(el: Any, text: str) -> bool:
    """Whether a ``<blockquote>`` or ``<q>`` quotes someone (quote marks, a ``<cite>``, an
    attribution line), not a callout that a blog's editor styles as one (Medium and
    Substack set a post's boxed notes as blockquotes: the program's own words)."""
    if el.tag == "q":
        return True
    if el.tag != "blockquote":
        return False
    return (
        _ATTRIBUTION.search(text) is not None
        or el.find(".//cite") is not None
        or el.find(".//footer") is not None
    )


@dataclass
class Block:
    """One unit of visible text; ``context`` is what stands above it (heading, table header)."""

    text: str
    kind: str = "block"  # block | heading | row | quote | links
    label: str | None = None  # a table row's header cell
    context: str = ""
    cells: list[tuple[str, str]] = field(default_factory=list)  # (column header, cell text)


def _unit(owner: Any, lengths: dict[Any, int]) -> Any:
    """The element whose text forms one block with ``owner``'s: its row, list item, dt/dd
    pair or details, else the largest small container around it (a card)."""
    cur, depth = owner, 0
    while cur is not None and depth < 8:
        if cur.tag in _HARD and lengths.get(cur, 0) <= _UNIT_LIMIT and not _lays_out(cur):
            if cur.tag == "dd":  # a dd joins the dt before it
                return next(cur.itersiblings("dt", preceding=True), cur)
            return cur
        cur, depth = cur.getparent(), depth + 1
    best = cur = owner
    while True:  # inline wrappers (<a>, <span>) around blocks have no size of their own
        cur = cur.getparent()
        if cur is None or cur.tag in ("body", "html") or lengths.get(cur, 0) > _CARD_LIMIT:
            return best
        if cur.tag in BLOCK_TAGS:
            best = cur


def _lays_out(el: Any) -> bool:
    """Whether a table row or list item lays out a page rather than holding one unit of
    text: it has a table of its own, or (a row) a single cell. An email's nested tables put
    each section, heading and lines, in one cell of a row of its own."""
    if el.tag == "tr" and sum(c.tag in ("td", "th") for c in el) <= 1:
        return True
    return el.tag in ("tr", "li") and el.find(".//table") is not None


def page_blocks(root: Any) -> list[Block]:
    """The page's visible text as blocks, each with the heading (or table header) above it."""
    as_html_tables(root)
    render_alpine(root)
    found, lengths = segments(root)
    units: dict[Any, Any] = {}
    groups: dict[Any, list[str]] = {}
    for owner, text in found:
        if owner not in units:
            units[owner] = _unit(owner, lengths)
        groups.setdefault(units[owner], []).append(text)
    blocks: list[Block] = []
    heading = ""
    lead, lead_list = "", None  # the short text leading into the current list, and the list
    aside: Block | None = None  # a testimonial taken out of a card, placed after it
    heads: dict[Any, Any] = {}  # each table's column headers, read once for all its rows
    own = own_words(root)
    for el, texts in groups.items():
        if el.tag == "li" and el.getparent() is not lead_list:
            # "Upcoming start dates:" over a list says what every item is, not only the first.
            lead_list, before = el.getparent(), blocks[-1] if blocks else None
            short = before is not None and len(before.text) <= _LEAD_LIMIT
            lead = before.text if short and before and before.kind == "block" else ""
        if el.tag == "tr":
            row = read_row(el, heads, own)
            context = "\n".join(t for t in (heading, row.context) if t)
            block = Block(row.text, "row", row.label, context, row.cells)
        elif el.tag in _HEADINGS:
            heading = block_text = "\n".join(texts)
            block = Block(block_text, "heading")
        else:
            quoted = [t for t in texts if _QUOTE.match(t)]
            if quoted and len(quoted) < len(texts):  # a testimonial among a card's lines
                aside = Block("\n".join(quoted), "quote", context=heading)
                texts = [t for t in texts if not _QUOTE.match(t)]
            text = "\n".join(texts)
            kind = "quote" if _QUOTE.match(text) or _is_quotation(el, text) else "block"
            kind = "links" if kind == "block" and _all_links(el, text) else kind
            context = "\n".join(t for t in (heading, lead if el.tag == "li" else "") if t)
            block = Block(text, kind, context=context)
            if kind == "block" and blocks and blocks[-1].kind == "heading":
                block.text = f"{blocks.pop().text}\n{text}"  # a heading and the text under it
        if block.text and not _is_cookie_text(block.text):
            blocks.append(block)
        if aside is not None:
            blocks.append(aside)
            aside = None
    return _join_wrapped(without_rival_lines(blocks, rival_columns(heads), own))


#: How a line ends when its sentence goes on in the next element: a joining word or a comma.
_OPEN_END = re.compile(
    r"(?:[,–-]|\b(?:a|an|the|of|to|for|and|or|with|your|our|at|by|from|in|on|per|than|then"
    r"|up|is|are|will|get|pay|you|we)\b)$",
    re.I,
)
_CLOSED_END = re.compile(r"[.!?:;)\]”\"]$")


def _join_wrapped(blocks: list[Block]) -> list[Block]:
    """Blocks with a sentence wrapped across elements made whole again. A PDF converted to
    HTML (pdf2htmlEX) or a design tool's text frames put each printed line in its own
    positioned element, so "Refer & earn: get a" / "CA$150 Amazon voucher ..." would be
    read as two texts, and so would the lines inside one element (:func:`_join_lines`); a
    line joins the next when it ends open (no closing punctuation, and a joining word or
    comma) or the next begins in lower case, under the same heading."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == "block" and "\n" in block.text:
            block.text = _join_lines(block.text)
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == block.kind == "block"
            and last.context == block.context
            and "\n" not in block.text
            and _continues(last.text, block.text)
        ):
            last.text = f"{last.text} {block.text}"
        elif (
            last is not None
            and last.kind == block.kind == "block"
            and last.context == block.context
            and _is_caption(last.text)
            and _is_value(block.text)
        ):
            last.text = f"{last.text}\n{block.text}"  # "Inicio / Start" over "14/02/2025"
        else:
            out.append(block)
    return out


_SENTENCE_END = re.compile(r"[.!?;]$")


def _is_caption(text: str) -> bool:
    """A few words without a figure, not ending as a sentence does: a label over its value
    in a design tool's frames ("Inicio / Start" or "Start:" over "14/02/2025")."""
    return (
        "\n" not in text
        and len(text.split()) <= 4
        and not re.search(r"\d", text)
        and not _SENTENCE_END.search(text)
    )


def _is_value(text: str) -> bool:
    """A short figure on its own: a date, an amount, a count ("14/02/2025", "€6,900")."""
    return "\n" not in text and len(text.split()) <= 4 and bool(re.match(r"\W{0,3}\d", text))


def _join_lines(text: str) -> str:
    """``text`` with a sentence broken across lines inside one element (a ``<br>`` in
    "cancel in<br>the first 30 days", a card's text frames) made whole, by the rule of
    :func:`_continues`."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _continues(line: str, after: str) -> bool:
    if _CLOSED_END.search(line) or len(line.split()) < 4:
        return False
    return after[:1].islower() or _OPEN_END.search(line) is not None


def _is_cookie_text(text: str) -> bool:
    low = anchors.lowered(text)  # every _COOKIE_TEXT phrase has "cookie" in it
    return (low is None or "cookie" in low) and _COOKIE_TEXT.search(text) is not None


def _all_links(el: Any, text: str) -> bool:
    """Whether a block is only links: a menu, tabs or buttons ("Job guarantee", "Apply now").
    Links of six words or more each are cards linking to their own pages (a CMS's list of
    cohort pages, "Spring 2025: starts 3 March 2025"), whose text is the page's."""
    links = list(el.iter("a", "button"))
    if not links:  # most blocks: no need to read any text
        return False
    linked = sum(len("".join("".join(a.itertext()).split())) for a in links)
    short = len(text.split()) < 6 * len(links)
    return linked > 0 and linked >= 0.9 * len("".join(text.split())) and short
