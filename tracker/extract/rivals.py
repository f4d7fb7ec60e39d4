"""Lines about other programs, taken out of a page's text before any fact is read from it.

Sales pages set their program against others: "vs. Apex Code School: $19,750 and 36 weeks,
next cohort February 10", then "DevPath: $12,750, part-time, starting March 5", and a
comparison table with a column per school. Those fees, lengths and starts are the rivals',
never the page's, however they are worded. A rival is known by how the page names it: after
"vs." or "versus", or as a column header of a comparison table beside the page's own column
(:func:`tracker.extract.tables.read_row` reads only that one). A line that opens with a
rival's name, or with "vs." before one, speaks for that rival. A comparison pasted as lines
of text ("Compare | Pixel Academy | Apex Code School" over "Tuition | $13,100 | $19,750")
is a table all the same: only its own column is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from tracker.extract.tables import own_column

#: A name set against the page's program: "vs. Apex Code School:", "versus DevPath (".
_WORD = re.compile(r"[^\W\d_]+")
_VERSUS = re.compile(
    r"\b(?:vs|versus)\b\.?\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’-]*){0,4})\s*[:(,–—-]"
)


def own_words(root: Any) -> frozenset[str]:
    """The words that name the page's program: its title, first main heading and site name,
    case folded (a comparison table's own column is the one they name)."""
    title = root.find(".//title")
    h1 = root.find(".//h1")
    site = root.find(".//meta[@property='og:site_name']")
    texts = (
        title.text if title is not None else "",
        "".join(h1.itertext()) if h1 is not None else "",
        site.get("content") if site is not None else "",
    )
    return frozenset(w.casefold() for t in texts for w in _WORD.findall(t or ""))


def without_rival_lines(blocks: list[Any], in_tables: list[str], own: frozenset[str]) -> list[Any]:
    """``blocks`` without the lines about rivals: those named in them after "vs.", in
    ``in_tables`` (comparison tables' other columns) or over a comparison pasted as lines
    (whose own column alone is kept, :func:`own_pipe_columns`). A block that names only a
    rival ("vs. Kodskolan Syd:", a design tool's text box) takes the next block with it."""
    rivals = rival_names((b.text for b in blocks), in_tables + own_pipe_columns(blocks, own))
    if not rivals:
        return blocks
    kept = []
    after_name = False
    for block in blocks:
        names_only = _is_about_rival(block.text, rivals) and block.text.rstrip().endswith(":")
        block.text = "" if after_name else without_rivals(block.text, rivals)
        after_name = names_only
        if block.text.strip():
            kept.append(block)
    return kept


def rival_names(texts: Iterable[str], headers: Iterable[str] = ()) -> frozenset[str]:
    """The names of other programs: those after "vs." in ``texts``, and ``headers`` (a
    comparison table's columns other than the page's own)."""
    found = {m["name"] for text in texts if "vs" in text for m in _VERSUS.finditer(text)}
    return frozenset(n.strip() for n in (*found, *headers) if n.strip())


def without_rivals(text: str, rivals: frozenset[str]) -> str:
    """``text`` without its lines that open with a rival's name or with "vs." before one."""
    if not rivals:
        return text
    kept = [line for line in text.split("\n") if not _is_about_rival(line, rivals)]
    return "\n".join(kept)


def _is_about_rival(line: str, rivals: frozenset[str]) -> bool:
    head = re.sub(r"^\W*(?:(?:vs|versus)\b\.?\s*)?", "", line)
    return any(
        head.startswith(name) and not head[len(name) : len(name) + 1].isalnum() for name in rivals
    )


def own_pipe_columns(blocks: list[Any], own: frozenset[str]) -> list[str]:
    """Keep only the page's own column in each run of blocks written as pipe-separated
    rows under a row naming the programs compared (:func:`own_column`; a heading may stand
    over that row in its block); the rivals' names are returned."""
    rivals: list[str] = []
    i = 0
    while i < len(blocks):
        head, _, last = blocks[i].text.rpartition("\n")
        cells = _pipe_cells(last)
        keep = own_column(cells, own) if cells else None
        if keep is None:
            i += 1
            continue
        rivals += [c for j, c in enumerate(cells) if j and j != keep]
        blocks[i].text = f"{head}\n{cells[0]} | {cells[keep]}".lstrip("\n")
        i += 1
        while i < len(blocks) and len(row := _pipe_cells(blocks[i].text)) == len(cells):
            blocks[i].text = f"{row[0]} | {row[keep]}"
            i += 1
    return rivals


def _pipe_cells(line: str) -> list[str]:
    if "|" not in line or "\n" in line:
        return []
    return [c.strip() for c in line.split("|")]
