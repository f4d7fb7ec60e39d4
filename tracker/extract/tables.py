"""A table row read as one line of text, with the headers that give its cells their meaning.

"$215" alone is no price period and "Jan 9 | Apr 14" is two dates; under the columns "Cost
per credit" and "Start | End" they are "$215 per credit" and one cohort. So a row is read
with its table's caption, column headers and row header, and its cells keep their headers
for the price layer, which reads a plan per column ("Tuition | $1 | $2"). A date under a
column about something else than starting ("Apply by", "Info session") is read with its
header, so it is not taken for a start. A grid of ``<div>``s that ARIA roles make a table is
read as one (:func:`as_html_tables`), and a table comparing the page's program with others
is read in its own column only (:func:`own_column`).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import lxml.etree

from tracker.extract.visible import element_text
from tracker.normalize import dates as _dates

#: The tags of a table's parts, by the ARIA roles a grid of divs gives them.
_ROLE_TAGS = {"row": "tr", "columnheader": "th", "rowheader": "th", "cell": "td",
              "gridcell": "td"}  # fmt: skip


_GRID_ROLES = frozenset({"table", "grid", "treegrid"})
#: Every element with a role (one attribute test: far cheaper than testing its values in XPath).
_WITH_ROLE = lxml.etree.XPath("//*[@role]")


def as_html_tables(root: Any) -> None:
    """Give the grids that ARIA roles make of ``<div>``s (``role="table"``, ``"grid"``;
    their ``row``, ``columnheader`` and ``cell``) the tags of a table, so that they are read
    as tables are: row by row, under their column headers."""
    grids = [el for el in _WITH_ROLE(root) if el.get("role") in _GRID_ROLES]
    for grid in grids:
        parts = [(p, _ROLE_TAGS.get(p.get("role"))) for p in grid.xpath(".//*[@role]")]
        rows = {p for p, tag in parts if tag == "tr"}
        cells = [p for p, tag in parts if tag in ("td", "th")]
        # only a grid whose cells are its rows' children reads as rows of cells
        if grid.tag == "table" or not rows or any(c.getparent() not in rows for c in cells):
            continue
        grid.tag = "table"
        for part, tag in parts:
            if tag and part.tag not in ("table", "tr", "td", "th"):
                part.tag = tag


class Row(NamedTuple):
    text: str  # "cell | cell", a start and end column joined as "start - end"
    label: str | None  # the row header cell
    context: str  # caption and column headers, one per line
    cells: list[tuple[str, str]]  # (column header, cell text)


def _cell_text(cell: Any) -> str:
    return " ".join(element_text(cell).split())


_HEADER_UNIT = re.compile(
    r"(?:\bper\b|/)\s*(credit(?:[\s-]hour)?|month|year|semester|week|hour)s?\b", re.I
)


def _with_unit(cell: str, header: str) -> str:
    """A bare amount under a "Cost per credit" column, read as "$215 per credit"."""
    unit = _HEADER_UNIT.search(header)
    if unit and re.search(r"\d", cell) and not re.search(r"\bper\b|/", cell):
        return f"{cell} per {unit.group(1)}"
    return cell


_START_HEADER = re.compile(r"start|begin|commenc|\bfirst\s+(?:day|class|session|lesson)", re.I)
#: A column of when a cohort ends: "End date", "Finishes", "Graduation", "Last day of class",
#: "Final day".
_END_HEADER = re.compile(
    r"\bend|finish|graduat|conclu|\b(?:last|final)\s+(?:day|class|session|week)", re.I
)


#: Marks before a cell's date ("@September 1", Notion's date mention) that would keep a
#: joined "start - end" from reading as one span.
_LEADING_MARKS = re.compile(r"^[^\w(]+")


def _with_header(cell: str, header: str) -> str:
    """A date under a column that is not about starting ("Apply by", "Orientation") read
    with its header, as a sentence would state it: "Apply by Feb 23", not a bare date."""
    if header and re.search(r"\d", cell) and not _START_HEADER.search(header):
        return f"{header} {cell}" if _dates.has_other_cue(header) else cell
    return cell


def _header_row(table: Any) -> Any:
    """The row that names the columns: ``<thead>``'s, a first row of ``<th>`` cells, or, in
    a table exported without them (a Google Doc, a CMS), a first row of three or more
    cells without a figure (but for an empty corner) over rows that have them. A two-column
    table is left alone: its first row is as likely a label and its value ("Format |
    Online"). A title row over them, one cell spanning the table (a spreadsheet saved as a
    web page), is passed over."""
    head = table.find(".//thead/tr")
    if head is not None:
        return head
    rows = table.iter("tr")
    first = next(rows, None)
    while first is not None and _is_title_row(first):
        first = next(rows, None)
    if first is None:
        return None
    cells = [c for c in first if c.tag in ("td", "th")]
    if cells and all(c.tag == "th" for c in cells):
        return first
    texts = [_cell_text(c) for c in cells]
    corner, names = texts[:1], texts[1:]  # the corner over the row labels may be empty
    if (
        len(texts) >= 3
        and all(t and not re.search(r"\d", t) for t in names)
        and not any(re.search(r"\d", t) for t in corner)
    ):
        if any(re.search(r"\d", _cell_text(c)) for r in rows for c in r if c.tag == "td"):
            return first
    return None


def _is_title_row(row: Any) -> bool:
    """One cell spanning several columns: "Termine & Preise 2025" over a sheet's columns."""
    cells = [c for c in row if c.tag in ("td", "th")]
    return len(cells) == 1 and (cells[0].get("colspan") or "1").strip() not in ("", "1")


