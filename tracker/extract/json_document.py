"""A JSON document as the page: an API response opened in a browser, or served as text.

A CMS's REST API (WordPress's ``/wp-json/wp/v2/pages``, Strapi, Directus) answers with
JSON, and a browser shows it as one ``<pre>`` (Chrome's and Firefox's raw view). As text it
is unreadable: every non-ASCII character is a ``\\u`` escape ("\\u20ac" for "€"), every
slash is "\\/", and the page's rich text is HTML inside a string. :func:`read_json_documents`
parses such a document and gives the two things the layers already know how to read:

* the parsed document, for the embedded-JSON layer, which reads its keys as it reads any
  framework's state;
* its strings, put back into the tree in place of the raw JSON, so the text layer reads
  them as it reads any page: HTML (``content.rendered``) parsed into its paragraphs, lists
  and tables, and a plain string as a line under its key's words ("price label: $9,400",
  "published at: 2024-11-12"), which say what the value is as a label would.

A ``<pre>`` that is only part of a page (a code sample in API docs) is left alone: only one
that holds most of the page's text is the page.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import lxml.etree

from tracker.extract.html_fragment import fragment
from tracker.extract.json_values import MAX_JSON_NODES

log = logging.getLogger(__name__)

#: A string that holds markup: rich text rendered by the CMS.
MARKUP = re.compile(r"<(?:p|li|ul|ol|h[1-6]|div|table|tr|td|th|dl|dt|dd|br|section)\b", re.I)


def read_json_documents(root: Any) -> tuple[Any, ...]:
    """Every JSON document shown as ``root``'s page, parsed; each one's ``<pre>`` is
    replaced, in ``root``, by the HTML its strings hold. Never raises."""
    try:
        return tuple(_read(root))
    except Exception:  # odd trees or documents must cost this reading, not the page
        log.warning("JSON document could not be read", exc_info=True)
        return ()


def _read(root: Any) -> list[Any]:
    shown = None  # the page's text length, read once and only for a <pre> that opens JSON
    documents = []
    for pre in root.iter("pre"):
        text = "".join(pre.itertext()).strip()
        if text[:1] not in ("{", "["):
            continue
        if shown is None:
            body = root.find("body")
            shown = len("".join(body.itertext()).strip()) if body is not None else 0
        if len(text) * 2 < shown:
            continue
        try:
            document = json.loads(text)
        except ValueError:
            continue
        documents.append(document)
        rendered = lxml.etree.Element("div", {"class": "json-document"})
        for key, value in _strings(document):
            if MARKUP.search(value):
                rendered.extend(fragment(value))
            else:
                lxml.etree.SubElement(rendered, "p").text = f"{_words(key)}: {value}"
        rendered.tail = pre.tail
        pre.getparent().replace(pre, rendered)
    return documents


def _strings(document: Any) -> list[tuple[str, str]]:
    """The non-empty strings of ``document`` with the key above each, in document order,
    each string once."""
    found: dict[str, str] = {}
    stack: list[tuple[str, Any]] = [("", document)]
    seen = 0
    while stack and seen < MAX_JSON_NODES:
        key, node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            stack.extend(reversed([(str(k), v) for k, v in node.items()]))
        elif isinstance(node, list):
            stack.extend(reversed([(key, item) for item in node]))
        elif isinstance(node, str) and node.strip():
            found.setdefault(node, key)
    return [(key, value) for value, key in found.items()]


def _words(key: str) -> str:
    """A JSON key as words: "start_date" and "startDate" are "start date"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])|[_-]+", " ", key).lower().strip()
