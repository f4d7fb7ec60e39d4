"""The unseen set: styles and words (:class:`unseen_voice.UnseenVoice`), now for development.

Written before the rules were changed for :mod:`benchmarks.fresh_styles` and held out for
their first look; rules have been tuned on them since, so they score in the dev group and
:mod:`benchmarks.fourth_styles` is the held-out set. A Remix loader state, WordPress
Gutenberg blocks, a Tailwind stats strip with date chips, a table with one column per
cohort, a Ghost blog post announcing the cohorts, and a long article with headings. Same
contract as :mod:`benchmarks.page_styles`: ``(head, sections)`` stating every fact and
every negative.
"""

from __future__ import annotations

import json
from datetime import timedelta

from page_styles import Page
from pagegen import Kit, Program
from unseen_voice import UnseenVoice

TITLES = {"job_guarantee": "Hiring Promise", "money_back": "Satisfaction guarantee",
          "tuition_refund": "Withdrawal policy"}  # fmt: skip


def remix(p: Program, k: Kit) -> Page:
    """Remix: the route's loader data in ``window.__remixContext``, a server-rendered
    summary beside it."""
    v = UnseenVoice(k)
    n = v.negatives()
    low, high = p.hours
    data = {
        "title": p.name, "badge": n["tagline"],
        "cost": {"full": p.upfront, "perMonth": p.monthly, "currencyCode": p.currency,
                 "housingFrom": 900},
        "nextStartDates": [s.isoformat() for s in p.starts],
        "priorityDeadline": (p.starts[0] - timedelta(days=30)).isoformat(),
        "programLength": f"{p.weeks} weeks",
        "weeklyCommitment": f"{low} hours" if low == high else f"{low}-{high} hours",
        "promises": [{"name": TITLES[g.kind], "details": v.terms(g)} for g in p.guarantees],
        "isa": v.isa(),
        "showcase": (p.ends()[0] + timedelta(days=1)).isoformat(),
        "updatedAt": "2025-01-05T10:12:00.000Z",
    }  # fmt: skip
    context = {"state": {"loaderData": {"root": {"csrf": k.token()},
                                        "routes/programs.$slug": {"program": data}}}}  # fmt: skip
    script = f"<script>window.__remixContext = {json.dumps(context)};</script>"
    return [], [
        f"<main><h1>{p.name}</h1><p>{n['tagline']}</p><a>{n['button']}</a></main>",
        f"<section><p>{n['salary']} {n['raise']}</p><p>{n['scholarship']}</p></section>",
        f"<section><p>{n['info']} {n['open_house']}</p></section>",
        script,
        f"<footer>{n['copyright']}</footer>",
    ]  # fmt: skip


def gutenberg(p: Program, k: Kit) -> Page:
    """WordPress block editor: a columns block of prices, a table block of cohorts with a
    caption, a group block per promise."""
    v = UnseenVoice(k)
    n = v.negatives()

    def column(label: str, value: str) -> str:
        return (f'<div class="wp-block-column"><p class="has-small-font-size">{label}</p>'
                f'<p class="has-x-large-font-size"><strong>{value}</strong></p></div>')  # fmt: skip

    cols = column("Pay in full", v.money(p.upfront, 1))
    if p.monthly:
        cols += column("Spread the cost", f"{v.money(p.monthly)} / month")
    rows = "".join(f"<tr><td>{v.day(s, 'abbr')}</td><td>{v.day(e, 'abbr')}</td>"
                   f"<td>{v.day(s - timedelta(days=10), 'abbr')}</td></tr>"
                   for s, e in zip(p.starts, p.ends(), strict=True))  # fmt: skip
    groups = "".join(
        f'<div class="wp-block-group"><h3 class="wp-block-heading">'
        f"{TITLES[g.kind]}</h3><p>{v.terms(g)}</p></div>"
        for g in p.guarantees
    )
    return [], [
        f'<h1 class="wp-block-post-title">{p.name}</h1><p class="has-text-align-center">'
        f"{n['tagline']}</p>",
        f'<div class="wp-block-columns">{cols}</div><p>{v.isa() or ""}</p>'
        f"<p>{n['scholarship']} {n['referral']}</p>",
        '<figure class="wp-block-table"><table><thead><tr><th>Starts</th><th>Ends</th><th>'
        f"Apply before</th></tr></thead><tbody>{rows}</tbody></table><figcaption>"
        f"{n['early']}</figcaption></figure>",
        f'<p class="has-medium-font-size">{v.duration()}</p>',
        groups,
        f"<p>{n['salary']} {n['living']}</p><p>{n['orientation']} {n['showcase']}</p>"
        f'<div class="wp-block-buttons"><a class="wp-block-button__link">{n["button"]}</a>'
        "</div>",
        f"<footer>{n['updated']} {n['copyright']}</footer>",
    ]  # fmt: skip


