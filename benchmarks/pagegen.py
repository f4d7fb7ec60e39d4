"""Seeded bootcamp program pages with known truth, for the accuracy benchmark.

A :class:`Program` is the truth (tuition, payment plan, cohorts, duration, guarantees,
income share); a style in :mod:`benchmarks.page_styles` writes it as one kind of page, beside
figures and dates that are *not* facts (:func:`Kit.negatives`: salaries, ISA thresholds,
scholarships, deadlines, info sessions, demo days, post dates, taglines, ...). The styles
were written from how such pages look, not from bootwatch's extractor.

:func:`variants` gives the re-crawls the differ is scored on: noise only (tokens, counters,
times), layout only (another style, or the same sections in another order, or the same
terms in other typography), and one-fact changes (price, a start, the duration, a guarantee
window, a refund share), each with the one field that should change.

It is one module of about 270 lines because the truth, the words that state it and the
re-crawl variants are one model: a variant changes a Program, and Kit words it again.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

#: The day every page is read on: year-less dates ("March 9") mean the next one after it.
TODAY = date(2025, 1, 15)
SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "SGD": "S$", "CAD": "CA$",
         "CHF": "CHF ", "BRL": "R$", "MXN": "MX$", "AUD": "A$", "NGN": "₦", "ZAR": "R",
         "KES": "KSh ", "PHP": "₱", "NZD": "NZ$", "PLN": "PLN ", "AED": "AED ", "SAR": "SAR ",
         "ILS": "₪", "TRY": "₺", "SEK": "SEK ", "NOK": "NOK ", "DKK": "DKK ", "JPY": "¥",
         "MAD": "MAD ", "XOF": "XOF ", "IDR": "Rp", "VND": "VND ", "MYR": "RM",
         "THB": "฿", "CZK": "CZK ", "HUF": "HUF ", "RON": "RON ", "UAH": "₴", "BGN": "BGN ",
         "KRW": "₩", "TWD": "NT$", "HKD": "HK$", "CNY": "CN¥", "ARS": "ARS ", "COP": "COP ",
         "CLP": "CLP ", "PEN": "S/ ", "UYU": "$U ", "PKR": "Rs ", "BDT": "৳",
         "EGP": "E£", "KZT": "₸", "GEL": "₾", "AMD": "֏", "AZN": "₼", "UZS": "UZS ",
         "MNT": "₮", "GHS": "GH₵", "ETB": "ETB ", "TZS": "TSh ", "UGX": "UGX ",
         "RWF": "RWF ", "BWP": "P", "NAD": "N$", "ZMW": "ZMW ", "MWK": "MK", "GTQ": "Q",
         "CRC": "₡", "DOP": "RD$", "JMD": "J$", "TTD": "TT$", "FJD": "FJ$",
         "PGK": "PGK ", "JOD": "JD ", "KWD": "KD ", "BHD": "BD ", "OMR": "OMR ",
         "QAR": "QR ", "LBP": "LBP ", "IQD": "IQD ", "TND": "TND ", "DZD": "DZD ",
         "RSD": "RSD ", "MKD": "MKD ", "BAM": "BAM ", "ALL": "ALL ", "MDL": "MDL ",
         "BYN": "BYN ", "RUB": "₽", "KGS": "KGS ", "TJS": "TJS ", "TMT": "TMT ",
         "AFN": "AFN ", "IRR": "IRR ", "MMK": "MMK ", "KHR": "KHR ", "LAK": "LAK ",
         "MVR": "MVR ", "BTN": "BTN ", "PYG": "PYG ", "BOB": "BOB ", "HNL": "HNL ",
         "NIO": "NIO ", "WST": "WST ", "TOP": "TOP ", "VUV": "VUV ", "SBD": "SBD ",
         "MUR": "MUR ", "SCR": "SCR ", "MGA": "MGA ", "MZN": "MZN ", "AOA": "AOA ",
         "CVE": "CVE ", "HTG": "HTG ", "GYD": "GYD ", "SRD": "SRD ", "BBD": "BBD ",
         "GMD": "GMD ", "SLE": "SLE ", "LRD": "LRD "}  # fmt: skip
CAMPS = ["Forge", "Launch", "Byte", "Summit", "Harbor", "Northwind", "Pixel", "Cascade"]
TRACKS = ["Software Engineering", "Data Science", "UX/UI Design", "Cybersecurity", "Web Dev"]


@dataclass(frozen=True)
class Guarantee:
    """A promise: ``window`` in ``unit`` ("months" or "days"), ``share`` percent refunded."""

    kind: str  # job_guarantee | money_back | tuition_refund
    window: int
    unit: str
    share: int


@dataclass(frozen=True)
class Program:
    """The truth of one page; ``wording`` 1 restyles guarantee terms without new meaning,
    ``hours_total`` None drops the total hours while the weeks hold."""

    seed: int
    camp: str
    track: str
    currency: str
    upfront: int
    monthly: int | None
    starts: tuple[date, ...]
    weeks: int
    hours: tuple[int, int]  # per week, min and max
    hours_total: int | None
    guarantees: tuple[Guarantee, ...]
    isa: tuple[int, int, int] | None  # percent, months, income floor
    wording: int = 0
    end_weeks: int | None = None  # cohorts' length when it is not ``weeks`` (kept on a change)

    @property
    def name(self) -> str:
        return f"{self.camp} {self.track} Bootcamp"

    def ends(self) -> tuple[date, ...]:
        weeks = self.end_weeks or self.weeks
        return tuple(s + timedelta(weeks=weeks, days=-3) for s in self.starts)


def make_program(seed: int) -> Program:
    """A random but plausible program; the same seed gives the same program."""
    r = random.Random(seed)
    upfront = r.randrange(60, 200) * 100
    first = TODAY + timedelta(days=r.randrange(20, 60))
    starts = [first]
    for _ in range(r.randint(1, 3)):
        starts.append(starts[-1] + timedelta(weeks=r.choice([6, 8, 9, 10, 12])))
    weeks = r.choice([12, 14, 15, 16, 20, 24, 26])
    low = r.choice([10, 15, 20, 40])
    hours = (low, low) if r.random() < 0.6 or low == 40 else (low, low + 5)
    guarantees = []
    if r.random() < 0.6:
        guarantees.append(Guarantee("job_guarantee", r.choice([6, 9]), "months", 100))
    if r.random() < 0.4:
        guarantees.append(Guarantee("money_back", r.choice([7, 14, 30]), "days", 100))
    if r.random() < 0.3 and not guarantees:
        guarantees.append(
            Guarantee("tuition_refund", r.choice([2, 3]), "weeks", r.choice([50, 75]))
        )
    isa = (r.choice([10, 12, 15, 17]), r.choice([24, 36, 48]), r.choice([40, 50]) * 1000)
    return Program(
        seed=seed, camp=r.choice(CAMPS), track=r.choice(TRACKS),
        currency=r.choice(["USD", "USD", "USD", "EUR", "GBP"]), upfront=upfront,
        monthly=r.choice([None, round(upfront / r.choice([12, 18, 24]) / 5) * 5]),
        starts=tuple(starts), weeks=weeks, hours=hours,
        hours_total=weeks * hours[0] if r.random() < 0.4 else None,
        guarantees=tuple(guarantees),
        isa=isa if r.random() < 0.35 else None,
    )  # fmt: skip


def truth(p: Program) -> dict:
    """What a perfect extractor reads from any page of ``p``, in comparable form."""
    prices = {(f"{p.upfront}.00", p.currency, "one_time")}
    if p.monthly:
        prices.add((f"{p.monthly}.00", p.currency, "month"))
    return {
        "prices": prices,
        "start_dates": {d.isoformat() for d in p.starts},
        "weeks": p.weeks,
        "hours_per_week": p.hours,
        "guarantees": {g.kind: g for g in p.guarantees},
        "income_share": p.isa[:2] if p.isa else None,
    }


class Kit:
    """What every style shares: money and date wording, noise and the negatives."""

    def __init__(self, p: Program, noise: int) -> None:
        self.p = p
        self.r = random.Random(p.seed * 7919 + 17)  # the page's fixed choices
        self.noise = random.Random(noise)  # what changes on every fetch

    def money(self, amount: int, form: int = 0) -> str:
        sign, code = SIGNS[self.p.currency], self.p.currency
        text = f"{amount:,}"
        if form == 1:
            return f"{text} {code}"
        if form == 2 and code == "EUR":
            return f"{text.replace(',', '.')} €"
        return f"{sign}{text}"

    @staticmethod
    def day(d: date, form: str = "long") -> str:
        if form == "iso":
            return d.isoformat()
        if form == "dmy":
            return f"{d.day} {d:%B %Y}"
        if form == "short":
            return f"{d:%b} {d.day}"
        if form == "noyear":
            return f"{d:%B} {d.day}"
        return f"{d:%B} {d.day}, {d.year}"

    def duration(self) -> str:
        low, high = self.p.hours
        per = f"{low}" if low == high else f"{low}-{high}"
        text = f"{self.p.weeks} weeks, about {per} hours per week"
        if self.p.hours_total:
            text = f"{self.p.weeks} weeks, {self.p.hours_total} hours ({per} hours/week)"
        return text

    def terms(self, g: Guarantee) -> str:
        w = self.p.wording
        the, q = ("", ("“", "”")) if w else ("the ", ('"', '"'))
        if g.kind == "job_guarantee":
            return (f"Land a job within {g.window} months of completing {the}{q[0]}Career "
                    f"Sprint{q[1]} phase,{'  ' if w else ' '}or get {g.share}% of your "
                    f"tuition back. You must apply to at least five jobs a week.")  # fmt: skip
        if g.kind == "money_back":
            verb = "receive" if w else "recieve"
            return (f"Try the first {g.window} days risk-free. If it is not for you, withdraw "
                    f"and {verb} your money back, no questions asked.")  # fmt: skip
        return (f"Withdraw within the first {g.window} weeks and we refund {g.share}% of "
                f"{the}tuition you paid.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Income Share Agreement: pay {pct}% of your monthly income for {months} "
                f"months, only once you earn {self.money(floor)}/year.")  # fmt: skip

    def token(self) -> str:
        return "".join(self.noise.choice("0123456789abcdef") for _ in range(24))

    def noise_html(self) -> str:
        n = self.noise
        return (f'<meta name="csrf-token" content="{self.token()}">'
                f'<script>window.__renderedAt={n.randrange(10**12, 10**13)};'
                f'window.__views={n.randrange(1000, 99999)};</script>')  # fmt: skip

    def seats(self) -> str:
        return f"Hurry: only {self.noise.randint(2, 19)} seats left in the next cohort!"

    def negatives(self) -> dict[str, str]:
        """Sentences holding money and dates that are not tuition, starts or terms."""
        p, first = self.p, self.p.starts[0]
        salary = self.r.choice([62, 68, 72, 81, 94]) * 1000
        deadline = first - timedelta(days=self.r.randrange(7, 15))
        return {
            "salary": f"Graduates report an average starting salary of {self.money(salary)}.",
            "raise": f"Alumni saw an average salary increase of {self.money(23_000)}.",
            "cta": "Pay nothing until you land a job!",
            "scholarship": f"Scholarships of up to {self.money(3_000)} are available for women "
            "and veterans.",
            "living": f"Budget around {self.money(1_200)} per month for living costs in the city.",
            "referral": f"Refer a friend and you both get a {self.money(500)} referral bonus.",
            "deadline": f"Application deadline: {self.day(deadline)}.",
            "early": f"Early-bird pricing ends {self.day(deadline - timedelta(days=10))}.",
            "info": f"Join a free info session on {self.day(TODAY + timedelta(days=6))}.",
            "open_house": f"Open house: Saturday, {self.day(TODAY + timedelta(days=11))}.",
            "orientation": f"Orientation takes place on {self.day(first - timedelta(days=3))}.",
            "demo_day": f"Demo day: {self.day(p.ends()[0] + timedelta(days=1))}, graduation "
            "follows the same evening.",
            "post": f"Posted on {self.day(date(2024, 11, 12))} by the admissions team.",
            "updated": f"Last updated: {self.day(date(2025, 1, 5))}",
            "testimonial": "“The best decision of my career.” — Maria L., Class of "
            f"{self.day(date(2024, 8, 23))}",
            "tagline": "Job-Guaranteed Program",
            "button": "Download Program Guide",
            "copyright": f"© 2014–2025 {p.camp} Academy. All rights reserved.",
        }


@dataclass(frozen=True)
class Variant:
    """A re-crawl of a page: its program and style, and the field that should change."""

    name: str
    program: Program
    style: str
    noise: int
    order: int  # 0: the style's own section order, else a seed to shuffle sections
    expect: frozenset[str]


def variants(p: Program, style: str, others: list[str]) -> list[Variant]:
    """The re-crawls of ``p`` written in ``style``; ``others`` are styles a redesign may use."""
    r = random.Random(p.seed + 1)
    none: frozenset[str] = frozenset()
    out = [
        Variant("noise", p, style, p.seed + 101, 0, none),
        Variant("redesign", p, r.choice(others), p.seed + 102, 0, none),
        Variant("reorder", p, style, p.seed + 103, p.seed + 1, none),
        Variant("price", replace(p, upfront=p.upfront + 500), style, p.seed + 104, 0,
                frozenset({"prices"})),
        Variant("start", replace(p, starts=(p.starts[0] + timedelta(weeks=3), *p.starts[1:])),
                style, p.seed + 105, 0, frozenset({"start_dates"})),
        Variant("duration", replace(p, weeks=p.weeks + 2, end_weeks=p.weeks, hours_total=None),
                style, p.seed + 106, 0, frozenset({"duration"})),
    ]  # fmt: skip
    if p.hours_total:
        out.append(Variant("hours-dropped", replace(p, hours_total=None), style, p.seed + 107,
                           0, none))  # fmt: skip
    if p.guarantees:
        out.append(Variant("wording", replace(p, wording=1), style, p.seed + 108, 0, none))
    timed = [g for g in p.guarantees if g.kind != "money_back"]
    if timed:
        g = timed[0]
        longer = 12 if g.unit == "months" else g.window * 2  # "6 months" -> "12 months"
        window = tuple(replace(x, window=longer) if x == g else x for x in p.guarantees)
        share = tuple(replace(x, share=x.share - 25) if x == g else x for x in p.guarantees)
        out.append(Variant("window", replace(p, guarantees=window), style, p.seed + 109, 0,
                           frozenset({"guarantees"})))  # fmt: skip
        out.append(Variant("share", replace(p, guarantees=share), style, p.seed + 110, 0,
                           frozenset({"guarantees"})))  # fmt: skip
    return out


def build_page(p: Program, style: Callable[[Program, Kit], tuple[list[str], list[str]]],
               noise: int, order: int = 0) -> str:  # fmt: skip
    """One whole page of ``p`` in ``style``: sections shuffled when ``order`` is set."""
    kit = Kit(p, noise)
    head, sections = style(p, kit)
    if order:
        sections = sections[:]
        random.Random(order).shuffle(sections)
    nav = "".join(f"<li><a href='/{t.lower()}'>{t}</a></li>" for t in TRACKS)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{p.name}"
            f"</title>{kit.noise_html()}{''.join(head)}</head><body><nav><ul>{nav}</ul></nav>"
            f"{''.join(sections)}</body></html>")  # fmt: skip
