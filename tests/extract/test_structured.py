"""The JSON-LD reader reads every script as extruct's JsonLdExtractor does, without
importing extruct (which would put all of it, rdflib included, in every worker)."""

from __future__ import annotations

import subprocess
import sys

import lxml.etree
import pytest
from extruct.jsonld import JsonLdExtractor

from tracker.extract.structured import _STRING, _jsonld_items

SCRIPTS = {
    "object": '{"@type": "Course", "name": "A"}',
    "list": '[{"@type": "Offer", "price": 5}, {}, 3, null, "x"]',
    "control-characters": '{"@type": "Course", "name": "line\none"}',
    "comment-line": '<!-- schema -->\n{"@type": "Course", "offers": {"price": 9,},}',
    "js-comments": '// generated\n{"@type": "Course", /* tuition */ "offers": {"price": 9}}',
    "scalar": "42",
    "empty-object": "{}",
}


@pytest.mark.parametrize("text", SCRIPTS.values(), ids=SCRIPTS.keys())
def test_jsonld_items_as_extruct_reads_them(text: str) -> None:
    html = f'<html><head><script type="application/ld+json">{text}</script></head></html>'
    root = lxml.etree.fromstring(html, parser=lxml.etree.HTMLParser())
    script = root.find(".//script")
    assert _jsonld_items(_STRING(script)) == JsonLdExtractor().extract_items(script)


def test_extraction_does_not_import_extruct() -> None:
    code = (
        "import sys, datetime, spiders.workers, tracker.extract.layers as layers\n"
        "layers.extract_facts('https://x.test', '<script type=\"application/ld+json\">"
        '{"@type": "Course"}</script><p>$5,000</p>\', today=datetime.date(2022, 1, 1))\n'
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('extruct', 'rdflib')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