def tailwind(p: Program, k: Kit) -> Page:
    """A Tailwind UI page: a stats strip of ``<dt>``/``<dd>`` pairs in divs, start dates as
    chips, important dates as other chips."""
    v = UnseenVoice(k)
    n = v.negatives()

    def stat(label: str, value: str) -> str:
        return (f'<div class="flex flex-col gap-y-2"><dt class="text-sm text-gray-600">{label}'
                f'</dt><dd class="text-3xl font-semibold">{value}</dd></div>')  # fmt: skip

    stats = stat("Tuition", v.money(p.upfront, 3)) + stat("Length", f"{p.weeks} weeks")
    stats += stat("Avg. starting salary", f"{v.money(70_000)}")
    if p.monthly:
        stats += stat("Monthly option", f"{v.money(p.monthly)}/mo")
    chips = "".join(f'<span class="rounded-full bg-indigo-50 px-3 py-1">{v.day(s, "dot")}'
                    "</span>" for s in p.starts)  # fmt: skip
    others = "".join(f'<span class="rounded-full bg-gray-50 px-3 py-1">{t}</span>'
                     for t in (n["deadline"], n["open_house"], n["showcase"]))  # fmt: skip
    cards = "".join(f'<div class="rounded-2xl p-6 ring-1"><h3 class="font-semibold">'
                    f"{TITLES[g.kind]}</h3><p class='mt-2 text-sm'>{v.terms(g)}</p></div>"
                    for g in p.guarantees)  # fmt: skip
    return [], [
        f'<div class="mx-auto max-w-7xl"><h1 class="text-4xl">{p.name}</h1>'
        f'<p class="mt-6 text-lg">{n["tagline"]} · {n["cta"]}</p></div>',
        f'<dl class="grid grid-cols-4 gap-8">{stats}</dl>',
        f'<div><h2 class="text-lg">Upcoming start dates</h2><div class="flex gap-2">{chips}'
        f'</div></div><div><h2 class="text-lg">Important dates</h2><div class="flex gap-2">'
        f"{others}</div></div>",
        f'<p class="text-sm">{v.duration()}</p><p>{v.isa() or ""}</p>',
        f'<div class="grid grid-cols-2 gap-4">{cards}</div>',
        f"<p>{n['scholarship']} {n['living']} {n['referral']}</p><p>{n['testimonial']}</p>",
        f'<footer class="text-xs">{n["updated"]} {n["copyright"]}</footer>',
    ]  # fmt: skip


def transposed(p: Program, k: Kit) -> Page:
    """One table column per cohort: start, end, deadline and the (same) tuition per column."""
    v = UnseenVoice(k)
    n = v.negatives()
    seasons = ["Winter", "Spring", "Summer", "Autumn"]
    head = "".join(f"<th>{seasons[(s.month % 12) // 3]} {s.year}</th>" for s in p.starts)

    def row(label: str, cells: list[str]) -> str:
        return f"<tr><th>{label}</th>{''.join(f'<td>{c}</td>' for c in cells)}</tr>"

    body = row("First day", [v.day(s, "abbr") for s in p.starts])
    body += row("Last day", [v.day(e, "abbr") for e in p.ends()])
    body += row("Applications close", [v.day(s - timedelta(days=9), "abbr") for s in p.starts])
    body += row("Tuition", [v.money(p.upfront)] * len(p.starts))
    if p.monthly:
        body += row("Instalments", [f"{v.money(p.monthly)} per month"] * len(p.starts))
    promises = "".join(f"<p><b>{TITLES[g.kind]}.</b> {v.terms(g)}</p>" for g in p.guarantees)
    return [], [
        f"<h1>{p.name}</h1><p>{n['tagline']}</p>",
        f"<table class='intakes'><thead><tr><th></th>{head}</tr></thead><tbody>{body}</tbody>"
        "</table>",
        f"<p>{v.duration()}</p><p>{v.isa() or ''}</p>{promises}",
        f"<p>{n['salary']} {n['raise']} {n['scholarship']} {n['living']}</p>",
        f"<p>{n['info']} {n['orientation']} {n['showcase']}</p><p>{n['testimonial']}</p>",
        f"<footer>{n['referral']} {n['copyright']}</footer>",
    ]  # fmt: skip


