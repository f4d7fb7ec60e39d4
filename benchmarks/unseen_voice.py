"""A third way of wording a program, for the unseen styles (:mod:`benchmarks.unseen_styles`).

Written before any rule was changed for the second voice (:mod:`benchmarks.voice`) and
held out for the unseen styles' first look; rules have been tuned on it since, so the
held-out voice is now :mod:`benchmarks.fourth_voice`. Same contract as :class:`pagegen.Kit`.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit


class UnseenVoice(Kit):
    """The facts of ``kit``'s program in a third set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:
        self.p, self.noise = kit.p, kit.noise
        self.r = random.Random(kit.p.seed * 7877 + 11)

    def money(self, amount: int, form: int = 0) -> str:
        code, sign = self.p.currency, SIGNS[self.p.currency]
        if form == 1:
            return f"{sign}{amount:,} {code}"
        if form == 2 and code == "EUR":
            return f"€ {amount:,}".replace(",", ".")
        if form == 3 and code == "USD":
            return f"US${amount:,}"
        return f"{sign}{amount:,}"

    @staticmethod
    def day(d: date, form: str = "long") -> str:
        if form == "abbr":
            return f"{d.day} {d:%b} {d.year}"
        if form == "full":
            return f"{d:%A}, {d.day} {d:%B} {d.year}"
        if form == "dot":
            return f"{d:%b}. {d.day}"
        return Kit.day(d, form)

    def duration(self) -> str:
        low, high = self.p.hours
        per = f"{low}" if low == high else f"{low}–{high}"
        total = f" / {self.p.hours_total} hours" if self.p.hours_total else ""
        pace = "Full-time" if low >= 35 else "Part-time"
        return f"{self.p.weeks} weeks{total} · {pace} ({per} hrs/week)"

    def terms(self, g: Guarantee) -> str:
        w = self.p.wording
        the, dash = ("", "—") if w else ("the ", " - ")
        if g.kind == "job_guarantee":
            return (f"Get a job offer in your field within {g.window} months of finishing"
                    f"{dash}or we pay back {g.share}% of {the}tuition. Requires completing "
                    "all career milestones.")  # fmt: skip
        if g.kind == "money_back":
            return (f"Not satisfied after {g.window} days? Ask for a refund and get every "
                    f"{'cent' if w else 'penny'} back.")  # fmt: skip
        return f"Withdrawals in the first {g.window} weeks receive a {g.share}% tuition refund."

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"ISA option: {pct}% of income for {months} months, owed only above "
                f"{self.money(floor)} a year.")  # fmt: skip

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a third set of words."""
        p, first = self.p, self.p.starts[0]
        close = first - timedelta(days=self.r.randrange(8, 13))
        return {
            "salary": f"Graduates land roles paying {SIGNS[p.currency]}70k+.",
            "raise": f"Typical salary uplift: +{self.money(19_000)}.",
            "cta": "Get hired or your money back.",
            "scholarship": f"Women in Tech award: up to {self.money(4_000)} off.",
            "living": f"Housing from {self.money(900)}/month in partner residences.",
            "referral": f"Referral reward: {self.money(300)}.",
            "deadline": f"Apply by {close.day} {close:%B}.",
            "early": f"Priority deadline {self.day(close - timedelta(days=20), 'abbr')}.",
            "info": f"Coffee & code meetup, {self.day(TODAY + timedelta(days=9), 'full')}.",
            "open_house": f"Open day: {self.day(TODAY + timedelta(days=12), 'abbr')}.",
            "orientation": f"Welcome evening on {self.day(first - timedelta(days=2), 'abbr')}.",
            "showcase": "Final project showcase on "
            f"{self.day(p.ends()[0] + timedelta(days=1), 'abbr')}.",
            "ends": f"Course ends on {self.day(p.ends()[0], 'abbr')}.",
            "post": "By Dana Ortiz · 4 min read · Nov 12, 2024",
            "updated": "Last reviewed 5 January 2025",
            "testimonial": "“Worth every minute.” — Priya, alumni story posted "
            f"{self.day(date(2024, 8, 23), 'abbr')}",
            "tagline": "Job Guarantee Bootcamp",
            "button": "Book a call",
            "copyright": f"© {p.camp} {TODAY.year}",
        }
