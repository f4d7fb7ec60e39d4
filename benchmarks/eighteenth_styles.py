"""The eighteenth set: seven styles in new markup and words (:class:`EighteenthVoice`), for dev.

Written while the rules were being tuned on the seventeenth set
(:mod:`benchmarks.seventeenth_styles`), from how course pages of Central and Southern Asia, the
Andes and Central America look and without reading bootwatch's extraction rules, and held out for
its first look; rules are tuned on it since, so it scores in the dev group (its programs still drawn
by :func:`eighteenth_voice.eighteenth_program`, and a development program redesigned into it keeps
its own currency) and :mod:`benchmarks.twentyfirst_styles` is the held-out set. A MediaWiki article
(the Vector 2022 skin's sidebar table of contents, ``mw-heading`` sections with their ``[edit]``
links, an infobox, a sortable ``wikitable`` of cohorts with ``data-sort-value`` ISO dates, numbered
references, a navbox, the category links and the "last edited" footer), a Jupyter notebook exported
by nbconvert (JupyterLab's ``jp-Cell`` markdown and code cells, ``In [n]:`` prompts over highlighted
Python, printed fee lines in a ``<pre>`` stream output, the cohorts as a pandas ``dataframe`` table,
a stderr warning), a Facebook page (atomic ``x1…`` class soup, the intro card, a pinned post and
further posts of ``div dir="auto"`` lines with emoji and reaction counts that change on every fetch,
an events card), a Blackboard Learn course open to guests (the course menu, breadcrumbs, a content
area of ``liItem`` items whose ``vtbegenerated`` bodies were pasted from a word processor, attached
files, announcements "Posted on:" a date, and the patent numbers in the footer), a Medium article
(``pw-post-body-paragraph`` paragraphs in generated classes, the cohorts in a code block of
``<br>``-broken lines, block and pull quotes, an embedded link card, clap counts), a Discourse topic
as crawlers see it (``crawler-post`` posts in ``DiscussionForumPosting`` microdata, a staff post
whose cohort table carries ``discourse-local-date`` spans showing each class's start in UTC,
``<details>`` for the guarantees, quoted replies) and a Zendesk Guide article (the Copenhagen theme:
breadcrumbs, the section's article list, the article body with a pasted table and a callout, votes
and a comment thread). Fees in som, somoni, manat, afghani, rials (with tomans), kyat, riel and US
dollars, kip, rufiyaa, ngultrum, guaraníes, bolivianos, lempiras and córdobas
(:func:`eighteenth_voice.eighteenth_program`). Same contract as :mod:`benchmarks.page_styles`:
``(head, sections)`` stating every fact and every negative. One module because the seven share the
voice and a few helpers, and are read together as one set (about 670 lines).
"""

from __future__ import annotations

import html
import json
import random
import re
from datetime import timedelta

from eighteenth_voice import ZONE, EighteenthVoice
from page_styles import Page
from pagegen import TODAY, Kit, Program

#: The negatives by where pages put them: (money talk, dates, outcomes, footer).
GROUPS = (
    ("salary", "junior", "funding", "fee", "exam", "pay", "tax", "reference", "deposit",
     "scholarship", "early"),
    ("deadline", "info", "open_house", "prep", "welcome", "holiday", "break", "schedule",
     "ends", "graduation"),
    ("outcome", "support", "credential"),
    ("post", "updated", "testimonial", "phone", "copyright"),
)  # fmt: skip
WORDS = {"price": "Fees and payment", "sessions": "Upcoming cohorts", "promise": "Guarantees",
         "dates": "Important dates", "about": "About the programme",
         "job_guarantee": "Job guarantee", "money_back": "Money-back guarantee",
         "tuition_refund": "Refund policy"}  # fmt: skip
#: Section titles the sites keep beside the English ones, per language.
LOCAL = {
    "ru": ("Стоимость и оплата", "Ближайшие потоки", "Гарантии", "Важные даты", "О программе"),
    "tg": ("Нарх ва пардохт", "Гурӯҳҳои наздик", "Кафолатҳо", "Санаҳои муҳим",
           "Дар бораи барнома"),
    "tk": ("Bahasy we töleg", "Ýakyn toparlar", "Kepillikler", "Möhüm seneler",
           "Maksatnama barada"),
    "prs": ("فیس و پرداخت", "دوره‌های آینده", "تضمین‌ها", "تاریخ‌های مهم", "درباره برنامه"),
    "fa": ("شهریه و پرداخت", "دوره‌های پیش رو", "تضمین‌ها", "تاریخ‌های مهم", "درباره دوره"),
    "my": ("သင်တန်းကြေးနှင့် ငွေပေးချေမှု", "လာမည့် သင်တန်းများ", "အာမခံချက်များ",
           "အရေးကြီးသော ရက်စွဲများ", "သင်တန်းအကြောင်း"),
    "km": ("តម្លៃ និងការបង់ប្រាក់", "វគ្គបន្ទាប់", "ការធានា", "កាលបរិច្ឆេទសំខាន់ៗ",
           "អំពីកម្មវិធី"),
    "lo": ("ຄ່າຮຽນ ແລະ ການຈ່າຍ", "ຮຸ່ນຕໍ່ໄປ", "ການຮັບປະກັນ", "ວັນທີສຳຄັນ", "ກ່ຽວກັບຫຼັກສູດ"),
    "dv": ("ފީ", "އަންނަ ބެޗްތައް", "ގެރެންޓީ", "މުހިންމު ތާރީޚުތައް", "ޕްރޮގްރާމް"),
    "es": ("Inversión y pagos", "Próximas cohortes", "Garantías", "Fechas importantes",
           "Sobre el programa"),
}  # fmt: skip
TONGUE = {"kg": "ru", "tj": "tg", "tm": "tk", "af": "prs", "ir": "fa", "mm": "my", "kh": "km",
          "la": "lo", "mv": "dv", "bt": "", "py": "es", "bo": "es", "hn": "es",
          "ni": "es"}  # fmt: skip