class _Head(NamedTuple):
    row: Any  # the row that names the columns, or None
    headers: list[str]  # its cells' texts
    caption: str
    own: int | None  # in a table comparing programs, the page's own program's column


def _head(table: Any, own: frozenset[str]) -> _Head:
    caption = _cell_text(table.find("caption")) if table.find("caption") is not None else ""
    head = _header_row(table)
    headers = [_cell_text(c) for c in head if c.tag in ("td", "th")] if head is not None else []
    return _Head(head, headers, caption, own_column(headers, own))


def rival_columns(heads: dict[Any, _Head]) -> list[str]:
    """The headers of the other programs' columns in the comparison tables of ``heads``."""
    return [h for head in heads.values() if head.own is not None
            for i, h in enumerate(head.headers) if i and i != head.own]  # fmt: skip


_WORD = re.compile(r"[^\W\d_]+")
#: A column header that names the page's own program however it is called.
_US = re.compile(r"(?:us|ours|you|this\s+(?:bootcamp|program(?:me)?|course|school))\W*", re.I)


def own_column(headers: list[str], own: frozenset[str]) -> int | None:
    """The column of the page's own program in a table that compares programs ("| Pixel
    Academy | Apex Code School | DevPath" over "Tuition", "Length"): below a corner of at
    most three words, two or more headers naming something without a figure, of which one
    alone names the page (:func:`_names_page`, by its title, main heading or site name:
    ``own``) or says "us". None in any other table, so a table with a column per cohort or
    per plan is read whole."""
    if len(headers) < 3 or len(headers[0].split()) > 3:
        return None
    if not all(h and not re.search(r"\d", h) for h in headers[1:]):
        return None
    ours = [i for i, h in enumerate(headers) if i and (_US.fullmatch(h) or _names_page(h, own))]
    return ours[0] if len(ours) == 1 else None


#: Words any school's name may hold: they tell no school from another.
_GENERIC = frozenset(
    "academy academies school schools code coding bootcamp bootcamps camp institute college"
    " university the of and tech technology lab labs program programme course courses online"
    " learning digital".split()
)


def _names_page(header: str, own: frozenset[str]) -> bool:
    """Whether a header names the page's program: a word of it that tells schools apart
    ("Pixel" of "Pixel Academy") is a word of the page's name."""
    words = {w.casefold() for w in _WORD.findall(header)} - _GENERIC
    return bool(words & own)


def read_row(
    row: Any, heads: dict[Any, _Head] | None = None, own: frozenset[str] = frozenset()
) -> Row:
    """A table row as "cell | cell", with the table's column headers and row header.

    ``heads`` keeps each table's header row, headers and caption for its next rows: finding
    them reads the table's rows (a first row without figures names the columns only over
    rows that have some), so a table read row by row without it costs its rows squared.
    ``own`` are the words that name the page's program: in a table comparing it with others,
    only its own column is read with the row labels (a rival's fee is not its fee)."""
    cells = [c for c in row if c.tag in ("td", "th")]
    texts = [_cell_text(c) for c in cells]
    table = next(row.iterancestors("table"), None)
    headers: list[str] = []
    caption = ""
    if table is not None:
        heads = {} if heads is None else heads
        if table not in heads:
            heads[table] = _head(table, own)
        head = heads[table]
        caption = head.caption
        if head.row is not None and head.row is not row:
            headers = head.headers
        if head.own is not None and len(texts) == len(head.headers):
            keep = (0, head.own)
            cells, texts = [cells[i] for i in keep], [texts[i] for i in keep]
            headers = [headers[i] for i in keep] if headers else headers
    if len(headers) != len(texts):
        headers = [""] * len(texts)
    texts = [_with_unit(text, header) for text, header in zip(texts, headers, strict=True)]
    said = [_with_header(text, header) for text, header in zip(texts, headers, strict=True)]
    parts: list[str] = []
    for i, text in enumerate(texts):  # "Start | End" columns read as one cohort, not two
        joined = i and _START_HEADER.search(headers[i - 1]) and _END_HEADER.search(headers[i])
        parts.append(
            f" - {_LEADING_MARKS.sub('', text)}" if joined else (" | " if parts else "") + said[i]
        )
    first_is_label = bool(cells) and (cells[0].tag == "th" or not re.search(r"\d", texts[0]))
    label = texts[0] if first_is_label and len(texts) > 1 and texts[0] else None
    context = "\n".join(t for t in (caption, " | ".join(h for h in headers if h)) if t)
    return Row("".join(parts), label, context, list(zip(headers, texts, strict=True)))
