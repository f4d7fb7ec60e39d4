"""The text a reader sees in an HTML element, walked in page order.

Scripts, styles, templates, navigation, footers, cookie banners, struck-through text and the
dates microdata marks as when something was written are not the program's facts, so they are
skipped whole (but for a Turbo Stream's template, which is shown on arrival, and a declarative
shadow root, shown as its host's content); block elements end a run of text, so a later step
can tell a paragraph from the next one. Both the block builder and the user's hint selectors read
text through here, so a hint sees exactly the words the generic layers see.
"""

from __future__ import annotations

from typing import Any

import lxml.etree

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset"
    " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main nav"
    " ol option p pre section select summary table tbody td tfoot th thead tr ul"
    # SVG's text box: its <tspan> lines are one run of text, wrapped
    " text".split()
)
_NOISE_TAGS = frozenset(
    "script style noscript template svg nav footer iframe head object canvas math"
    # struck through: what is no longer so (a former price over the fee, a moved date)
    " del s strike".split()
)
_GLUED = frozenset({"sup", "sub", "wbr"})  # "14<sup>th</sup>" is one word
_NOISE_ROLES = frozenset({"navigation", "contentinfo"})
_NEVER_NOISE = frozenset({"html", "body", "main", "article"})
#: When the page or a post on it was written or changed, as microdata marks it (a forum
#: post's ``<time itemprop="datePublished">``): never a date of the program.
_WHEN_WRITTEN = frozenset({"datePublished", "dateModified", "dateCreated", "uploadDate"})
_POST_META = ("published", "updated", "modified", "posted", "post-date", "post-time",
              "post-meta", "entry-date", "entry-meta", "byline", "article-meta",
              "dateline")  # fmt: skip


def _in_post_meta(el: Any) -> bool:
    """Whether a ``<time>`` says when a post or article was written: its class, or one of its
    three nearest ancestors', names a byline or a post's metadata ("entry-date published",
    "article-meta", "post-time"), as blogs, forums and help centres mark them."""
    for _ in range(4):
        marks = (el.get("class") or "").lower()
        if marks and any(word in marks for word in _POST_META):
            return True
        el = el.getparent()
        if el is None:
            return False
    return False


def _is_noise(el: Any, tag: Any) -> bool:
    if tag.__class__ is not str:  # comments and PIs are not text
        return True
    if tag in _NOISE_TAGS:
        if tag == "svg":  # an icon or a drawing; a slide or a poster sets its words in <text>
            return el.find(".//text") is None
        if tag != "template":
            return True
        # A declarative shadow root is the host element's shown content (the browser
        # attaches it as the parsed page loads), and a Turbo Stream renders its template
        # into the page as it arrives: both are shown text.
        if el.get("shadowrootmode") or el.get("shadowroot"):
            return False
        parent = el.getparent()
        return parent is None or parent.tag != "turbo-stream"
    attrib = el.attrib
    if not attrib:  # most elements: no attributes to read
        return False
    if attrib.get("role") in _NOISE_ROLES or attrib.get("itemprop") in _WHEN_WRITTEN:
        return True
    if tag == "time" and _in_post_meta(el):
        return True
    if tag in _NEVER_NOISE:
        return False
    # An id or class naming a cookie or consent banner (str.find: far cheaper than a regex),
    # or a class that strikes its text through (Tailwind's "line-through", "price-strike").
    marks = f"{attrib.get('id') or ''} {attrib.get('class') or ''}".lower()
    return (
        "cookie" in marks
        or "consent" in marks
        or "gdpr" in marks
        or "line-through" in marks
        or "strike" in marks
        or "line-through" in (attrib.get("style") or "")
    )


def squash(parts: list[str]) -> str:
    """Joined ``parts`` with runs of whitespace as one space and no empty lines."""
    text = "".join(parts)
    if "\n" not in text:
        return " ".join(text.split())
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def segments(root: Any) -> tuple[list[tuple[Any, str]], dict[Any, int]]:
    """The visible text under ``root`` as runs between block boundaries, each with the
    block element that holds it, in page order; and the visible text length under every
    block element (to tell a card from a layout wrapper).

    One loop over lxml's iterwalk, which keeps deep pages off the Python stack and skips
    noise subtrees in C: this is the costliest step of extraction, run on every element
    of every page, so it calls nothing per element that it can do inline. Words that only
    CSS keeps apart (``<span>Length</span>16 weeks``, ``<span>10.03.2025</span><span>2024``)
    get a space."""
    found: list[tuple[Any, str]] = []
    lengths: dict[Any, int] = {}
    buf: list[str] = []
    owners: list[Any] = [root]  # the open block elements, innermost last
    sizes = [0]  # visible characters under each of them so far
    # whether the last text ended in a letter, digit or full stop: the next element's word
    # after it is another word ("…starts 07.02.2025.<span>Updated…")
    glue = False
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if _is_noise(el, tag):
                walker.skip_subtree()
                continue
            if tag == "br":
                buf.append("\n")
                glue = False
                continue
            if tag in BLOCK_TAGS:
                if buf:
                    text = squash(buf)
                    if text:
                        found.append((owners[-1], text))
                    buf.clear()
                owners.append(el)
                sizes.append(0)
                glue = False
            text = el.text
            if text:
                if glue and text[0].isalnum() and tag not in _GLUED:
                    buf.append(" ")
                buf.append(text)
                sizes[-1] += len(text.strip())
                glue = text[-1].isalnum() or text[-1] == "."
            continue
        if tag in BLOCK_TAGS:  # closing a block, or skipping a noise block, ends a text run
            if buf:
                text = squash(buf)
                if text:
                    found.append((owners[-1], text))
                buf.clear()
            if owners[-1] is el and len(owners) > 1:
                owners.pop()  # a block's size joins its enclosing block's when it closes
                size = sizes.pop()
                lengths[el] = size
                sizes[-1] += size
            glue = False
        tail = el.tail
        if tail and el is not root:
            if glue and tail[0].isalnum() and tag not in _GLUED:
                buf.append(" ")
            buf.append(tail)
            sizes[-1] += len(tail.strip())
            glue = tail[-1].isalnum() or tail[-1] == "."
    if buf:
        text = squash(buf)
        if text:
            found.append((owners[-1], text))
    lengths[root] = sizes[0]
    return found, lengths


def element_text(el: Any) -> str:
    """Visible text of one element, with a line break at each block boundary."""
    return "\n".join(text for _owner, text in segments(el)[0])
