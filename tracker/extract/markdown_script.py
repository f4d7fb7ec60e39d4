"""Markdown that a script renders into the page, rendered here the way the browser would.

Docsify, zero-md and Markdeep serve an empty shell and the page's words as Markdown inside
``<script type="text/markdown">``: the reader sees headings, lists and tables, while the
HTML holds one script, which the visible-text walk skips like any script. Each such script
is replaced, in the tree, by its Markdown rendered as HTML (CommonMark with tables,
markdown-it-py), so the text layer reads its paragraphs, lists and tables as it reads any
page's. Docsify's heading attributes (" :id=programme") are not text and are dropped.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import lxml.etree
from markdown_it import MarkdownIt

from tracker.extract.html_fragment import fragment

log = logging.getLogger(__name__)

MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
#: Docsify's attributes after a heading: "## Fees :id=fees", ":docsify-ignore".
_DOCSIFY_ATTRIBUTES = re.compile(r"[ \t]+:(?:id=\S+|docsify-ignore(?:-all)?)[ \t]*$", re.M)
_RENDERER = MarkdownIt("commonmark").enable("table")


def render_markdown_scripts(root: Any) -> None:
    """Replace each Markdown script under ``root`` with the HTML it renders to. Never
    raises: a script that cannot be rendered stays a script."""
    for script in list(root.iter("script")):
        if (script.get("type") or "").strip().lower() not in MARKDOWN_TYPES:
            continue
        try:
            markup = _RENDERER.render(_DOCSIFY_ATTRIBUTES.sub("", script.text or ""))
            rendered = lxml.etree.Element("div", {"class": "markdown-rendered"})
            rendered.extend(fragment(markup))
        except Exception:  # an odd document must cost this script, not the page
            log.warning("Markdown script could not be rendered", exc_info=True)
            continue
        rendered.tail = script.tail
        script.getparent().replace(script, rendered)
