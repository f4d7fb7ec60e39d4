"""HTML held as a string inside a page (a CMS's rich text, Markdown rendered) as elements.

The readers that put such text back into the page's tree (:mod:`tracker.extract.json_document`,
:mod:`tracker.extract.markdown_script`) parse it here, one way, so the text layer sees it as
it sees any page's markup.
"""

from __future__ import annotations

from typing import Any

import lxml.etree


def fragment(markup: str) -> list[Any]:
    """The elements of an HTML fragment, as children of no one yet."""
    parser = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    tree = lxml.etree.fromstring(f"<div>{markup}</div>".encode(), parser=parser)
    box = tree.find(".//div") if tree is not None else None
    return list(box) if box is not None else []
