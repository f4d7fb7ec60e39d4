"""A second way of wording a program, for the third held-out set of styles.

Every earlier style shares :class:`pagegen.Kit`'s sentences, so rules tuned on them could
have learnt the sentences rather than their meaning. :class:`Voice` says the same facts and
the same kinds of non-facts in other words (other money and date forms, other cues for
deadlines, events and salaries, other guarantee terms), written without looking at how
bootwatch reads the first voice. The re-crawl contract holds: ``Program.wording`` restyles
the terms without new meaning, and the terms state the true window and refund share.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit


class Voice(Kit):
    """The facts of ``kit``'s program in other words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        self.r = random.Random(kit.p.seed * 104729 + 3)

    def money(self, amount: int, form: int = 0) -> str:
        code = self.p.currency
        if form == 1:
            return f"{code} {amount:,}"
        if form == 2:  # a continental grouping with a no-break space
            return f"{amount:,}".replace(",", "\u00a0") + f"\u00a0{SIGNS[code]}"
        if form == 3:
            return f"{SIGNS[code]}{amount:,}.00"
        return f"{SIGNS[code]}{amount:,}"

    @staticmethod
    def day(d: date, form: str = "long") -> str:
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        if form == "ordinal":
            return f"{d:%B} {d.day}{suffix}"
        if form == "weekday":
            return f"{d:%a}, {d:%b} {d.day}"
        if form == "british":
            return f"{d.day}{suffix} {d:%B} {d.year}"
        return Kit.day(d, form)

    def duration(self) -> str:
        low, high = self.p.hours
        per = f"{low}" if low == high else f"{low} to {high}"
        if self.p.hours_total:
            return (f"{self.p.hours_total} hours of instruction over {self.p.weeks} weeks "
                    f"(roughly {per} hours a week)")  # fmt: skip
        return f"A {self.p.weeks}-week program; plan for {per} hours a week"

    def terms(self, g: Guarantee) -> str:
        w = self.p.wording
        apo, the, gap = ("’", "", "  ") if w else ("'", "the ", " ")
        if g.kind == "job_guarantee":
            return (f"If you aren{apo}t hired within {g.window} months after graduation, we "
                    f"return {g.share}% of {the}tuition you paid.{gap}To qualify, attend every "
                    "career coaching session and apply to ten roles a week.")  # fmt: skip
        if g.kind == "money_back":
            word = "refund" if w else "refund,"
            return (f"Change your mind during the first {g.window} days and we give you a "
                    f"full {word} no questions asked.")  # fmt: skip
        return (f"Leave during the first {g.window} weeks of class and {g.share}% of {the}"
                f"tuition is refunded.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Prefer an income share? Pay {pct}% of your salary for {months} months "
                f"after you start a job paying at least {self.money(floor)} a year.")  # fmt: skip

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives`, worded differently, and a few more."""
        p, first = self.p, self.p.starts[0]
        close = first - timedelta(days=self.r.randrange(9, 16))
        return {
            "salary": f"Median first-year pay of our grads: {self.money(68_500)}.",
            "raise": f"On average, alumni earn {self.money(21_000)} more than before.",
            "cta": "Zero upfront. Pay once you're hired.",
            "scholarship": f"Need-based grants cover up to {self.money(2_500)} of tuition.",
            "living": f"Rent near campus averages {self.money(1_450)} a month.",
            "referral": f"Bring a friend: you each get {self.money(250)} when they enroll.",
            "deadline": f"Applications close {self.day(close)}.",
            "early": f"Save {self.money(1_000)} when you apply before "
            f"{self.day(close - timedelta(days=14), 'ordinal')}.",
            "info": f"Webinar: {self.day(TODAY + timedelta(days=8), 'weekday')}, 6 pm.",
            "open_house": f"Campus tour on {self.day(TODAY + timedelta(days=17), 'british')}.",
            "orientation": f"Onboarding week begins {self.day(first - timedelta(days=7))}.",
            "prework": f"Pre-course work unlocks {self.day(first - timedelta(days=21))}.",
            "demo_day": f"Graduation ceremony and hiring fair: "
            f"{self.day(p.ends()[0] + timedelta(days=2))}.",
            "last_day": f"Last day of class: {self.day(p.ends()[0])}.",
            "post": "Published 12 Nov 2024 in News",
            "updated": "Prices valid as of January 5, 2025.",
            "testimonial": "“I was hired three weeks after graduating.” – Sam K., cohort of "
            f"{self.day(date(2024, 6, 3))}",
            "tagline": "The bootcamp with a job guarantee",
            "button": "Get the syllabus",
            "laptop": f"Every student gets a laptop worth {self.money(1_100)}.",
            "copyright": f"Copyright {TODAY.year} {p.camp} Learning Inc.",
        }
