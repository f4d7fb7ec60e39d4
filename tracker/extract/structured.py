"""The JSON-LD and microdata layer: facts a page states for machines (schema.org).

Structured data is the most exact statement of a price or a start date a page makes, so it
is read before embedded JSON and text. Only program-shaped nodes count (Course,
EducationalOccupationalProgram, Product, CourseInstance, Offer, AggregateOffer); blog posts,
events, job postings, reviews, organizations and FAQ pages carry dates and money that are
not the program's, so they are skipped with everything under them. A FAQPage's answers are
read as text instead (:func:`faq_answers`): they speak for the program as the page does.

JSON-LD is read here as extruct's JsonLdExtractor reads it (the same few lines): importing
any part of extruct imports all of it (rdflib, html5lib, BeautifulSoup: 27 MB in every
extraction process), so extruct is imported only for a page with an ``itemscope``, for its
microdata reader. That reader takes a property's text through lxml.html's cleaner, which
fails on the plain lxml.etree elements bootwatch parses into when the property holds a
script or a style (:func:`_microdata_reader` reads the text without it); and a microdata
reader that fails still leaves the page its JSON-LD.
"""

from __future__ import annotations

import copy
import html
import json
import logging
import re
from functools import cache
from typing import Any

import jstyleson
import lxml.etree

from tracker.extract.json_values import as_list, dicts, duration, first, period_of, types
from tracker.extract.page import Page, complete
from tracker.extract.provenance import json_snippet
from tracker.facts import Method

log = logging.getLogger(__name__)

_PROGRAM_TYPES = frozenset(
    {"Course", "CourseInstance", "EducationalOccupationalProgram", "Product"}
)
_SKIP_TYPES = frozenset(
    "Article BlogPosting NewsArticle Event JobPosting Review Person Organization WebSite "
    "BreadcrumbList FAQPage EducationalOrganization CollegeOrUniversity".split()
)


#: A leading HTML or JavaScript comment line, which extruct drops before a second attempt.
_COMMENT_LINE = re.compile(r"^\s*(//.*|<!--.*-->)")
_STRING = lxml.etree.XPath("string()", smart_strings=False)  # a plain str, as json wants


def read_structured(page: Page) -> dict[str, list[Any]]:
    """The page's JSON-LD items and its microdata items (in JSON-LD's shape)."""
    out: dict[str, list[Any]] = {"json-ld": [], "microdata": []}
    for script in page.root.iter("script"):
        # Matched exactly, as extruct matches it (its XPath tests @type="application/ld+json").
        if script.get("type") == "application/ld+json":
            try:  # one script at a time, so one broken script costs only itself
                out["json-ld"].extend(_jsonld_items(_STRING(script)))
            except Exception:
                log.debug("bad JSON-LD on %s", page.url, exc_info=True)
    if page.microdata and page.root.find(".//*[@itemscope]") is not None:
        try:
            items = _microdata_reader().extract_items(page.root, base_url=page.url)
        except Exception:  # odd markup costs the microdata, not the JSON-LD read above
            log.warning("microdata could not be read on %s", page.url, exc_info=True)
            items = []
        out["microdata"] = [_from_microdata(i) for i in items]
    return out


@cache
def _microdata_reader() -> Any:
    """extruct's microdata reader, taking a property's text as the browser shows it (without
    its scripts and styles) from plain lxml.etree elements (see the module's docstring)."""
    import html_text
    from extruct.w3cmicrodata import MicrodataExtractor

    class Reader(MicrodataExtractor):
        def _extract_textContent(self, node: Any) -> str:
            shown = copy.deepcopy(node)
            lxml.etree.strip_elements(shown, "script", "style", "noscript", "template",
                                      with_tail=False)  # fmt: skip
            return str(html_text.etree_to_text(shown))

    return Reader()


def _jsonld_items(script: str) -> list[Any]:
    """The items of one JSON-LD script, as extruct's ``JsonLdExtractor.extract_items``: JSON
    with control characters allowed, else JavaScript-style JSON (comments, trailing commas)
    after dropping a leading comment line; a list gives its items; falsy items are dropped."""
    try:
        data = json.loads(script, strict=False)
    except ValueError:
        data = jstyleson.loads(_COMMENT_LINE.sub("", script), strict=False)
    items = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
    return [item for item in items if item]


