"""The text a reader sees in an HTML element, walked in page order.

Scripts, styles, navigation, footers and cookie banners are not the program's facts, so
they are skipped whole; block elements end a run of text, so a later step can tell a
paragraph from the next one. Both the block builder and the user's hint selectors read
text through here, so a hint sees exactly the words the generic layers see.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import lxml.etree

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset"
    " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main nav"
    " ol option p pre section select summary table tbody td tfoot th thead tr ul".split()
)
_NOISE_TAGS = frozenset(
    "script style noscript template svg nav footer iframe head object canvas math".split()
)
_GLUED = frozenset({"sup", "sub", "wbr"})  # "14<sup>th</sup>" is one word
_NOISE_ATTR = re.compile(r"cookie|consent|gdpr", re.I)
_NOISE_ROLES = frozenset({"navigation", "contentinfo"})


def _is_noise(el: Any) -> bool:
    tag = el.tag
    if not isinstance(tag, str) or tag in _NOISE_TAGS or el.get("role") in _NOISE_ROLES:
        return True
    if tag in ("html", "body", "main", "article"):
        return False
    marks = f"{el.get('id') or ''} {el.get('class') or ''}"
    return bool(_NOISE_ATTR.search(marks)) if marks.strip() else False


def squash(parts: list[str]) -> str:
    """Joined ``parts`` with runs of whitespace as one space and no empty lines."""
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def walk(
    root: Any, on_text: Callable[[Any, str], None], on_block: Callable[[Any, bool], None]
) -> None:
    """Visit the visible text under ``root`` in order; lxml's iterwalk keeps deep pages off
    the Python stack and skips noise subtrees in C.

    Words that only CSS keeps apart (``<span>Length</span>16 weeks``) get a space."""
    last = "\n"
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if _is_noise(el):
                walker.skip_subtree()
            elif tag == "br":
                on_text(el.getparent(), "\n")
                last = "\n"
            else:
                if tag in BLOCK_TAGS:
                    on_block(el, True)
                    last = "\n"
                text = el.text
                if text:
                    if last[-1:].isalnum() and text[:1].isalnum() and tag not in _GLUED:
                        on_text(el, " ")
                    on_text(el, text)
                    last = text
            continue
        if tag in BLOCK_TAGS:  # closing a block, or skipping a noise block, ends a text run
            on_block(el, False)
            last = "\n"
        tail = el.tail
        if tail and el is not root:
            if last[-1:].isalnum() and tail[:1].isalnum() and tag not in _GLUED:
                on_text(el.getparent(), " ")
            on_text(el.getparent(), tail)
            last = tail


def element_text(el: Any) -> str:
    """Visible text of one element, with a line break at each block boundary."""
    parts: list[str] = []
    walk(el, lambda _el, text: parts.append(text), lambda _el, _opening: parts.append("\n"))
    return squash(parts)