def ghost_post(p: Program, k: Kit) -> Page:
    """A Ghost blog post announcing the next cohorts: the post's own date and author line
    above a body that states the facts."""
    v = UnseenVoice(k)
    n = v.negatives()
    first, *rest = p.starts
    later = ", ".join(v.day(s, "abbr") for s in rest)
    dates = f"The next cohort kicks off on {v.day(first, 'full')}"
    dates += f"; later intakes open on {later}." if rest else "."
    plan = f" Monthly payments of {v.money(p.monthly)} are possible." if p.monthly else ""
    promises = " ".join(v.terms(g) for g in p.guarantees)
    return [], [
        '<article class="post"><header class="article-header"><h1 class="article-title">'
        f"Applications open: {p.name}</h1><div class='article-byline-meta'>{n['post']}"
        "</div><time class='byline-meta-date' datetime='2024-11-12'>Nov 12, 2024</time>"
        "</header>",
        f'<section class="gh-content"><p>{dates} {n["deadline"]}</p>',
        f"<p>The full program costs {v.money(p.upfront)}.{plan} {v.isa() or ''}</p>",
        f"<p>It runs {v.duration()}. {n['ends']} {n['showcase']}</p>",
        f"<p>{promises}</p>" if promises else "",
        f"<p>{n['salary']} {n['scholarship']} {n['living']} {n['referral']}</p>"
        f"<p>{n['info']} {n['open_house']}</p></section></article>",
        f"<footer class='site-footer'>{n['copyright']} <a>{n['button']}</a></footer>",
    ]  # fmt: skip


def longform(p: Program, k: Kit) -> Page:
    """A long article with headings and paragraphs only, the facts spread across it."""
    v = UnseenVoice(k)
    n = v.negatives()
    first, *rest = p.starts
    dates = f"Next start: {v.day(first, 'dmy')}."
    if rest:
        tail = " and ".join(v.day(s, "dmy") for s in rest)
        dates += f" After that: {tail}."
    plan = f" If you prefer, pay {v.money(p.monthly, 1)} a month instead." if p.monthly else ""
    return [], [
        f"<h1>{p.name}</h1><p>{n['tagline']}. {n['updated']}.</p>",
        f"<h2>When</h2><p>{dates} {n['deadline']} {n['early']} {n['orientation']}</p>",
        f"<h2>What it costs</h2><p>The total cost is {v.money(p.upfront, 1)}.{plan}</p>"
        f"<p>{n['scholarship']} {n['living']}</p><p>{v.isa() or ''}</p>",
        f"<h2>How much time</h2><p>{v.duration()}. {n['ends']}</p>",
        "<h2>Our promises</h2>" + "".join(f"<p>{v.terms(g)}</p>" for g in p.guarantees)
        if p.guarantees else "",
        f"<h2>After the course</h2><p>{n['showcase']} {n['salary']} {n['raise']}</p>"
        f"<p>{n['testimonial']}</p><p>{n['referral']} {n['info']} {n['open_house']}</p>",
        f"<footer>{n['copyright']} <a>{n['button']}</a> <a>{n['cta']}</a></footer>",
    ]  # fmt: skip


UNSEEN = {f.__name__: f for f in (remix, gutenberg, tailwind, transposed, ghost_post, longform)}
