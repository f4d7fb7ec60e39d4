"""A JSON document as the page: an API response opened in a browser, or served as text.

A CMS's REST API (WordPress's ``/wp-json/wp/v2/pages``, Strapi, Directus) answers with
JSON, and a browser shows it as one ``<pre>`` (Chrome's and Firefox's raw view). As text it
is unreadable: every non-ASCII character is a ``\\u`` escape ("\\u20ac" for "€"), every
slash is "\\/", and the page's rich text is HTML inside a string. :func:`read_json_documents`
parses such a document and gives the two things the layers already know how to read:

* the parsed document, for the embedded-JSON layer, which reads its keys as it reads any
  framework's state;
* the HTML its strings hold (``content.rendered``), parsed and put back into the tree in
  place of the raw JSON, so the text layer reads its paragraphs, lists and tables as it
  reads any page.

A ``<pre>`` that is only part of a page (a code sample in API docs) is left alone: only one
that holds most of the page's text is the page.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import lxml.etree

from tracker.extract.json_values import MAX_JSON_NODES

log = logging.getLogger(__name__)

#: A string that holds markup: rich text rendered by the CMS.
_MARKUP = re.compile(r"<(?:p|li|ul|ol|h[1-6]|div|table|tr|td|th|dl|dt|dd|br|section)\b", re.I)


def read_json_documents(root: Any) -> tuple[Any, ...]:
    """Every JSON document shown as ``root``'s page, parsed; each one's ``<pre>`` is
    replaced, in ``root``, by the HTML its strings hold. Never raises."""
    try:
        return tuple(_read(root))
    except Exception:  # odd trees or documents must cost this reading, not the page
        log.warning("JSON document could not be read", exc_info=True)
        return ()


def _read(root: Any) -> list[Any]:
    body = root.find("body")
    shown = len("".join(body.itertext()).strip()) if body is not None else 0
    documents = []
    for pre in root.iter("pre"):
        text = "".join(pre.itertext()).strip()
        if text[:1] not in ("{", "[") or len(text) * 2 < shown:
            continue
        try:
            document = json.loads(text)
        except ValueError:
            continue
        documents.append(document)
        rendered = lxml.etree.Element("div", {"class": "json-document"})
        for markup in _markup_strings(document):
            rendered.extend(_fragment(markup))
        rendered.tail = pre.tail
        pre.getparent().replace(pre, rendered)
    return documents


def _markup_strings(document: Any) -> list[str]:
    """The strings of ``document`` that hold markup, in document order, each once."""
    found: list[str] = []
    stack, seen = [document], 0
    while stack and seen < MAX_JSON_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, str) and _MARKUP.search(node) and node not in found:
            found.append(node)
    return found


def _fragment(markup: str) -> list[Any]:
    """The elements of an HTML fragment, as children of no one yet."""
    parser = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    tree = lxml.etree.fromstring(f"<div>{markup}</div>".encode(), parser=parser)
    box = tree.find(".//div") if tree is not None else None
    return list(box) if box is not None else []
