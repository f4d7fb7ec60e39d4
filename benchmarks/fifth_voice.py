"""A fifth way of wording a program, for :mod:`benchmarks.fifth_styles`.

Held out for the fifth set's first look; rules have been tuned on it since, so the
held-out voice is now :mod:`benchmarks.sixth_voice`.

The fourth voice (:mod:`benchmarks.fourth_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is US community
college and workforce-training wording ("Program cost", "Tuition & fees", "Term begins",
"Next session", "Classes start the week of", "clock hours", "WIOA-eligible", "payment plan
of $595/mo for 12 months", a refund schedule, "job placement assistance" beside a real
guarantee) mixed with startup SaaS pricing copy ("Plans from $49/mo", "Save 20% yearly",
"Lifetime access", "$12.5K"), written from how such sites word a program and without
reading bootwatch's rules. Month-first numeric dates (03/10/2025), Drupal- and Moodle-like
date-times, seasons ("Spring 2025 term"), and non-facts of the same kinds as the other
voices' (salaries and ranges, ISA thresholds and caps, Pell Grants and scholarships, cost
of attendance, referral gift cards, employer tuition reimbursement, credit hours, priority
deadlines, info sessions, orientation, commencement, term end dates, post and "last
updated" dates, a testimonial's hire date, taglines and buttons). Same contract as
:class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit

#: A guarantee window in months as the days a US policy counts ("180 days").
DAYS = {6: 180, 9: 270, 12: 365}


class FifthVoice(Kit):
    """The facts of ``kit``'s program in a fifth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 5147 + 43)  # the page's fixed choices, drawn once
        self.gap = r.randrange(8, 16)
        self.median = r.choice([54, 58, 61, 66]) * 1000 + r.choice([0, 400, 750])

    def deadline(self) -> date:
        """The priority application deadline, a week or two before the first start."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def money(self, amount: int, form: int = 0) -> str:
        code, sign = self.p.currency, SIGNS[self.p.currency]
        if form == 1:  # a registrar's or a CMS decimal field
            return f"{sign}{amount:,}.00"
        if form == 2:  # SaaS hero copy: "$12.5K" (whole hundreds only)
            thousands = f"{amount / 1000:.1f}".removesuffix(".0")
            return f"{sign}{thousands}K"
        if form == 3:  # with the code after, as checkout pages print it
            return f"{sign}{amount:,} {code}"
        if form == 4:  # Moodle's enrolment-fee plugin: the code first, two decimals
            return f"{code} {amount:.2f}"
        return f"{sign}{amount:,}"

    @staticmethod
    def day(d: date, form: str = "long") -> str:
        if form == "us":  # month first, as US forms print it
            return f"{d:%m/%d/%Y}"
        if form == "iso":
            return d.isoformat()
        if form == "weekday":  # "Mon, Mar 10": no year, as widgets print it
            return f"{d:%a}, {d:%b} {d.day}"
        if form == "abbr":
            return f"{d:%b} {d.day}, {d.year}"
        if form == "drupal":  # Drupal's default medium date format
            return f"{d:%a}, {d:%m/%d/%Y} - 09:00"
        if form == "moodle":  # Moodle's strftimedaydate
            return f"{d:%A}, {d.day} {d:%B} {d.year}"
        return f"{d:%B} {d.day}, {d.year}"

    @staticmethod
    def season(d: date) -> str:
        """The term a start falls in, as colleges name cohorts ("Spring 2025")."""
        name = "Spring" if d.month <= 5 else "Summer" if d.month <= 7 else "Fall"
        return f"{name} {d.year}"

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def pace(self) -> str:
        return "Full-time" if self.p.hours[0] >= 40 else "Part-time"

    def duration(self) -> str:
        weeks, total = self.p.weeks, self.p.hours_total
        if total:
            return f"{weeks} weeks · {total} clock hours · {self.per_week()} hrs/week"
        return f"{weeks} weeks · {self.per_week()} hrs/week ({self.pace().lower()})"

    def plan(self) -> str | None:
        """The payment plan as a college's bursar words it, with its number of payments."""
        if not self.p.monthly:
            return None
        count = round(self.p.upfront / self.p.monthly)
        return f"payment plan of {self.money(self.p.monthly)}/mo for {count} months"

    def terms(self, g: Guarantee) -> str:
        w = self.p.wording
        if g.kind == "job_guarantee":
            days = DAYS.get(g.window, g.window * 30)
            if w:
                return (f"If you don't get a job within {days} days ({g.window} months) of "
                        f"graduating, we'll refund {g.share}% of your tuition — to qualify, "
                        "complete every career-services milestone and apply to 8+ jobs a "
                        "week.")  # fmt: skip
            return (f"If you don't get a job within {days} days ({g.window} months) of "
                    f"graduating, we refund {g.share}% of your tuition. To qualify, complete "
                    "every career-services milestone and apply to at least 8 jobs a week."
                    )  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Try it for {g.window} days — if it's not the right fit, withdraw "
                        f"before day {g.window} and we'll refund all the tuition you paid."
                        )  # fmt: skip
            return (f"Try it for {g.window} days. If it's not the right fit, withdraw before "
                    f"day {g.window} and get a full refund of the tuition you paid.")  # fmt: skip
        if w:
            return (f"Refund schedule — drop before the term begins: 100% refund. Withdraw "
                    f"within the first {g.window} weeks of classes: {g.share}% refund. After "
                    "that: no refund.")  # fmt: skip
        return (f"Tuition refund schedule: 100% refund if you drop before the term begins; "
                f"{g.share}% refund if you withdraw within the first {g.window} weeks of "
                "classes; no refund after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (
            f"Income Share Agreement (ISA): $0 upfront, then {pct}% of your income for "
            f"{months} months once you earn {self.money(floor)}+ a year. Payments are capped "
            "at 1.5x tuition."
        )

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a fifth set of words."""
        p, first = self.p, self.p.starts[0]
        sign = SIGNS[p.currency]
        deadline, median = self.deadline(), self.median
        return {
            "salary": f"Median starting salary of graduates: {self.money(median)} (2024 "
            "outcomes report).",
            "salary_range": f"Entry-level roles in the region pay {sign}48,000 to "
            f"{sign}65,000 a year.",
            "raise": f"Completers see wage gains of {self.money(14_200)} on average.",
            "cta": "No application fee. Apply in 10 minutes.",
            "scholarship": f"Foundation scholarships of up to {self.money(2_000)}, plus Pell "
            "Grants and other financial aid for those who qualify.",
            "wioa": "WIOA-eligible: your local American Job Center may cover tuition.",
            "living": f"Estimated cost of attendance adds about {self.money(1_450)}/month for "
            "housing and transportation.",
            "reimbursement": "Ask your employer about tuition reimbursement: many cover up to "
            f"{self.money(5_250)} a year.",
            "referral": f"Refer a friend and you both get a {self.money(250)} gift card.",
            "prep": f"Not ready yet? Self-paced prep plans from {sign}49/mo. Save 20% "
            "yearly, with lifetime access.",
            "placement": "Job placement assistance, résumé reviews and mock interviews for "
            "every graduate.",
            "credits": "Earn 12 credit hours toward an A.A.S. in Computer Information Systems.",
            "capstone": "The last 4 weeks are a capstone project with a local employer.",
            "deadline": f"Priority application deadline: {self.day(deadline)}.",
            "early": f"Register by {self.day(deadline - timedelta(days=10), 'us')} and save "
            f"{self.money(500)}.",
            "info": f"Virtual info session: {self.day(TODAY + timedelta(days=6), 'weekday')} "
            "at 6:00 PM ET.",
            "open_house": f"Campus open house on {self.day(TODAY + timedelta(days=12), 'abbr')}"
            ", 10 AM–2 PM.",
            "orientation": "New student orientation is "
            f"{self.day(first - timedelta(days=3), 'us')}.",
            "graduation": "Commencement and employer demo day: "
            f"{self.day(p.ends()[0] + timedelta(days=1))}.",
            "ends": f"The {self.season(first)} term ends {self.day(p.ends()[0], 'us')}.",
            "waitlist": "Spring 2027 cohort: join the waitlist, dates to be announced.",
            "post": f"Posted {self.day(date(2024, 11, 12), 'abbr')} in Program News",
            "updated": f"Last updated {self.day(date(2025, 1, 7), 'us')}",
            "testimonial": "“I got hired two weeks after graduating.” — Jasmine T., Fall 2024 "
            f"cohort, hired {self.day(date(2024, 10, 14), 'us')}",
            "tagline": "America's Job-Guaranteed Tech Program",
            "button": "Request info",
            "phone": "Call (555) 014-2231, Mon–Fri 8 AM–5 PM CT",
            "copyright": f"© {TODAY.year} {p.camp} Community College District. An equal "
            "opportunity institution.",
        }