def from_schema(page: Page, items: list[Any], method: Method) -> dict[str, Any]:
    """Prices, cohorts, duration and mode of the program nodes in ``items``."""
    out: dict[str, Any] = {"prices": [], "start_dates": []}
    for node in dicts(items, skip=_SKIP_TYPES):
        kinds = types(node)
        snippet = json_snippet(node)
        if kinds & {"Offer", "AggregateOffer"}:
            out["prices"] += page.stamp(_offer(page, node), method, snippet)
        if kinds & _PROGRAM_TYPES:
            start, end = node.get("startDate"), node.get("endDate")
            if isinstance(start, str):
                out["start_dates"] += page.stamp(page.cohort(start, end), method, snippet)
            for key in ("timeToComplete", "timeRequired", "duration", "courseWorkload"):
                if isinstance(node.get(key), str):
                    found = duration(node[key], weekly=key == "courseWorkload")
                    found = page.stamp(found, method, snippet)
                    current = out.get("duration")  # one program: its keys complete each other
                    out["duration"] = (
                        complete(current, found) if current and found else current or found
                    )
            mode = node.get("courseMode") or node.get("educationalProgramMode")
            if not out.get("self_paced") and isinstance(mode, str):
                out["self_paced"] = page.read("self_paced", mode, method, snippet)
    return out


def faq_answers(items: list[Any]) -> list[tuple[str, str]]:
    """(question, answer text) of every FAQPage Question: a page may state its guarantee or
    income share for search engines only, in its FAQ's structured data. Markup in an answer
    ("<p>Yes.</p>") is dropped."""
    out = []
    for node in dicts(items):
        if "Question" not in types(node):
            continue
        answers = [a for a in as_list(node.get("acceptedAnswer")) if isinstance(a, dict)]
        text = " ".join(a["text"] for a in answers if isinstance(a.get("text"), str))
        name = node.get("name")
        if text.strip():
            plain = html.unescape(_TAG.sub(" ", text))
            out.append((name if isinstance(name, str) else "", " ".join(plain.split())))
    return out


_TAG = re.compile(r"<[^>]+>")


def _offer(page: Page, node: dict[str, Any]) -> list[dict[str, Any]]:
    """Price options of one Offer/AggregateOffer and its priceSpecification."""
    inner = node.get("offers")
    if "AggregateOffer" in types(node) and any(isinstance(o, dict) for o in as_list(inner)):
        return []  # its own offers are read one by one instead of as a range
    specs = [s for s in as_list(node.get("priceSpecification")) if isinstance(s, dict)]
    out = []
    for entry in [node, *specs]:
        low = first(entry, "price", "lowPrice", "minPrice")
        if low is None:
            continue
        currency = first(entry, "priceCurrency") or node.get("priceCurrency")
        unit = " ".join(str(first(e, "unitCode", "unitText", "billingDuration") or "")
                        for e in (entry, entry.get("referenceQuantity") or {})
                        if isinstance(e, dict))  # fmt: skip
        option = page.money(low, first(entry, "highPrice", "maxPrice"), currency)
        if option:
            name = node.get("name") if isinstance(node.get("name"), str) else None
            monthly = name and re.search(r"\bmonthly\b|per month|/\s*mo\b", name, re.I)
            option["period"] = period_of(unit) or ("month" if monthly else option["period"])
            option["label"] = name
            out.append(option)
    return out


def _from_microdata(item: Any) -> Any:
    """An extruct microdata item in JSON-LD's shape: {"@type": "Course", "name": ...}."""
    if isinstance(item, list):
        return [_from_microdata(i) for i in item]
    if not isinstance(item, dict) or "properties" not in item and "type" not in item:
        return item
    out: dict[str, Any] = {"@type": [str(t).rsplit("/", 1)[-1] for t in as_list(item.get("type"))]}
    out.update({k: _from_microdata(v) for k, v in (item.get("properties") or {}).items()})
    return out