def _voice(k: Kit) -> tuple[EighteenthVoice, dict[str, str], dict[str, str], list[list[str]]]:
    """The voice, its negatives, its section titles and its negatives grouped."""
    v = EighteenthVoice(k)
    n = v.negatives()
    tongue = TONGUE[v.kind]
    local = dict(zip(("price", "sessions", "promise", "dates", "about"), LOCAL[tongue],
                     strict=True)) if tongue else {}  # fmt: skip
    w = {key: f"{local[key]} · {t}" if key in local else t for key, t in WORDS.items()}
    return v, n, w, [[n[x] for x in g] for g in GROUPS]


def _fees(v: EighteenthVoice) -> list[str]:
    """The fee, the plan and the income share, the lines every style states."""
    return [x for x in (v.fee_line(), v.plan(), v.isa()) if x]


def _starts(v: EighteenthVoice) -> list[str]:
    return [v.starts_line(i, s) for i, s in enumerate(v.p.starts)]


def _terms(v: EighteenthVoice, w: dict[str, str]) -> list[tuple[str, str]]:
    return [(w[g.kind], v.terms(g)) for g in v.p.guarantees]


def _ps(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{x}</p>" for x in items)


def _lis(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<li{attr}>{x}</li>" for x in items)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def mediawiki(p: Program, k: Kit) -> Page:
    """A MediaWiki article in the Vector 2022 skin: the sidebar table of contents,
    ``mw-heading`` sections with ``[edit]`` links, an infobox, a sortable ``wikitable`` of
    cohorts with ISO ``data-sort-value`` cells, numbered references, a navbox, the category
    links and the "last edited" footer, and the page's ``RLCONF`` in the head."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    title = p.name.replace(" ", "_")
    heads = [("Programme", w["about"]), ("Fees", w["price"]), ("Cohorts", w["sessions"]),
             *([("Guarantees", w["promise"])] if p.guarantees else []),
             ("Key_dates", w["dates"]), ("Outcomes", "Outcomes"), ("References", "References"),
             ("External_links", "External links")]  # fmt: skip

    def heading(anchor: str, text: str, level: int = 2, section: int = 1) -> str:
        return (f'<div class="mw-heading mw-heading{level}"><h{level} id="{anchor}">{text}'
                f'</h{level}><span class="mw-editsection"><span class="mw-editsection-bracket">'
                f'[</span><a href="/w/index.php?title={title}&amp;action=edit&amp;section='
                f'{section}" title="Edit section: {anchor}"><span>edit</span></a><span class="'
                'mw-editsection-bracket">]</span></span></div>')  # fmt: skip

    def ref(i: int) -> str:
        return (
            f'<sup id="cite_ref-{i}" class="reference"><a href="#cite_note-{i}"><span '
            f'class="cite-bracket">[</span>{i}<span class="cite-bracket">]</span></a></sup>'
        )

    toc = "".join(f'<li id="toc-{a}" class="vector-toc-list-item vector-toc-level-1"><a class="'
                  f'vector-toc-link" href="#{a}"><div class="vector-toc-text"><span class="vector-'
                  f'toc-numb">{i}</span><span>{t}</span></div></a></li>'
                  for i, (a, t) in enumerate(heads, 1))  # fmt: skip
    rows = "".join(f'<tr><td>{v.cohort_name(i, s)}</td><td data-sort-value="{s.isoformat()}">'
                   f"{v.long(s)}</td><td>{v.native_day(s)}</td></tr>"
                   for i, s in enumerate(p.starts))  # fmt: skip
    infobox = (
        f'<table class="infobox vcard"><caption class="infobox-title fn org">{p.name}'
        f'</caption><tbody><tr><td colspan="2" class="infobox-image"><span typeof="mw:File">'
        f'<img src="/w/images/thumb/{p.seed}/Campus.jpg/220px-Campus.jpg" width="220" '
        f'height="147"></span><div class="infobox-caption">{n["tagline"]}</div></td></tr>'
        f'<tr><th scope="row" class="infobox-label">Type</th><td class="infobox-data">'
        f'Coding bootcamp</td></tr><tr><th scope="row" class="infobox-label">Location</th>'
        f'<td class="infobox-data">{v.city}</td></tr><tr><th scope="row" class="infobox-'
        f'label">Tuition</th><td class="infobox-data">{v.money(p.upfront)}{ref(1)}</td>'
        f'</tr><tr><th scope="row" class="infobox-label">Length</th><td class="infobox-'
        f'data">{p.weeks} weeks</td></tr><tr><th scope="row" class="infobox-label">Website'
        f'</th><td class="infobox-data"><a class="external text" href="https://'
        f'{p.camp.lower()}.academy">{p.camp.lower()}.academy</a></td></tr></tbody></table>'
    )
    terms = "".join(heading(_slug(t), t, 3, 4) + f"<p>{x}</p>" for t, x in _terms(v, w))
    rev = 1_200_000 + p.seed * 37
    return ['<script>document.documentElement.className="client-js vector-feature-toc-pinned-'
            'clientpref-1";RLCONF={"wgBreakFrames":false,"wgDefaultDateFormat":"dmy",'
            f'"wgPageName":"{title}","wgTitle":"{p.name}","wgCurRevisionId":{rev},'
            f'"wgRevisionId":{rev},"wgArticleId":{3_000 + p.seed},"wgIsArticle":true,'
            f'"wgUserName":null,"wgRequestId":"{k.token()}","wgPageContentLanguage":"en",'
            f'"wgBackendResponseTime":{k.noise.randint(90, 900)}}};</script>'
            '<meta name="generator" content="MediaWiki 1.43.0">'], [
        '<div class="vector-column-start"><nav id="vector-toc" class="vector-toc" aria-label="'
        'Contents"><div class="vector-toc-pinnable-header"><h2 class="vector-pinnable-header-'
        'label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">'
        f'<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="'
        f'#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>{toc}</ul>'
        '</nav></div><main id="content" class="mw-body"><header class="mw-body-header vector-'
        'page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class'
        f'="mw-page-title-main">{p.name}</span></h1></header><div id="bodyContent" class="vector-'
        f'body"><div id="siteSub" class="noprint">From {p.camp}Wiki, the academy\'s wiki</div>'
        '<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-'
        f'output" lang="en" dir="ltr">{infobox}<p>The <b>{p.name}</b> is a bootcamp run by '
        f"{p.camp} Academy in {v.city}.{ref(2)} {v.hero()}</p>"
        f'<p><a rel="nofollow" class="external text" href="https://{p.camp.lower()}.academy/'
        f'apply">{n["button"]}</a></p>'
        + heading("Programme", w["about"]) + _ps([v.duration()]),
        heading("Fees", w["price"], section=2) + _ps(_fees(v)) + f"<ul>{_lis(money)}</ul>",
        heading("Cohorts", w["sessions"], section=3) + '<table class="wikitable sortable"><'
        f"tbody><tr><th>Cohort</th><th>Start</th><th>Local date</th></tr>{rows}</tbody></table>",
        (heading("Guarantees", w["promise"], section=4) + terms) if p.guarantees else "",
        heading("Key_dates", w["dates"], section=5) + f"<ul>{_lis(dates)}</ul>",
        heading("Outcomes", "Outcomes", section=6) + _ps(perks)
        + f'<blockquote class="templatequote"><p>{foot[2]}</p></blockquote>',
        heading("References", "References", section=7) + '<div class="reflist"><div class="mw-'
        'references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-'
        'backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text"><cite '
        f'class="citation web cs1">"Fees and dates". {p.camp} Academy. {foot[0]}.</cite></span>'
        '</li><li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a>'
        f'</b></span> <span class="reference-text">"About us". {p.camp} Academy.</span></li></ol>'
        "</div></div>"
        + heading("External_links", "External links", section=8) + f"<ul><li>{foot[3]}</li>"
        f'<li><a rel="nofollow" class="external text" href="https://t.me/{p.camp.lower()}">'
        "Telegram channel</a></li></ul>",
        '<div role="navigation" class="navbox" aria-labelledby="Bootcamps"><table class="nowrap'
        'links navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id'
        f'="Bootcamps">Bootcamps in {v.city}</div></th></tr><tr><td class="navbox-list"><ul><li>'
        f"{p.camp} Academy</li><li>Northwind School</li><li>Pixel Lab</li></ul></td></tr></tbody>"
        '</table></div></div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks'
        '" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul><li>'
        f'<a href="/wiki/Category:Bootcamps">Bootcamps</a></li><li><a href="/wiki/Category:'
        f'{p.track.replace(" ", "_")}">{p.track}</a></li></ul></div></div></div></main>',
        '<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">'
        f' {foot[1]}, at 10:12.</li><li id="footer-info-copyright">{foot[4]} Text is available '
        "under the Creative Commons Attribution-ShareAlike 4.0 License.</li></ul></footer>",
    ]  # fmt: skip


def _highlight(source: str) -> str:
    """Python source as Pygments' ``highlight hl-ipython3`` block writes it."""
    token = re.compile(r'(?P<kn>\b(?:import|from)\b)|(?P<k>\b(?:for|in|as)\b)|(?P<nb>\bprint\b)|'
                       r'(?P<s2>"[^"]*")|(?P<n>[A-Za-z_]\w*)|(?P<o>[=.*])|(?P<p>[()\[\],:])|'
                       r"(?P<w>\s+)")  # fmt: skip
    out = []
    for m in token.finditer(source):
        kind, text = m.lastgroup or "w", html.escape(m.group(), quote=False)
        out.append(text if kind == "w" else f'<span class="{kind}">{text}</span>')
    return f'<div class="highlight hl-ipython3"><pre><span></span>{"".join(out)}</pre></div>'


def nbconvert(p: Program, k: Kit) -> Page:
    """A Jupyter notebook exported to HTML by nbconvert's lab template: ``jp-Cell`` markdown
    cells, code cells with ``In [n]:`` prompts over highlighted Python, printed lines in a
    ``<pre>`` stream output, the cohorts as a pandas ``dataframe`` execute result and a stderr
    warning."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = random.Random(p.seed * 31 + 7)
    slug = _slug(p.name)

    def cell_id() -> str:
        return "".join(ids.choice("0123456789abcdef") for _ in range(8))

    def anchor(tag: str, text: str) -> str:
        a = _slug(text) or "section"
        return f'<{tag} id="{a}">{text}<a class="anchor-link" href="#{a}">¶</a></{tag}>'

    def md(body: str) -> str:
        return (f'<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell" id="cell-id={cell_id()}">'
                '<div class="jp-Cell-inputWrapper" tabindex="0"><div class="jp-Collapser jp-Input'
                'Collapser jp-Cell-inputCollapser"></div><div class="jp-InputArea jp-Cell-input'
                'Area"><div class="jp-InputPrompt jp-InputArea-prompt"></div><div class="jp-'
                'RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/'
                f'markdown">{body}</div></div></div></div>')  # fmt: skip

    def code(count: int, source: str, outputs: str = "") -> str:
        out = (f'<div class="jp-Cell-outputWrapper"><div class="jp-Collapser jp-Output'
               f'Collapser jp-Cell-outputCollapser"></div><div class="jp-OutputArea jp-Cell-'
               f'outputArea">{outputs}</div></div>') if outputs else ""  # fmt: skip
        mod = "" if outputs else " jp-mod-noOutputs"
        return (f'<div class="jp-Cell jp-CodeCell jp-Notebook-cell{mod}" id="cell-id={cell_id()}">'
                '<div class="jp-Cell-inputWrapper" tab'
                'index="0"><div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">'
                '</div><div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-'
                f'InputArea-prompt">In\u00a0[{count}]:</div><div class="jp-CodeMirrorEditor jp-'
                'Editor jp-InputArea-editor" data-type="inline"><div class="cm-editor cm-s-'
                f'jupyter">{_highlight(source)}</div></div></div></div>{out}</div>')  # fmt: skip

    def stream(lines: list[str], mime: str = "text/plain") -> str:
        text = html.escape("\n".join(lines), quote=False)
        return ('<div class="jp-OutputArea-child"><div class="jp-OutputPrompt jp-OutputArea-'
                f'prompt"></div><div class="jp-RenderedText jp-OutputArea-output" data-mime-type='
                f'"{mime}" tabindex="0"><pre>{text}\n</pre></div></div>')  # fmt: skip

    cells = "".join(f"<tr><th>{i}</th><td>{v.cohort_name(i, s)}</td><td>{v.long(s)}</td><td>"
                    f"{v.native_day(s)}</td></tr>" for i, s in enumerate(p.starts))  # fmt: skip
    frame = ('<div class="jp-OutputArea-child jp-OutputArea-executeResult"><div class="jp-Output'
             'Prompt jp-OutputArea-prompt">Out[3]:</div><div class="jp-RenderedHTMLCommon jp-'
             'RenderedHTML jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text/'
             'html" tabindex="0"><div><style scoped>.dataframe tbody tr th:only-of-type { vertical-'
             'align: middle; } .dataframe thead th { text-align: right; }</style><table border="1"'
             ' class="dataframe"><thead><tr style="text-align: right;"><th></th><th>cohort</th>'
             f"<th>starts</th><th>local_date</th></tr></thead><tbody>{cells}</tbody></table></div>"
             "</div></div>")  # fmt: skip
    terms = "".join(anchor("h3", t) + f"<p>{x}</p>" for t, x in _terms(v, w))
    warning = (
        f"/opt/conda/lib/python3.11/site-packages/academy/catalogue.py:{40 + p.seed % 50}:"
        " FutureWarning: Series.__getitem__ treating keys as positions is deprecated."
    )
    return ['<meta name="generator" content="nbconvert 7.16.4">'
            '<script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js">'
            "</script><style type=\"text/css\">:root { --jp-cell-prompt-width: 64px; }</style>"
            '<script type="text/x-mathjax-config">MathJax.Hub.Config({tex2jax: {inlineMath: '
            "[['$','$'], ['\\\\(','\\\\)']], processEscapes: true}});</script>"], [
        '<main class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab '
        'Light">'
        + md(anchor("h1", p.name) + _ps([n["tagline"], v.hero()])
             + f'<p><a href="https://{p.camp.lower()}.academy/apply">{n["button"]}</a></p>'),
        md(anchor("h2", w["about"]) + _ps([v.duration(), *perks])),
        code(1, "import pandas as pd\nfrom academy import catalogue")
        + code(2, f'course = catalogue.load("{slug}")\nprint(*course.fees(), sep="\\n")',
               stream(_fees(v))),
        code(3, "course.cohorts()", frame),
        md(anchor("h2", w["promise"]) + terms) if p.guarantees else "",
        code(4, 'for note in course.notes("money"):\n    print(note)',
             stream(money) + stream([warning], "application/vnd.jupyter.stderr")),
        md(anchor("h2", w["dates"]) + f"<ul>{_lis(dates)}</ul>"),
        md("<hr>" + _ps(foot)) + "</main>",
    ]  # fmt: skip


def facebook(p: Program, k: Kit) -> Page:
    """A Facebook page as saved from the browser: atomic ``x…`` class soup, the intro card,
    a pinned post and further posts of ``div dir="auto"`` lines with emoji, their reaction,
    comment and share counts (which change on every fetch), reviews and an events card."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    handle = f"{p.camp.lower()}academy{p.seed}"
    posts = iter(range(1, 20))

    def lines(items: list[str]) -> str:
        return ('<div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs x126k92a">'
                + "".join(f'<div dir="auto" style="text-align: start;">{x}</div>' for x in items)
                + "</div>")  # fmt: skip

    def post(when: str, items: list[str], pinned: bool = False) -> str:
        i = next(posts)
        pin = ('<span class="x1lliihq x6ikm8r x10wlt62 x1n2onr6">📌 Pinned post</span>'
               if pinned else "")  # fmt: skip
        return (f'<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div role="article" aria-pos'
                f'inset="{i}" aria-labelledby=":r{i}9:" aria-describedby=":r{i}a:" class="x1a2a7pz'
                f'">{pin}<h3 class="x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz x1gslohp x1yc453h" id=":r'
                f'{i}9:"><span class="xt0psk2"><a class="x1i10hfl xjbqb8w x1ejq31n" href="https://'
                f'www.facebook.com/{handle}" role="link"><strong><span>{p.camp} Academy</span>'
                '</strong></a></span></h3><span class="x4k7w5x x1h91t0o x1h9r5lt x1jfb8zj xv2umb2">'
                f'<a aria-label="{when}" href="https://www.facebook.com/{handle}/posts/pfbid0'
                f'{p.seed}{i}x" role="link"><span>{when}</span></a></span> · <span class="x1rg5ohu'
                ' x6ikm8r">🌐</span><div data-ad-comet-preview="message" data-ad-preview="message"'
                f' id=":r{i}a:"><div class="x78zum5 xdt5ytf xz62fqu x16ldp7u"><div class="xu06os2 '
                'x1ok221b"><span class="x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq '
                f'x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x" dir="auto">{lines(items)}'
                '</span></div></div></div><div class="x6s0dn4 x78zum5 x1iyjqo2 x2lwn1j"><span '
                f'aria-hidden="true" class="xt0b8zv x1jx94hy">👍❤️ {k.noise.randint(12, 900)}'
                f'</span><span class="x193iq5w">{k.noise.randint(0, 80)} comments</span><span '
                f'class="x193iq5w">{k.noise.randint(0, 40)} shares</span></div></div>'
                "</div>")  # fmt: skip

    taster = TODAY + timedelta(days=12)
    intro = [n["tagline"], "Page · Education", f"📍 {v.city}", foot[3],
             f"🔗 {p.camp.lower()}.academy"]  # fmt: skip
    terms = [x for t, s in _terms(v, w) for x in (f"✅ {t}", s)]
    return ['<meta property="og:site_name" content="Facebook">'
            f'<meta property="og:url" content="https://www.facebook.com/{handle}/">'
            '<script type="application/json" data-sjs>{"require":[["ScheduledServerJS","handle",'
            f'null,[{{"__bbox":{{"define":[["LSD",[],{{"token":"{k.token()}"}},323]]}}}}]]]}}'
            "</script>"], [
        '<div class="x9f619 x1n2onr6 x1ja2u2z" role="main"><div class="x78zum5 xdt5ytf"><div '
        'class="x1e56ztr x1xmf6yo"><h1 class="html-h1 xdj266r x11i5rnm xat24cr x1mh8g0r '
        f'xexx8yu x4uap5 x18d9i69 xkhd6sd x1vvkbs x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz">{p.camp} '
        f'Academy</h1><span class="x193iq5w">{k.noise.randint(2_000, 40_000)} followers · 312 '
        'following</span></div><div class="x1yztbdb"><h2 class="x1heor9g">Intro</h2>'
        f"{lines(intro)}</div>",
        post("12 November 2024", [f"🎓 {p.name}", v.hero(), v.duration(), *_fees(v),
                                  *(f"📅 {x}" for x in _starts(v)),
                                  f"👉 {n['button']}: m.me/{handle}"], pinned=True),
        post("3 December 2024", [f"🛡 {w['promise']}", *terms]) if p.guarantees else "",
        post("6 January 2025", [f"💰 {w['price']}", *money]),
        post("8 January 2025", [f"🗓 {w['dates']}", *dates]),
        post("10 January 2025", [*perks, foot[0], foot[1]]),
        '<div class="x1yztbdb"><h2 class="x1heor9g">Reviews</h2><div class="x78zum5">'
        f'<span>★ Recommends {p.camp} Academy</span>{lines([foot[2]])}</div></div>'
        '<div class="x1yztbdb"><h2 class="x1heor9g">Upcoming events</h2><div class="x78zum5">'
        f'<span class="x1lliihq">{taster:%a, %d %b}</span> <span>Coding taster evening'
        "</span></div></div>",
        f'<div class="x1yztbdb" role="contentinfo">{lines([foot[4]])}<span>Privacy · Terms · '
        "Advertising · Ad Choices · Cookies · More · Meta © 2025</span></div></div></div>",
    ]  # fmt: skip


def blackboard(p: Program, k: Kit) -> Page:
    """A Blackboard Learn (Original) course open to guests: the course menu, breadcrumbs, the
    "Course Information" content area of ``liItem`` items whose ``vtbegenerated`` bodies were
    pasted from a word processor, attached files, the announcements with their "Posted on:"
    stamps and the footer with Blackboard's patent numbers."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    course = 4_000 + p.seed
    items = iter(range(1, 30))
    zone = ZONE[v.kind][0]

    def item(title: str, body: str, files: tuple[str, ...] = ()) -> str:
        cid = f"_{course * 10 + next(items)}_1"
        attach = ("" if not files else '<ul class="attachments clearfix">' + "".join(
            f'<li><img src="/images/ci/ng/cal_year_event.gif" alt="File"><a href="/bbcswebdav/pid'
            f'-{cid}-dt-content-rid-{course}_1/xid-{course}_1" target="_blank">{f}</a></li>'
            for f in files) + "</ul>")  # fmt: skip
        return (
            f'<li id="contentListItem:{cid}" class="clearfix liItem read"><img class="item_'
            'icon" src="/images/ci/sets/set12/document_on.gif" alt="Item"><div class="item '
            f'clearfix" id="{cid}"><h3><span style="color:#000000;">{title}</span></h3></div>'
            f'<div class="details"><div class="vtbegenerated">{body}</div>{attach}</div></li>'
        )

    def word(items_: list[str]) -> str:  # paragraphs pasted from Word keep their class
        return "".join(f'<p class="MsoNormal" style="margin: 0cm 0cm 8pt;"><span style="font-'
                       f'family: Calibri;">{x}</span></p>' for x in items_)  # fmt: skip

    terms = "".join(f"<h4>{t}</h4>{word([x])}" for t, x in _terms(v, w))
    menu = "".join(f'<li class="clearfix"><a href="/webapps/blackboard/content/listContent.jsp?'
                   f'course_id=_{course}_1&amp;content_id=_{course}{i}_1"><span title="{t}">{t}'
                   f"</span></a></li>" for i, t in enumerate(("Announcements", "Course "
                   "Information", "Syllabus", "Discussions", "Contacts")))  # fmt: skip
    return ['<link rel="stylesheet" type="text/css" href="/common/shared.css?v=3900.82.0-rel.45">'
            f"<script type=\"text/javascript\">var courseId = '_{course}_1'; var userLocale = "
            f"'en_GB';</script>"], [
        '<div id="globalNavPageNavArea"><div class="topTabs"><a href="/webapps/portal/execute/'
        'tabs/tabAction?tab_tab_group_id=_1_1">Institution Page</a></div></div><div id="'
        f'navigationPane"><div id="courseMenuPalette"><h3 class="courseTitle">{p.name}</h3><ul id'
        f'="courseMenuPalette_contents" class="courseMenu">{menu}</ul></div></div><div id="'
        'contentPanel"><div id="breadcrumbs"><ol class="clearfix"><li id="crumb_1" class="root '
        f'coursePath"><a href="/webapps/blackboard/execute/launcher?type=Course&amp;id=_{course}'
        f'_1">{p.track} 2025</a></li><li id="crumb_2" class="placeholder">Course Information</li>'
        '</ol></div><div id="pageTitleDiv" class="pageTitle clearfix"><h1 id="pageTitleHeader" '
        'tabindex="-1"><span id="pageTitleText">Course Information</span></h1></div>'
        '<input type="hidden" name="blackboard.platform.security.NonceUtil.nonce" value="'
        f'{k.token()}"><ul id="content_listContainer" class="contentList">'
        + item(f"Welcome to {p.name}", word([n["tagline"], v.hero()])
               + f'<p><a href="https://{p.camp.lower()}.academy/apply">{n["button"]}</a></p>'),
        item(w["about"], word([v.duration(), *perks]), ("Programme handbook 2025.pdf",)),
        item(w["price"], f"<ul>{_lis(_fees(v))}</ul>" + word(money), ("Fee schedule.docx",)),
        item(w["sessions"], f"<ul>{_lis(_starts(v))}</ul>"),
        item(w["promise"], terms) if p.guarantees else "",
        item(w["dates"], word(dates)) + "</ul>",
        '<div class="announcements"><h2>Announcements</h2><ul id="announcementList" class="'
        f'announcementList"><li class="clearfix" id="_{course}1_1"><h3 class="item">Fees and '
        'dates published</h3><div class="details"><p><span>Posted on:</span> Tuesday, 12 '
        f"November 2024 09:14:07 o'clock {zone}</p><div class=\"vtbegenerated\">"
        f"{word([foot[0], foot[1]])}</div></div><div class=\"announcementInfo\"><p><span>Posted "
        "by:</span> Admissions Office</p><p><span>Posted to:</span> "
        f"{p.name}</p></div></li><li class=\"clearfix\" id=\"_{course}2_1\"><h3 class=\"item\">"
        "A word from last year's batch</h3><div class=\"details\"><p><span>Posted on:</span> "
        f"Friday, 3 January 2025 16:02:51 o'clock {zone}</p><div class=\"vtbegenerated\">"
        f"{word([foot[2]])}</div></div></li></ul></div></div>",
        f'<div id="copyright"><p>{foot[3]}</p><p>{foot[4]}</p><p>© 1997-2025 Blackboard Inc. All '
        "Rights Reserved. U.S. Patent No. 7,493,396 and 7,558,853. Additional Patents Pending."
        "</p></div>",
    ]  # fmt: skip


def medium(p: Program, k: Kit) -> Page:
    """A Medium article: the title and subtitle, the author line with the read time and date,
    a clap count that changes on every fetch, ``pw-post-body-paragraph`` paragraphs in
    generated classes, the cohorts in a code block of ``<br>``-broken lines, block and pull
    quotes, an embedded link card, tags and the "Written by" box."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    ids = random.Random(p.seed * 17 + 3)
    handle = f"{p.camp.lower()}-academy"

    def gid() -> str:
        return "".join(ids.choice("0123456789abcdef") for _ in range(4))

    def para(text: str) -> str:
        return (f'<p id="{gid()}" class="pw-post-body-paragraph mv mw gt mx b my mz na nb nc nd '
                f'ne nf ng nh ni nj nk nl nm nn no np nq nr ns fm bk" data-selectable-paragraph="">'
                f"{text}</p>")  # fmt: skip

    def h2(text: str) -> str:
        return (f'<h2 id="{gid()}" class="oa ob gt be oc od oe of og oh oi oj ok ol om on oo op '
                f'oq or bj" data-selectable-paragraph="">{text}</h2>')  # fmt: skip

    def bullets(items: list[str]) -> str:
        return "<ul>" + "".join(f'<li id="{gid()}" class="nt nu gt nv b nw nx ny nz pa pj pk pl '
                                f'bk" data-selectable-paragraph="">{x}</li>'
                                for x in items) + "</ul>"  # fmt: skip

    code = "<br>".join(html.escape(x, quote=False) for x in _starts(v))
    claps = k.noise.randint(40, 999)
    quotes = "".join(f'<blockquote class="pm pn po"><p id="{gid()}" class="pw-post-body-paragraph'
                     f' mv mw gt mx"><strong class="nv ge">{t}</strong></p>{para(x)}</blockquote>'
                     for t, x in _terms(v, w))  # fmt: skip
    return ['<meta property="og:site_name" content="Medium">'
            '<meta property="article:published_time" content="2024-11-12T09:14:03.118Z">'
            f'<meta name="author" content="{p.camp} Academy">'
            '<script>window.__BUILD_ID__="main-20250106-181512-a7f0e63b6c"</script>'], [
        '<article><div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="'
        'speechify-ignore ab cp"><h1 id="title" class="pw-post-title gu gv gw be gx gy gz ha hb '
        f'hc hd he hf" data-testid="storyTitle" data-selectable-paragraph="">{p.name}</h1><h2 '
        'class="pw-subtitle-paragraph hg gv gw be b hh hi hj hk hl hm" data-selectable-'
        f'paragraph="">{n["tagline"]}</h2><div class="ab ip"><a data-testid="authorName" href="/'
        f'@{handle}" rel="noopener follow">{p.camp} Academy</a> · <span data-testid="storyRead'
        'Time">7 min read</span> · <span data-testid="storyPublishDate">Nov 12, 2024</span></div>'
        f'<div class="pw-multi-vote-count l jz ka"><p class="be b dz z dy">{claps}</p></div>'
        "</div>"
        + para(v.hero()) + para(f'<a class="af ou" href="https://{p.camp.lower()}.academy/apply" '
                                f'rel="noopener ugc nofollow">{n["button"]}</a>')
        + h2(w["about"]) + para(v.duration()) + "".join(para(x) for x in perks),
        h2(w["price"]) + bullets(_fees(v)) + "".join(para(x) for x in money),
        h2(w["sessions"]) + '<pre class="rk rl rm rn ro rp rq rr bp rs bb bk"><span id="'
        f'{gid()}" class="rt mh gt rq b bg ru rv l rw rx" data-selectable-paragraph="">{code}'
        "</span></pre>",
        (h2(w["promise"]) + quotes) if p.guarantees else "",
        h2(w["dates"]) + bullets(dates),
        f'<blockquote class="qa qb qc"><p id="{gid()}" class="qd qe gt be qf qg qh qi qj qk ql qm '
        f'qn">{foot[2]}</p></blockquote><div class="sy sz ta tb tc td"><a rel="noopener follow" '
        f'href="https://medium.com/@{handle}/why-we-teach-sql-first-3f2a{p.seed}"><div class="te '
        'ab fk"><h2 class="bf gu kb z ki tf">Why we teach SQL first</h2><h3 class="bf b dz z '
        'dy">A look at our first two weeks.</h3><p class="bf b dz z dy">medium.com</p></div>'
        "</a></div>" + para(foot[0]) + para(foot[1]) + "</div></div></div></article>",
        '<div class="ug uh ui uj"><a href="/tag/bootcamp">Bootcamp</a><a href="/tag/coding">'
        f'Coding</a><a href="/tag/{_slug(v.city)}">{v.city}</a></div><div class="written-by"><h2 '
        f'class="be hh">Written by {p.camp} Academy</h2><p>{k.noise.randint(100, 5_000)} '
        f"followers</p><p>{foot[3]}</p><p>{foot[4]}</p></div>",
    ]  # fmt: skip


def discourse(p: Program, k: Kit) -> Page:
    """A Discourse topic as crawlers see it: the topic title and category badge, posts as
    ``crawler-post`` blocks in ``DiscussionForumPosting`` microdata, a staff post whose cohort
    table carries ``discourse-local-date`` spans showing each class's start in UTC, the
    guarantees in ``<details>``, a quoted question and the answer to it, and the crawler
    footer."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    topic = 900 + p.seed
    slug = _slug(p.name)
    zone = ZONE[v.kind][0]
    clock, utc = v.class_time()

    def anchor(text: str, i: int) -> str:
        a = f"{_slug(text) or 'section'}-{i}"
        return f'<h2><a name="{a}" class="anchor" href="#{a}"></a>{text}</h2>'

    def crawler_post(i: int, user: str, stamp: str, cooked: str) -> str:
        return (f'<div id="post_{i}" itemprop="comment" itemscope itemtype="http://schema.org/'
                f'Comment" class="topic-body crawler-post"><div class="crawler-post-meta"><span '
                'class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
                f'<a itemprop="url" href="/u/{user}"><span itemprop="name">{user}</span></a></span>'
                f'<span class="crawler-post-infos"><time itemprop="datePublished" datetime="'
                f'{stamp}" class="post-time">{stamp[:10]}</time><span itemprop="position">{i}'
                f'</span></span></div><div class="post" itemprop="text">{cooked}</div><div '
                'itemprop="interactionStatistic" itemscope itemtype="http://schema.org/'
                'InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/'
                'LikeAction"><meta itemprop="userInteractionCount" content="'
                f'{k.noise.randint(0, 60)}"></div></div>')  # fmt: skip

    rows = "".join(f'<tr><td>{v.cohort_name(i, s)}</td><td>{v.long(s)}</td><td><span data-date'
                   f'="{s.isoformat()}" data-time="{clock}:00" class="discourse-local-date" data-'
                   f'timezone="{zone}" data-email-preview="{s.isoformat()}{utc} UTC">'
                   f"{s.isoformat()}{utc}</span></td><td>{v.native_day(s)}</td></tr>"
                   for i, s in enumerate(p.starts))  # fmt: skip
    terms = "".join(f"<details><summary>{t}</summary><p>{x}</p></details>"
                    for t, x in _terms(v, w))  # fmt: skip
    question = "Is there any funding for jobseekers, and what else do I pay besides the fee?"
    return ['<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/'
            'discourse version 3.4.0">'
            f'<link rel="canonical" href="https://community.{p.camp.lower()}.academy/t/{slug}/'
            f'{topic}">'
            '<meta property="og:article:published_time" content="2024-11-12T09:14:00+00:00">'
            f'<meta name="csrf-param" content="authenticity_token">'], [
        '<header class="d-header"><a href="/"><img src="/uploads/default/original/1X/logo.png" '
        f'alt="{p.camp} Academy Community" id="site-logo"></a></header><div id="main-outlet" '
        f'class="wrap" role="main"><div id="topic-title"><h1><a href="/t/{slug}/{topic}">'
        f'{p.name}: fees, cohorts and guarantees</a></h1><div class="topic-category" itemscope '
        'itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope '
        'itemtype="http://schema.org/ListItem"><a href="/c/announcements/5" class="badge-wrapper '
        'bullet" itemprop="item"><span class="badge-category-bg" style="background-color: '
        '#0088CC"></span><span class="badge-category clear-badge"><span class="category-name" '
        'itemprop="name">Announcements</span></span></a><meta itemprop="position" content="1">'
        '</span></div></div><div itemscope itemtype="http://schema.org/DiscussionForumPosting">'
        f'<meta itemprop="headline" content="{p.name}"><meta itemprop="datePublished" content="'
        '2024-11-12T09:14:00Z"><meta itemprop="articleSection" content="Announcements">'
        + crawler_post(1, "admissions", "2024-11-12T09:14:00Z",
                       _ps([n["tagline"], v.hero()]) + anchor(w["about"], 1)
                       + _ps([v.duration(), *perks]) + anchor(w["price"], 2)
                       + f"<ul>{_lis(_fees(v))}</ul>" + anchor(w["sessions"], 3)
                       + '<div class="md-table"><table><thead><tr><th>Cohort</th><th>Starts</th>'
                       f"<th>Classes begin</th><th>Local</th></tr></thead><tbody>{rows}</tbody>"
                       "</table></div>" + (anchor(w["promise"], 4) + terms if p.guarantees else "")
                       + f'<p><a href="https://{p.camp.lower()}.academy/apply" rel="noopener '
                       f'nofollow ugc">{n["button"]}</a></p><p><small>{foot[0]} · {foot[1]}'
                       "</small></p>"),
        crawler_post(2, "new_learner", "2024-11-20T17:40:00Z", f"<p>{question}</p>"),
        crawler_post(3, "admissions", "2024-11-21T08:02:00Z",
                     '<aside class="quote no-group" data-username="new_learner" data-post="2" '
                     f'data-topic="{topic}"><div class="title">new_learner:</div><blockquote><p>'
                     f"{question}</p></blockquote></aside><ul>{_lis(money)}</ul>"),
        crawler_post(4, "admissions", "2025-01-06T11:30:00Z",
                     anchor(w["dates"], 5) + f"<ul>{_lis(dates)}</ul>"),
        crawler_post(5, "graduate_2024", "2025-01-09T19:12:00Z", f"<p>{foot[2]}</p>")
        + f'<div class="topic-map"><span>{k.noise.randint(200, 9_000)} views</span></div></div>'
        "</div>",
        '<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a>'
        '</li><li><a href="/categories">Categories</a></li><li><a href="/guidelines">Guidelines'
        f'</a></li></ul></nav><div class="custom-footer"><p>{foot[3]}</p><p>{foot[4]}</p></div>'
        '<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>,'
        " best viewed with JavaScript enabled</p></footer>",
    ]  # fmt: skip


def zendesk(p: Program, k: Kit) -> Page:
    """A Zendesk Guide help-centre article in the Copenhagen theme: the header and search,
    breadcrumbs, the section's article list in the sidebar, the article meta with its
    ``<time>``, a body with a table pasted from a spreadsheet and a callout, the votes (counts
    that change), related articles, a comment thread and the ``HelpCenter`` object."""
    v, n, w, (money, dates, perks, foot) = _voice(k)
    article = 360_000_000_000 + p.seed * 1_000
    base = "/hc/en-us"
    up = k.noise.randint(5, 200)
    cells = "".join(
        f'<tr><td style="width: 40%;">{v.cohort_name(i, s)}</td><td style="width: '
        f'60%;">{v.starts_line(i, s)}</td></tr>'
        for i, s in enumerate(p.starts)
    )
    terms = "".join(f"<h3>{t}</h3><p>{x}</p>" for t, x in _terms(v, w))
    account = json.dumps({"subdomain": f"{p.camp.lower()}academy", "environment": "production"})
    side = "".join(f'<li><a href="{base}/articles/{article + i}" class="sidenav-item">{t}</a></li>'
                   for i, t in enumerate(("How do I pay in instalments?", "Can I switch cohorts?",
                                          "What do I need for the entry test?"), 1))  # fmt: skip
    return [f'<meta content="{p.camp} Academy" name="author">'
            f'<link rel="canonical" href="https://help.{p.camp.lower()}.academy{base}/articles/'
            f'{article}-{_slug(p.name)}">'
            f"<script>window.HelpCenter = {{}}; HelpCenter.account = {account}; "
            f'HelpCenter.user = {{"identifier":"{k.token()}","role":"anonymous"}};</script>'], [
        '<header class="header"><div class="logo"><a title="Home" href="' + base + '"><img src="'
        f'/hc/theming_assets/logo.png" alt="{p.camp} Academy Help Centre home page"></a></div>'
        '<nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li><a class="submit-a-'
        f'request" href="{base}/requests/new">Submit a request</a></li></ul></nav></header>'
        '<main role="main"><div class="container-divider"></div><div class="container"><div '
        'class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs"><li title="'
        f'{p.camp} Academy Help Centre"><a href="{base}">{p.camp} Academy Help Centre</a></li><li '
        f'title="Admissions"><a href="{base}/categories/360001">Admissions</a></li><li title="'
        f'Fees and dates"><a href="{base}/sections/360002">Fees and dates</a></li></ol></nav>'
        f'<form role="search" class="search" action="{base}/search" method="get"><input type="'
        'search" name="query" placeholder="Search"></form></div><div class="article-container" '
        'id="article-container"><aside class="article-sidebar"><div class="collapsible-sidebar">'
        '<h3 class="collapsible-sidebar-title sidenav-title">Articles in this section</h3><ul><li>'
        f'<a href="{base}/articles/{article}" class="sidenav-item current-article">{p.name}</a>'
        f'</li>{side}</ul></div></aside><article id="main-content" class="article"><header class="'
        f'article-header"><h1 title="{p.name}" class="article-title">{p.name}</h1><div class="'
        'article-author"><div class="article-meta"><a href="/hc/en-us/profiles/1">Admissions '
        'team</a><ul class="meta-group"><li class="meta-data"><time datetime="2025-01-06T10:12:'
        '00Z" title="2025-01-06 10:12" data-datetime="relative">6 January 2025 10:12</time></li>'
        '<li class="meta-data">Updated</li></ul></div></div></header><section class="article-'
        f'info"><div class="article-content"><div class="article-body">{_ps([n["tagline"]])}'
        f"{_ps([v.hero()])}<h2>{w['about']}</h2>{_ps([v.duration(), *perks])}",
        f"<h2>{w['price']}</h2><ul>{_lis(_fees(v))}</ul>"
        f'<div class="callout callout--info">{_ps(money[:4])}</div>{_ps(money[4:])}',
        f"<h2>{w['sessions']}</h2><table style=\"border-collapse: collapse; width: 100%;\" border"
        f'="1"><tbody>{cells}</tbody></table>',
        f"<h2>{w['promise']}</h2>{terms}" if p.guarantees else "",
        f"<h2>{w['dates']}</h2><ul>{_lis(dates)}</ul><p><a href=\"https://{p.camp.lower()}."
        f'academy/apply">{n["button"]}</a></p><p class="article-footnote"><em>{foot[0]}. '
        f"{foot[1]}.</em></p></div></div></section>",
        '<footer><div class="article-votes"><h2 class="article-votes-question" id="article-votes'
        '-label">Was this article helpful?</h2><div class="article-votes-controls" role="group">'
        '<button type="button" class="button article-vote article-vote-up" data-helper="vote" '
        f'data-item="article" data-type="up" data-id="{article}" data-upvote-count="{up}" aria-'
        'label="This article was helpful" aria-pressed="false">Yes</button><button type="button" '
        'class="button article-vote article-vote-down" aria-pressed="false">No</button></div>'
        f'<small class="article-votes-count"><span class="article-vote-label">{up} out of '
        f"{up + k.noise.randint(0, 20)} found this helpful</span></small></div><div class=\""
        f'article-more-questions">Have more questions? <a href="{base}/requests/new">Submit a '
        'request</a></div></footer><section class="article-relatives"><section class="related-'
        'articles"><h2 class="related-articles-title">Related articles</h2><ul><li><a href="'
        f'{base}/articles/{article + 7}">Entry test: what to expect</a></li></ul></section>'
        '</section><section class="comment-section"><h2 class="comment-heading">Comments</h2><ul '
        f'class="comment-list"><li id="community_comment_{article + 11}" class="comment"><div '
        'class="comment-info"><div class="comment-meta"><span title="Graduate">Graduate</span>'
        '<time datetime="2024-12-03T08:41:12Z" data-datetime="calendar">3 December 2024 08:41'
        f'</time></div></div><section class="comment-body">{foot[2]}</section></li></ul>'
        "</section></article></div></div></main>",
        f'<footer class="footer"><div class="footer-inner"><p>{foot[3]}</p><p>{foot[4]}</p>'
        '<div class="footer-language-selector">English (GB)</div></div></footer>',
    ]  # fmt: skip


EIGHTEENTH = {f.__name__: f for f in (mediawiki, nbconvert, facebook, blackboard, medium,
                                      discourse, zendesk)}  # fmt: skip
