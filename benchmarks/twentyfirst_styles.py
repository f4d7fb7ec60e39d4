"""The held-out set: seven styles in new markup and new words (:class:`TwentyFirstVoice`).

Written while the rules were being tuned on the twentieth set
(:mod:`benchmarks.twentieth_styles`, now a development set), from how the terms and conditions
and fee schedules of training providers in Australia, New Zealand, South Africa, Nigeria, Kenya,
Ghana, the Philippines, Singapore, Malaysia and Pakistan are published, and without reading
bootwatch's extraction rules; scored once before any rule is changed for it. A Google Sheets
spreadsheet published to the web (``table.waffle`` grids with row numbers and column letters,
``s0``-style classes, a frozen header row, long clauses soft-merged over the empty cells beside
them, one sheet per tab with only the first tab shown), a PDF of the terms in the pdf.js viewer
(one ``div.page`` per page, its ``textLayer`` of absolutely positioned ``<span>`` runs scaled by
``transform``, lines wrapped where the PDF wrapped them, a running header and page footer), a
Word document in Word for the web (``OutlineElement`` / ``Paragraph`` / ``TextRun`` spans with
their ``SCXW`` classes and ``data-ccp-props``, ``TableContainer`` tables and list wrappers), a
YouTube video of the provider's info evening whose description lives only in the
``ytInitialPlayerResponse`` and ``ytInitialData`` JSON (runs of text with navigation endpoints
and chapter timestamps) beside the visible title and the watch page's microdata, a Termly-
generated terms page (``data-custom-class`` spans, empty ``<bdt>`` template blocks, a numbered
table of contents and the generator's US-style "Last updated"), a PandaDoc enrolment agreement
waiting for signature (text blocks, a pricing table with optional rows, signature and date
fields and the document's state in JSON) and a Luma event page for an info session (the
event's own date, time zone and guest count, and the description both rendered and as
ProseMirror JSON in ``__NEXT_DATA__``). None of the seven is a kind of page an earlier set
used. Fees in Australian, New Zealand and Singapore dollars, rand, naira, Kenya shillings,
cedis, Philippine pesos, ringgit and Pakistani rupees
(:func:`twentyfirst_voice.twentyfirst_program`). Same contract as
:mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and every negative.
One module because the seven share the voice and a few helpers, and are read together as one set
(about 690 lines).
"""

from __future__ import annotations

import html
import itertools
import json
import random
import re
import textwrap
from collections.abc import Sequence
from datetime import timedelta

from page_styles import Page
from pagegen import TODAY, Kit, Program
from twentyfirst_voice import TwentyFirstVoice

#: The negatives by where documents put them: (charges and money, dates, the document, the
#: Provider).
GROUPS = (
    ("deposit", "withdrawal", "deferral", "late", "dishonour", "resit", "exam", "equipment",
     "tax", "schedule", "funding", "claim"),
    ("enrolment", "acceptance", "orientation", "census", "break", "holiday", "ends",
     "graduation"),
    ("version", "clause", "footnote"),
    ("company", "regulator", "phone", "copyright"),
)  # fmt: skip
WORDS = {"defs": "1. Definitions", "sessions": "2. Intakes and Commencement",
         "about": "3. The Course", "fees": "4. Fees and Payment",
         "charges": "5. Other Charges", "promise": "9. Guarantees and Refunds",
         "dates": "Key Dates", "provider": "The Provider",
         "schedule": "Schedule 1: Fee Schedule", "refunds": "Schedule 2: Cancellation Schedule",
         "job_guarantee": "Employment Guarantee", "money_back": "Cooling-off Period",
         "tuition_refund": "Withdrawal Refund"}  # fmt: skip
#: The IANA time zone of each country's info evening.
ZONES = {"au": "Australia/Melbourne", "nz": "Pacific/Auckland", "za": "Africa/Johannesburg",
         "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "gh": "Africa/Accra",
         "ph": "Asia/Manila", "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur",
         "pk": "Asia/Karachi"}  # fmt: skip
#: Hours east of UTC, in January, per country.
OFFSET = {"au": 11, "nz": 13, "za": 2, "ng": 1, "ke": 3, "gh": 0, "ph": 8, "sg": 8, "my": 8,
          "pk": 5}  # fmt: skip


class Doc:
    """What every style of the set reads from the voice: the clauses grouped as the documents
    group them."""

    def __init__(self, k: Kit) -> None:
        self.v = v = TwentyFirstVoice(k)
        self.p = p = v.p
        self.n = n = v.negatives()
        self.money, self.dates, self.document, self.provider = ([n[x] for x in g] for g in GROUPS)
        self.fees = [x for x in (v.hero(), v.fee_line(), v.plan(), v.isa()) if x]
        self.starts = [v.starts_line(i, s) for i, s in enumerate(p.starts)]
        self.terms = [(WORDS[g.kind], v.terms(g)) for g in p.guarantees]
        self.title = f"Terms and Conditions of Enrolment: {p.name}"
        self.defs = [
            f"1.1 “Course” means the {p.name} delivered by the Provider.",
            "1.2 “Commencement Date” means the first scheduled day of the Student's Intake.",
            "1.3 “Completion Date” means the date on which the Student completes the final "
            "assessment of the Course.",
            "1.4 “Fees” means the Course Fee and every other charge set out in Schedule 1.",
            f"1.5 “Provider” means {v.provider}.",
        ]


