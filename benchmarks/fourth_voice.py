"""A fourth way of wording a program, for :mod:`benchmarks.fourth_styles`.

Held out for the fourth set's first look; rules have been tuned on it since, so the
held-out voice is now :mod:`benchmarks.fifth_voice`.

The third voice (:mod:`benchmarks.unseen_voice`) has been tuned on since its first look, so
its figures no longer say how bootwatch reads words nobody wrote rules for. This voice is
British and Australian course-catalogue and marketing English, written from how such sites
word a course and without reading bootwatch's rules: "Course fee", "pcm", "Intake",
"Commences", "study load", "contact hours", day-first dates (13/03/2025, 13.03.2025,
"Mon 13 Mar"), ISO codes before amounts, decimals, and non-facts of the same kinds as the
other voices' (salaries and salary ranges, bursaries, accommodation, referral credit,
enrolment deadlines, open evenings, induction, graduation, course end dates, ABN and RTO
numbers, "fortnightly" coaching). Same contract as :class:`pagegen.Kit`: the terms state
the true window and refund share, and ``Program.wording`` restyles them without new meaning.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit


class FourthVoice(Kit):
    """The facts of ``kit``'s program in a fourth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        self.r = random.Random(kit.p.seed * 6133 + 29)

    def money(self, amount: int, form: int = 0) -> str:
        code, sign = self.p.currency, SIGNS[self.p.currency]
        if form == 1:  # the ISO code first, as invoices and catalogues print it
            return f"{code} {amount:,}"
        if form == 2:  # with pence or cents; euros in the continental way
            if code == "EUR":
                return f"{amount:,}.00 €".replace(",", "#").replace(".", ",").replace("#", ".")
            return f"{sign}{amount:,}.00"
        if form == 3:  # Shopify's "£6,950.00 GBP"
            return f"{sign}{amount:,}.00 {code}"
        return f"{sign}{amount:,}"

    @staticmethod
    def day(d: date, form: str = "long") -> str:
        if form == "slash":
            return f"{d:%d/%m/%Y}"
        if form == "dotted":
            return f"{d:%d.%m.%Y}"
        if form == "iso":
            return d.isoformat()
        if form == "weekday":  # "Thu 13 Mar": no year, as newsletters and apps print it
            return f"{d:%a} {d.day} {d:%b}"
        if form == "ordinal":
            suffix = (
                "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            )
            return f"{d.day}{suffix} {d:%B} {d.year}"
        return f"{d.day} {d:%B} {d.year}"

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def duration(self) -> str:
        weeks, total = self.p.weeks, self.p.hours_total
        load = f"study load {self.per_week()} hrs p/w"
        if total:
            return f"{weeks}-week course · {total} contact hours · {load}"
        return f"{weeks}-week course · {load}"

    def terms(self, g: Guarantee) -> str:
        w = self.p.wording
        fee, dash = ("course fee", " – ") if w else ("Course Fee", " - ")
        if g.kind == "job_guarantee":
            return (f"Secure a graduate role within {g.window} months of completing the course"
                    f"{dash}otherwise we'll refund {g.share}% of your {fee}. Eligibility: "
                    "attend every career coaching session and apply for 10 roles a fortnight."
                    )  # fmt: skip
        if g.kind == "money_back":
            return (
                f"If the course isn't right for you, tell us within {g.window} days of "
                f"commencing and we'll refund your {fee} in full."
            )
        return (f"Withdraw before the end of week {g.window} and {g.share}% of the {fee} is "
                f"refunded (the first {g.window} weeks of study).")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (
            f"Income share agreement: nothing upfront, then {pct}% of your salary for "
            f"{months} months once you're earning over {self.money(floor)} p.a."
        )

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a fourth set of words."""
        p, first = self.p, self.p.starts[0]
        sign = SIGNS[p.currency]
        close = first - timedelta(days=self.r.randrange(6, 14))
        median = self.r.choice([38, 41, 44, 47]) * 1000
        return {
            "salary": f"Median graduate salary {self.money(median)} (2024 outcomes report).",
            "salary_range": f"Junior roles are advertised at {sign}32,000–{sign}45,000.",
            "raise": f"On average alumni earn {self.money(12_500)} more within a year.",
            "cta": "Enrol today, pay later.",
            "scholarship": f"Bursaries of up to {self.money(2_500)} for under-represented groups.",
            "living": f"Allow about {self.money(280)} a week for accommodation.",
            "referral": f"Bring a mate: you each get {self.money(250)} credit.",
            "deadline": f"Enrolments close {self.day(close, 'slash')}.",
            "early": f"Early-bird saving of {self.money(400)} until "
            f"{self.day(close - timedelta(days=14), 'dotted')}.",
            "info": f"Online open evening, {self.day(TODAY + timedelta(days=7), 'weekday')}, "
            "6pm AEDT.",
            "open_house": f"Campus tour: {self.day(TODAY + timedelta(days=13), 'iso')}.",
            "orientation": f"Induction day {self.day(first - timedelta(days=4), 'ordinal')}.",
            "graduation": "Graduation and showcase night: "
            f"{self.day(p.ends()[0] + timedelta(days=2), 'dotted')}.",
            "ends": f"The {self.day(first, 'weekday')} intake concludes "
            f"{self.day(p.ends()[0], 'slash')}.",
            "coaching": "One-to-one career coaching every fortnight, for 12 months.",
            "post": f"Published {self.day(date(2024, 11, 12), 'slash')}",
            "updated": f"Page reviewed {self.day(date(2025, 1, 6), 'dotted')}",
            "testimonial": "“Best money I've ever spent.” — Tom R., graduated "
            f"{self.day(date(2024, 8, 23), 'slash')}",
            "tagline": "Career-ready, guaranteed.",
            "button": "Enquire now",
            "phone": "Call 1300 555 012 (Mon–Fri, 9am–5pm)",
            "copyright": f"© {TODAY.year} {p.camp} Academy Pty Ltd · ABN 51 824 753 556 · "
            "RTO 45123",
        }