def _ps(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{x}</p>" for x in items)


def _lis(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<li{attr}>{x}</li>" for x in items)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _hex(r: random.Random, n: int = 8) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _json(data: object) -> str:
    """JSON as a page's script embeds it: UTF-8 kept, ``&``, ``<`` and ``>`` escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _table(rows: Sequence[tuple[str, ...]], attrs: str = "") -> str:
    """A schedule as a plain table, its first row the header."""
    head = "".join(f"<th>{x}</th>" for x in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows[1:])
    return f"<table{attrs}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def google_sheets(p: Program, k: Kit) -> Page:
    """A Google Sheets spreadsheet published to the web: the document title and sheet tabs,
    then one ``waffle`` grid per sheet (only the first tab's shown, the others ``display:none``
    until their tab is clicked) with column letters, row numbers, a frozen header row, ``s0``-
    style cell classes, long clauses soft-merged over the empty cells to their right, and the
    "Published by Google Sheets" footer."""
    d = Doc(k)
    v, n = d.v, d.n
    sheets: list[tuple[str, list[tuple[str, ...]]]] = []

    def grid(gid: int, rows: list[tuple[str, ...]]) -> str:
        cols = max(len(r) for r in rows)
        widths = (420, 180, 240, 120)[:cols]
        head = "".join(f'<th id="{gid}C{c}" style="width:{w}px;" class="column-headers-back'
                       f'ground">{"ABCD"[c]}</th>' for c, w in enumerate(widths))  # fmt: skip
        body = ""
        for r, row in enumerate(rows):
            cells = ""
            if len(row) == 1 and cols > 1:  # a clause: soft-merged over the empty cells
                cells = (f'<td class="s2 softmerge" dir="ltr"><div class="softmerge-inner" style'
                         f'="width:{sum(widths) - 3}px;left:-1px">{row[0]}</div></td>'
                         + '<td class="s3"></td>' * (cols - 1))  # fmt: skip
            else:
                for c, x in enumerate(row):
                    cls = "s0" if r == 0 else ("s4" if c == 1 else "s1")
                    cells += f'<td class="{cls}" dir="ltr">{x}</td>'
                cells += '<td class="s3"></td>' * (cols - len(row))
            body += (f'<tr style="height: 20px"><th id="{gid}R{r}" style="height: 20px;" class="'
                     f'row-headers-background"><div class="row-header-wrapper" style="line-height'
                     f': 20px">{r + 1}</div></th>{cells}</tr>')  # fmt: skip
            if r == 0:  # the frozen row's bar
                body += ('<tr><th style="height:3px;" class="freezebar-cell freezebar-horizontal-'
                         'handle"></th>' + '<td class="freezebar-cell freezebar-horizontal-'
                         'handle"></td>' * cols + "</tr>")  # fmt: skip
        shown = "" if gid == 0 else "display:none;"
        return (f'<div id="{gid}" style="{shown}position:relative;" dir="ltr"><div class="ritz '
                f'grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0"'
                f'><thead><tr><th class="row-header freezebar-origin-ltr"></th>{head}</tr>'
                f"</thead><tbody>{body}</tbody></table></div></div>")  # fmt: skip

    schedule = v.fee_schedule()
    sheets.append(("Fee Schedule", [schedule[0], *schedule[1:], (d.fees[0],), *((x,) for x in
                                    d.fees[1:]), (n["tax"],), (n["footnote"],)]))  # fmt: skip
    sheets.append(("Intakes", [("Intake", "Commences", "Notes"), *(
        (v.cohort_name(i, s), v.numeric(s), line) for i, (s, line) in
        enumerate(zip(p.starts, d.starts, strict=True))), (v.duration(),)]))  # fmt: skip
    refunds = v.refund_schedule()
    sheets.append(("Refunds", [refunds[0], *refunds[1:], *((x,) for _, x in d.terms)]))
    sheets.append(("Other Charges", [("Clause",), *((x,) for x in d.money if x != n["tax"]
                                     and x != n["footnote"])]))  # fmt: skip
    sheets.append(("Key Dates", [("Date",), *((x,) for x in d.dates)]))
    sheets.append(("About", [(d.title,), *((x,) for x in d.defs + d.document + d.provider
                             if x != n["footnote"])]))  # fmt: skip
    tabs = "".join(f'<li id="sheet-button-{i}" class="{"active" if i == 0 else ""}"><a href="#" '
                   f"onclick=\"switchToSheet('{i}')\">{t}</a></li>"
                   for i, (t, _) in enumerate(sheets))  # fmt: skip
    key = _hex(random.Random(p.seed * 61 + 5), 32)
    css = (
        ".ritz .waffle a{color:inherit;}.ritz .waffle .s0{border-bottom:1px SOLID #000000;"
        "background-color:#d9ead3;text-align:left;font-weight:bold;color:#000000;font-family:"
        "Arial;font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:"
        "2px 3px 2px 3px;}.ritz .waffle .s1{background-color:#ffffff;text-align:left;color:"
        "#000000;font-family:Arial;font-size:10pt;vertical-align:bottom;white-space:normal;"
        "overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}.ritz "
        ".waffle .s4{text-align:right;}.ritz .waffle .s2{white-space:nowrap;overflow:hidden;}"
    )
    return [f"<style>{css}</style><script>var pubKey = '{key}';var docsSessionId = "
            f"'{k.token()}';</script>"], [
        f'<div id="top-bar"><div id="doc-title"><span class="name">{p.camp} Institute – Fees, '
        f'Intakes and Refunds 2025</span></div><ul id="sheet-menu" role="navigation">{tabs}'
        "</ul></div>",
        *(f'<div id="sheets-viewport-{i}">{grid(i, rows)}</div>'
          for i, (_, rows) in enumerate(sheets)),
        '<div id="footer"><a href="https://docs.google.com/spreadsheets/d/e/' + key + '/pubhtml"'
        ' target="_blank">Published by Google Sheets</a> – <a href="#" target="_blank">Report '
        "Abuse</a> – Updated automatically every 5 minutes</div>",
    ]  # fmt: skip


def pdfjs(p: Program, k: Kit) -> Page:
    """The terms as a PDF in the pdf.js viewer: the toolbar with the page count and zoom, then
    one ``div.page`` per page with its canvas and its ``textLayer`` of absolutely positioned
    ``<span>`` runs (a clause's number in a run of its own, lines wrapped where the PDF wrapped
    them, a ``transform`` scale per run), the schedules as runs placed in columns, and a
    running header and a page footer on every page."""
    d = Doc(k)
    v, n = d.v, d.n
    ids = random.Random(p.seed * 67 + 11)
    pages: list[list[str]] = []

    def run(text: str, left: float, top: float, size: float = 10.0, font: str = "sans-serif"
            ) -> str:  # fmt: skip
        scale = 0.92 + ids.random() * 0.09
        return (f'<span role="presentation" dir="ltr" style="left: {left:.2f}%; top: {top:.2f}%; '
                f"font-size: calc(var(--scale-factor)*{size:.2f}px); font-family: {font}; "
                f'transform: scaleX({scale:.5f});">{text}</span>')  # fmt: skip

    def page(title: str, items: list[str], table: Sequence[tuple[str, ...]] | None = None) -> None:
        spans, top = [run(title, 11.76, 12.5, 13.0, "serif")], 16.0
        for item in items:
            number, sep, rest = item.partition(" ")
            hanging = bool(re.fullmatch(r"\d+\.\d+|¹", number)) and bool(sep)
            lines = textwrap.wrap(rest if hanging else item, 84 if hanging else 90,
                                  break_long_words=False, break_on_hyphens=False)  # fmt: skip
            for j, line in enumerate(lines):
                if hanging and j == 0:
                    spans.append(run(number, 11.76, top))
                spans.append(run(line, 16.2 if hanging else 11.76, top) + '<br role="present'
                             'ation">')  # fmt: skip
                top += 1.55
            top += 0.9
        for row in table or []:
            lefts = (11.76, 52.0, 70.0) if len(row) == 3 else (11.76, 66.0)
            spans += [run(x, lefts[c], top) for c, x in enumerate(row)]
            spans.append('<br role="presentation">')
            top += 1.9
        pages.append(spans)

    page(d.title, [*d.document[:2], *d.defs])
    page(WORDS["fees"], d.fees)
    page(WORDS["schedule"], [n["tax"], n["footnote"]], v.fee_schedule())
    page(WORDS["sessions"], [*d.starts, v.duration()])
    page(WORDS["charges"], [x for x in d.money if x not in (n["tax"], n["schedule"])])
    page(WORDS["promise"], [x for _, x in d.terms] + [n["schedule"]], v.refund_schedule())
    page(WORDS["dates"], d.dates)
    page(WORDS["provider"], d.provider)
    count = len(pages)
    file = f"{p.camp}_Terms_and_Conditions_v{v.version}.pdf"
    sections = [
        '<div id="toolbarContainer"><div id="toolbarViewer"><div id="toolbarViewerLeft"><span '
        'class="toolbarLabel">Page</span><input type="number" id="pageNumber" class="toolbar'
        f'Field" value="1" min="1" max="{count}"><span id="numPages" class="toolbarLabel">of '
        f'{count}</span></div><div id="toolbarViewerMiddle"><span id="scaleSelectContainer" '
        'class="dropdownToolbarButton"><select id="scaleSelect" title="Zoom"><option id="page'
        'AutoOption" value="auto" selected="selected">Automatic Zoom</option><option value="1">'
        '100%</option><option value="1.5">150%</option></select></span></div></div></div>',
    ]
    for i, spans in enumerate(pages, 1):
        header = run(f"{v.provider} · Terms and Conditions of Enrolment", 11.76, 4.2, 8.0)
        footer = run(f"Page {i} of {count}", 46.0, 94.3, 8.0)
        sections.append(
            f'<div class="page" data-page-number="{i}" role="region" aria-label="Page {i}" data-'
            'loaded="true" style="width: 816px; height: 1056px;"><div class="canvasWrapper">'
            '<canvas role="presentation" width="1632" height="2112" style="width: 816px; '
            'height: 1056px;"></canvas></div><div class="textLayer" style="width: 816px; height:'
            ' 1056px;" data-main-rotation="0">' + header + '<br role="presentation">'
            + "".join(spans) + footer + '<span class="endOfContent"></span></div><div class="'
            'annotationLayer" style="width: 816px; height: 1056px;"></div></div>'
        )  # fmt: skip
    return [f'<link rel="resource" type="application/l10n" href="locale/locale.json"><script '
            f'src="../build/pdf.mjs" type="module"></script><script>window.PDFViewerApplication'
            f'Options={{"defaultUrl":"/media/{file}","fingerprint":"{k.token()}"}};</script>'], [
        '<div id="outerContainer"><div id="mainContainer">', *sections,
        f'<div id="viewerContainer-end" data-file="{file}"></div></div></div>',
    ]  # fmt: skip


#: Tokens Word's spell checker underlines in these documents.
SPELL = re.compile(r"^(?:FEE-HELP|StudyLink|SETA|LSETF|HELB|NITA|SLTF|GETFund|TESDA|PTPTN|"
                   r"SkillsFuture|NAVTTC|PSDF|Kshs\.|CRICOS|NZBN|QCTO|TVETA|CTVET|Matariki|"
                   r"Aidilfitri|Thaipusam|Mashujaa|Madaraka)$")  # fmt: skip


def word_online(p: Program, k: Kit) -> Page:
    """A Word document in Word for the web's reading view: the app bar with the file name,
    then ``OutlineElement`` blocks of ``Paragraph`` elements whose text is ``TextRun`` /
    ``NormalTextRun`` spans (a label's bold run apart from its text, unknown words in
    ``SpellingError`` spans), ``EOP`` marks with their ``data-ccp-props``, headings by
    ``role="heading"``, numbered lists in ``ListContainerWrapper`` and the schedules in
    ``TableContainer`` tables."""
    d = Doc(k)
    v = d.v
    ids = random.Random(p.seed * 71 + 13)
    sc = f"SCXW{ids.randrange(10**7, 10**8)} BCX0"
    lang = v.lang.upper()

    def runs(text: str, bold: bool = False) -> str:
        label, sep, rest = text.partition(": ")
        parts = [(label + sep.rstrip(), True), (" " + rest, bold)] if sep and len(label) < 48 else [
            (text, bold)]  # fmt: skip
        out = ""
        for part, strong in parts:
            words = []
            for word in part.split(" "):
                if SPELL.match(word):
                    word = f'<span class="SpellingError {sc}">{word}</span>'
                words.append(word)
            cls = "TextRun MacChromeBold" if strong else "TextRun"
            out += (f'<span data-contrast="auto" xml:lang="{lang}" lang="{lang}" class="{cls} '
                    f'{sc}"><span class="NormalTextRun {sc}">{" ".join(words)}</span>'
                    "</span>")  # fmt: skip
        return out

    def para(text: str, heading: int = 0, bold: bool = False) -> str:
        role = f' role="heading" aria-level="{heading}"' if heading else ""
        props = ('{"134233117":true,"134233118":true,"201341983":0,"335559738":'
                 f'{240 if heading else 0},"335559739":160,"335559740":259}}')  # fmt: skip
        return (f'<div class="OutlineElement Ltr {sc}"><p class="Paragraph {sc}" xml:lang="{lang}"'
                f' lang="{lang}" paraid="{ids.randrange(10**8, 10**9)}" paraeid="{{{_hex(ids)}-'
                f'{_hex(ids, 4)}}}{{{ids.randrange(1, 250)}}}"{role}>'
                f"{runs(text, bold or bool(heading))}"
                f'<span class="EOP {sc}" data-ccp-props="{html.escape(props)}">&nbsp;</span></p>'
                "</div>")  # fmt: skip

    def listing(items: list[str]) -> str:
        lid = ids.randrange(1, 40)
        lis = "".join(f'<li data-leveltext="%1." data-font="Arial" data-listid="{lid}" data-aria-'
                      f'posinset="{i}" data-aria-level="1" role="listitem" class="OutlineElement '
                      f'Ltr {sc}"><p class="Paragraph {sc}" lang="{lang}">{runs(x)}</p></li>'
                      for i, x in enumerate(items, 1))  # fmt: skip
        return (f'<div class="ListContainerWrapper {sc}"><ul class="BulletListStyle1 {sc}" role='
                f'"list">{lis}</ul></div>')  # fmt: skip

    def table(rows: Sequence[tuple[str, ...]]) -> str:
        def cell(r: int, c: int, x: str) -> str:
            role = "columnheader" if r == 0 else "rowheader" if c == 0 else "cell"
            return (
                f'<td class="TableCellBorder {sc}" data-celllook="69905" role="{role}"><div '
                f'class="TableCellContent {sc}">{para(x, bold=r == 0)}</div></td>'
            )

        trs = "".join(f'<tr class="TableRow {sc}" role="row" aria-rowindex="{r + 1}">'
                      + "".join(cell(r, c, x) for c, x in enumerate(row)) + "</tr>"
                      for r, row in enumerate(rows))  # fmt: skip
        return (f'<div class="TableContainer Ltr {sc}"><table class="Table TableGrid {sc}" border='
                f'"1" data-tablestyle="MsoTableGrid" data-tablelook="1184" aria-rowcount="'
                f'{len(rows)}"><tbody class="{sc}">{trs}</tbody></table></div>')  # fmt: skip

    def block(title: str, inner: str) -> str:
        return para(title, heading=2) + inner

    name = f"{p.camp} Terms and Conditions of Enrolment 2025.docx"
    return [f'<script>var wacServiceSessionId="{k.token()}";var _fileName="{name}";</script>'], [
        f'<div id="AppHeaderPanel" class="AppHeaderPanel"><span class="BreadcrumbTitle">{name}'
        '</span><span class="SaveStatus">Saved to OneDrive</span><button>Open in Desktop App'
        '</button></div><div id="WACViewPanel" class="WACViewPanel"><div id="PageContent'
        f'Container" class="PageContentContainer">{para(d.title, heading=1)}'
        + "".join(para(x) for x in d.document[:2]) + "</div>",
        block(WORDS["defs"], "".join(para(x) for x in d.defs)),
        block(WORDS["sessions"], listing(d.starts)),
        block(WORDS["about"], para(v.duration())),
        block(WORDS["fees"], "".join(para(x) for x in d.fees)),
        block(WORDS["schedule"], table(v.fee_schedule()) + para(d.n["tax"])),
        block(WORDS["charges"], "".join(para(x) for x in d.money[:8]) + listing(d.money[10:])),
        block(WORDS["promise"], "".join(para(f"{t}: {x}") for t, x in d.terms))
        if p.guarantees else "",
        block(WORDS["refunds"], table(v.refund_schedule()) + para(d.money[9])),
        block(WORDS["dates"], listing(d.dates)),
        block(WORDS["provider"], "".join(para(x) for x in d.provider)
              + para(d.document[2]) + "</div>"),
    ]  # fmt: skip


def youtube(p: Program, k: Kit) -> Page:
    """A YouTube watch page of the provider's recorded info evening: the title and the
    ``VideoObject`` microdata are all the served HTML shows; the description (chapters with
    their timestamps, every clause the presenter walks through, links and hashtags) lives only
    in ``ytInitialPlayerResponse``'s ``shortDescription`` and in ``ytInitialData``'s runs of
    text with their navigation endpoints, beside view and like counts that change on every
    fetch."""
    d = Doc(k)
    v = d.v
    ids = random.Random(p.seed * 73 + 17)
    video = "".join(ids.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                    for _ in range(11))  # fmt: skip
    site = f"https://{p.camp.lower()}.example/terms"
    title = f"Fees, intakes and refunds explained | {p.name} | Info Evening 2025"
    chapters = [("0:00", "Welcome"), ("1:42", "The Course and intakes"),
                ("4:15", "Fees and instalments"), ("7:30", "Guarantees and refunds"),
                ("10:05", "Funding and other charges"), ("12:48", "Questions")]  # fmt: skip
    lines = [f"Our Admissions team walks through the {d.title}.", "",
             "CHAPTERS", *(f"{t} {x}" for t, x in chapters), "",
             *d.fees, v.duration(), "", *d.starts, "", *(x for _, x in d.terms), "",
             *(" · ".join(r) for r in v.fee_schedule()), "",
             *(" · ".join(r) for r in v.refund_schedule()), "",
             *d.money, "", *d.dates, "", *d.document, *d.provider, "",
             f"Read the full terms: {site}", "#bootcamp #codingbootcamp #careerchange"]  # fmt: skip
    description = "\n".join(lines)
    runs: list[dict] = []
    for line in lines:
        stamp = line.split(" ")[0]
        if (stamp, line[len(stamp) + 1 :]) in chapters:
            m, s = stamp.split(":")
            runs.append({"text": stamp, "navigationEndpoint": {"watchEndpoint": {
                "videoId": video, "startTimeSeconds": int(m) * 60 + int(s)}}})  # fmt: skip
            runs.append({"text": line[len(stamp) :] + "\n"})
        elif line.startswith("Read the full terms: "):
            runs.append({"text": "Read the full terms: "})
            link = {"url": f"https://www.youtube.com/redirect?q={site}", "nofollow": True}
            runs.append({"text": site, "navigationEndpoint": {"urlEndpoint": link}})
            runs.append({"text": "\n"})
        elif line.startswith("#"):
            for j, tag in enumerate(line.split(" ")):
                runs.append({"text": tag, "navigationEndpoint": {"browseEndpoint": {
                    "browseId": "FEhashtag", "params": _hex(ids, 16)}}})  # fmt: skip
                runs.append({"text": " " if j < 2 else ""})
        else:
            runs.append({"text": line + "\n"})
    nz = k.noise
    views, likes = nz.randrange(1_000, 60_000), nz.randrange(20, 900)
    published = "2025-01-08"
    player = {"videoDetails": {"videoId": video, "title": title, "lengthSeconds": "872",
                               "keywords": ["bootcamp", p.track, v.city],
                               "channelId": f"UC{_hex(ids, 22)}", "shortDescription": description,
                               "viewCount": str(views), "author": f"{p.camp} Institute"},
              "microformat": {"playerMicroformatRenderer": {
                  "publishDate": f"{published}T19:00:00-00:00", "uploadDate": published,
                  "category": "Education", "lengthSeconds": "872"}}}  # fmt: skip
    data = {"contents": {"twoColumnWatchNextResults": {"results": {"results": {"contents": [
        {"videoPrimaryInfoRenderer": {"title": {"runs": [{"text": title}]},
                                      "viewCount": {"videoViewCountRenderer": {"viewCount": {
                                          "simpleText": f"{views:,} views"}}},
                                      "dateText": {"simpleText": "8 Jan 2025"}}},
        {"videoSecondaryInfoRenderer": {"owner": {"videoOwnerRenderer": {
            "title": {"runs": [{"text": f"{p.camp} Institute"}]},
            "subscriberCountText": {"simpleText": f"{nz.randrange(200, 9000):,} subscribers"}}},
            "description": {"runs": runs}}}]}}}},
        "topbar": {"desktopTopbarRenderer": {"logo": {"topbarLogoRenderer": {
            "tooltipText": {"runs": [{"text": "YouTube Home"}]}}}}},
        "frameworkUpdates": {"entityBatchUpdate": {"mutations": [{"payload": {
            "likeCountEntity": {"likeCountIfIndifferentNumber": str(likes)}}}]}}}  # fmt: skip
    short = html.escape(description[:157] + "...")
    return [f'<meta name="title" content="{html.escape(title)}"><meta name="description" '
            f'content="{short}"><meta property="og:video:url" content="https://www.youtube.com/'
            f'embed/{video}"><script nonce="{k.token()}">var ytcfg={{"INNERTUBE_CONTEXT_CLIENT_'
            f'VERSION":"2.20250107.01.00"}};</script>'], [
        '<div id="watch7-content" class="watch-main-col" itemscope itemid="" itemtype="http://'
        f'schema.org/VideoObject"><meta itemprop="name" content="{html.escape(title)}"><meta '
        f'itemprop="description" content="{short}"><meta itemprop="duration" content="PT14M32S">'
        f'<meta itemprop="uploadDate" content="{published}T19:00:00-00:00"><meta itemprop="'
        f'interactionCount" content="{views}"><meta itemprop="genre" content="Education"><span '
        'itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="name" '
        f'content="{p.camp} Institute"></span></div>',
        f'<script nonce="{k.token()}">var ytInitialPlayerResponse = {_json(player)};</script>',
        '<ytd-app><div id="content" class="style-scope ytd-app"><ytd-watch-flexy video-id="'
        f'{video}"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string class="style-'
        f'scope ytd-watch-metadata">{html.escape(title)}</yt-formatted-string></h1>'
        "</ytd-watch-flexy></div></ytd-app>",
        f'<script nonce="{k.token()}">var ytInitialData = {_json(data)};</script>',
    ]  # fmt: skip


def termly(p: Program, k: Kit) -> Page:
    """A terms page made with Termly's generator and hosted on the provider's site: the
    generator's ``data-custom-class`` spans and stylesheet, empty ``<bdt>`` template blocks
    around every answer, the title with its US-style "Last updated", a numbered table of
    contents linking the sections' anchors, the schedules as bullet lists, and the generator's
    credit at the end."""
    d = Doc(k)
    v = d.v
    bdt = '<bdt class="block-component"></bdt>'
    toc: list[tuple[str, str]] = []

    def body(text: str) -> str:
        return (f'<div data-custom-class="body_text" style="line-height: 1.5;"><span style="font-'
                f'size: 15px; color: rgb(89, 89, 89);">{bdt}<bdt class="question">{text}</bdt>'
                '<bdt class="statement-end-if-in-editor"></bdt></span></div>')  # fmt: skip

    def bullets(items: list[str]) -> str:
        return "<ul>" + "".join(f'<li data-custom-class="body_text" style="line-height: 1.5;"><span'
                                f' style="font-size: 15px;">{x}</span></li>'
                                for x in items) + "</ul>"  # fmt: skip

    def section(title: str, inner: str) -> str:
        anchor = _slug(title.split(". ", 1)[-1])[:24]
        toc.append((anchor, title.upper()))
        return (f'<div id="{anchor}" style="line-height: 1.5;"><strong><span style="font-size: 15'
                f'px;"><span data-custom-class="heading_1"><h2>{title.upper()}</h2></span></span>'
                f"</strong></div>{inner}")  # fmt: skip

    def rows(table: Sequence[tuple[str, ...]]) -> list[str]:
        return [f"{r[0]}: {' · '.join(r[1:])}" for r in table[1:]]

    fee_head, refund_head = v.fee_schedule()[0], v.refund_schedule()[0]
    sections = [
        section(WORDS["defs"], "".join(body(x) for x in d.defs)),
        section(WORDS["sessions"], bullets(d.starts)),
        section(WORDS["about"], body(v.duration())),
        section(WORDS["fees"], "".join(body(x) for x in d.fees)),
        section(WORDS["schedule"], body(" · ".join(fee_head)) + bullets(rows(v.fee_schedule()))
                + body(d.n["tax"])),
        section(WORDS["charges"], "".join(body(x) for x in d.money if x != d.n["tax"])),
        section(WORDS["promise"], "".join(body(f"<strong>{t}.</strong> {x}") for t, x in d.terms))
        if p.guarantees else "",
        section(WORDS["refunds"], body(" · ".join(refund_head))
                + bullets(rows(v.refund_schedule()))),
        section(WORDS["dates"], bullets(d.dates)),
        section("Contact Us", "".join(body(x) for x in d.provider)),
    ]  # fmt: skip
    contents = "".join(f'<div style="line-height: 1.5;"><a data-custom-class="link" href="#{a}">'
                       f'<span style="font-size: 15px;">{t}</span></a></div>'
                       for a, t in toc)  # fmt: skip
    css = (
        "[data-custom-class='body'], [data-custom-class='body'] * {background: transparent "
        "!important;} [data-custom-class='title'], [data-custom-class='title'] * {font-family:"
        " Arial !important; font-size: 26px !important; color: #000000 !important;} [data-"
        "custom-class='body_text'], [data-custom-class='body_text'] * {color: #595959 "
        "!important; font-size: 14px !important;}"
    )
    return [f'<style>{css}</style><meta name="csrf-token" content="{k.token()}">'], [
        '<div data-custom-class="body"><div><strong><span style="font-size: 26px;"><span data-'
        f'custom-class="title">{bdt}<bdt class="question"><h1>TERMS AND CONDITIONS</h1></bdt>'
        '</span></span></strong></div><div><span style="color: rgb(127, 127, 127);"><strong>'
        '<span style="font-size: 15px;"><span data-custom-class="subtitle">Last updated <bdt '
        'class="question">January 06, 2025</bdt></span></span></strong></span></div>'
        + "".join(body(x) for x in d.document[:2]) + "</div>",
        '<div style="line-height: 1.5;"><strong><span data-custom-class="heading_1">TABLE OF '
        f"CONTENTS</span></strong></div>{contents}",
        *sections,
        f"{body(d.document[2])}<div style=\"color: #595959;font-size: 14px;\">These terms and "
        "conditions were created using <a href=\"https://termly.io/products/terms-and-"
        'conditions-generator/">Termly\'s Terms and Conditions Generator</a>.</div>',
    ]  # fmt: skip


def pandadoc(p: Program, k: Kit) -> Page:
    """A PandaDoc enrolment agreement sent for signature: the viewer's header with the status,
    the document's pages of text blocks, a pricing table (the Course Fee, optional rows the
    Student may tick, the summary), the schedules as table blocks, signature and date fields
    for the Student and the Provider, and the document's state in JSON."""
    d = Doc(k)
    v, n = d.v, d.n
    ids = random.Random(p.seed * 79 + 19)
    counter = itertools.count(1)

    def text(inner: str) -> str:
        return (f'<div class="pd-block pd-block-text" data-block-id="{_hex(ids, 12)}"><div class'
                f'="pd-block-content">{inner}</div></div>')  # fmt: skip

    def page(*blocks: str) -> str:
        return (f'<div class="pd-page" data-page-number="{next(counter)}"><div class="pd-page-'
                f'body">{"".join(blocks)}</div></div>')  # fmt: skip

    fee, m1 = p.upfront, v.money
    optional = [("Loan laptop (per month)", v.amount(90)), ("Certification exam attempt",
                v.amount(300))]  # fmt: skip
    pricing = ('<div class="pd-block pd-block-pricing-table"><table class="pricing-table"><thead>'
               "<tr><th>Name</th><th>Price</th><th>QTY</th><th>Subtotal</th></tr></thead><tbody>"
               f'<tr class="pricing-row"><td>Course Fee: {p.name}</td><td>{m1(fee, 1)}</td><td>1'
               f"</td><td>{m1(fee, 1)}</td></tr>"
               + "".join(f'<tr class="pricing-row pricing-row-optional"><td><input type="check'
                         f'box" aria-label="Optional"> {x}</td><td>{m1(a, 1)}</td><td>0</td><td>'
                         f"{m1(0, 1)}</td></tr>" for x, a in optional)
               + f'</tbody></table><div class="pricing-summary"><div class="summary-row"><span>'
               f"Total</span><span>{m1(fee, 1)}</span></div></div></div>")  # fmt: skip

    def field(kind: str, role: str) -> str:
        return (f'<div class="pd-field pd-field-{kind}" data-role="{role}" data-required="true">'
                f'<span class="pd-field-placeholder">{kind.title()}</span><span class="pd-field-'
                f'role">{role}</span></div>')  # fmt: skip

    expires = v.deadline()
    state = {"id": _hex(ids, 22), "name": f"Enrolment Agreement – {p.name}",
             "status": "document.sent", "date_created": "2025-01-06T02:11:43.000Z",
             "expiration_date": f"{expires.isoformat()}T13:00:00.000Z",
             "recipients": [{"role": "Student", "has_completed": False},
                            {"role": "Provider", "has_completed": True}],
             "session": k.token()}  # fmt: skip
    return [f'<meta name="robots" content="noindex"><script>window.__PD_DOCUMENT__ = '
            f"{_json(state)};</script>"], [
        '<header class="pd-viewer-header"><span class="pd-document-name">Enrolment Agreement – '
        f'{p.name}</span><span class="pd-status-badge">Waiting for signature</span><span class='
        f'"pd-expiry">Expires {v.when(expires)}</span><button class="pd-start">Start</button>'
        "</header>",
        page(text(f"<h1>{d.title}</h1>" + _ps(d.document[:2])), text(_ps(d.defs))),
        page(text(f"<h2>{WORDS['fees']}</h2>"), pricing, text(_ps(d.fees))),
        page(text(f"<h2>{WORDS['schedule']}</h2>" + _table(v.fee_schedule()) + _ps(
            [n["tax"], n["footnote"]]))),  # fmt: skip
        page(text(f"<h2>{WORDS['sessions']}</h2>" + _ps(d.starts) + f"<h2>{WORDS['about']}</h2>"
                  + _ps([v.duration()]))),
        page(text(f"<h2>{WORDS['charges']}</h2>" + _ps(d.money[:8]) + _ps(d.money[10:]))),
        page(text(f"<h2>{WORDS['promise']}</h2>"
                  + "".join(f"<p><strong>{t}</strong></p><p>{x}</p>" for t, x in d.terms)))
        if p.guarantees else "",
        page(text(f"<h2>{WORDS['refunds']}</h2>" + _table(v.refund_schedule()) + _ps(
            [n["schedule"]]))),  # fmt: skip
        page(text(f"<h2>{WORDS['dates']}</h2><ul>{_lis(d.dates)}</ul>")),
        page(text(f"<h2>{WORDS['provider']}</h2>" + _ps(d.provider)),
             text("<p>Signed for and on behalf of the Provider, and accepted by the Student:</p>"),
             field("signature", "Student"), field("date", "Student"),
             field("signature", "Provider"), field("date", "Provider")),
        '<footer class="pd-footer">Powered by PandaDoc</footer>',
    ]  # fmt: skip


def luma(p: Program, k: Kit) -> Page:
    """A Luma event page for the provider's online info evening: the cover, the title, the
    event's own date and time (an info session, not a commencement) with its time zone, the
    hosts, the registration card with a guest count that changes on every fetch, the
    description rendered from its ProseMirror document, and that document with the event in
    ``__NEXT_DATA__``."""
    d = Doc(k)
    v, n = d.v, d.n
    ids = random.Random(p.seed * 83 + 23)
    when = TODAY + timedelta(days=8)
    offset = OFFSET[v.kind]
    hour = 18 - offset
    start = f"{when.isoformat()}T{hour % 24:02d}:00:00.000Z" if hour >= 0 else (
        f"{(when - timedelta(days=1)).isoformat()}T{hour % 24:02d}:00:00.000Z")  # fmt: skip
    event = f"Info Evening (online): {p.name}, fees, intakes and funding"
    blocks: list[tuple[str, list[str], bool]] = [
        ("About the evening", [f"Join our Admissions team online to go through the {d.title}. "
                               "Bring your questions."], False),
        (WORDS["fees"], d.fees, False),
        (WORDS["schedule"], [" · ".join(r) for r in v.fee_schedule()] + [n["tax"]], True),
        (WORDS["sessions"], [*d.starts, v.duration()], True),
        (WORDS["promise"], [f"{t}: {x}" for t, x in d.terms], False),
        (WORDS["refunds"], [" · ".join(r) for r in v.refund_schedule()], True),
        (WORDS["charges"], [x for x in d.money if x != n["tax"]], True),
        (WORDS["dates"], d.dates, True),
        (WORDS["provider"], [*d.document, *d.provider], False),
    ]  # fmt: skip
    blocks = [b for b in blocks if b[1]]

    def mirror(title: str, items: list[str], listed: bool) -> list[dict]:
        head = {"type": "heading", "attrs": {"level": 3},
                "content": [{"type": "text", "text": title}]}  # fmt: skip
        paras = [{"type": "paragraph", "content": [{"type": "text", "text": x}]} for x in items]
        if listed:
            return [head, {"type": "bullet_list", "content": [
                {"type": "list_item", "content": [x]} for x in paras]}]  # fmt: skip
        return [head, *paras]

    def rendered(title: str, items: list[str], listed: bool) -> str:
        inner = f"<ul>{_lis(items)}</ul>" if listed else _ps(items)
        return f'<div class="spark-content"><h3>{title}</h3>{inner}</div>'

    doc = {"type": "doc", "content": [x for b in blocks for x in mirror(*b)]}
    api = f"evt-{_hex(ids, 14)}"
    zone = f"GMT{offset:+d}" if offset else "GMT"
    year = (f", {when.year}", f" {when.year}")
    day = f"{when:%A}, {v.local(when).removesuffix(year[0]).removesuffix(year[1])}"
    going = k.noise.randrange(12, 240)
    data = {"props": {"pageProps": {"initialData": {"kind": "event", "data": {
        "api_id": api, "event": {"api_id": api, "name": event, "start_at": start,
                                 "duration_interval": "PT1H", "timezone": ZONES[v.kind],
                                 "location_type": "zoom", "description_mirror": doc},
        "hosts": [{"name": f"{p.camp} Institute Admissions"}], "guest_count": going,
        "ticket_info": {"is_free": True, "require_approval": False}}}}},
        "page": "/[slug]", "query": {"slug": _hex(ids, 8)}, "buildId": _hex(ids, 21)}  # fmt: skip
    return [f'<meta property="og:title" content="{html.escape(event)}"><meta name="csrf" content'
            f'="{k.token()}">'], [
        f'<div class="event-page"><div class="cover-image"><img src="https://images.lumacdn.com'
        f'/event-covers/{_hex(ids, 2)}/{_hex(ids, 12)}.png" alt=""></div><h1 class="title">'
        f"{event}</h1></div>",
        f'<div class="event-meta"><div class="date-row"><div class="icon-month">{when:%b}'
        f'</div><div class="icon-day">{when.day}</div><div class="title">{day}</div><div class="'
        f'desc">6:00 pm – 7:00 pm {zone}</div></div><div class="location-row">Zoom · link '
        "visible to registered guests</div></div>",
        '<div class="registration-card"><div class="card-title">Registration</div><p>Welcome! '
        'To join the event, please register below.</p><button class="btn primary">One-click '
        f'Register</button><div class="guests">{going} Going</div></div>',
        *(rendered(*b) for b in blocks),
        f'<div class="hosts"><div class="label">Hosted By</div><div>{p.camp} Institute '
        "Admissions</div></div>",
        f'<script id="__NEXT_DATA__" type="application/json">{_json(data)}</script>',
    ]  # fmt: skip


TWENTYFIRST = {f.__name__: f for f in (google_sheets, pdfjs, word_online, youtube, termly,
                                       pandadoc, luma)}  # fmt: skip
