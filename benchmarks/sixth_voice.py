"""A sixth way of wording a program, for :mod:`benchmarks.sixth_styles`.

Held out for the sixth set's first look; rules are tuned on it since, so the held-out
voice is now :mod:`benchmarks.seventh_voice`.

The fifth voice (:mod:`benchmarks.fifth_voice`) is being tuned on, so its figures no longer
say how bootwatch reads words nobody wrote rules for. This voice is Indian, Singaporean and
Canadian edtech and continuing-education wording, written from how such sites word a
programme and without reading bootwatch's rules: "Programme fee", "Course fee (incl. GST)",
rupees in lakh grouping ("₹2,45,000", "Rs. 2,45,000/-", "INR 2,45,000", "₹2.45 Lakh"),
"S$", "SGD", "CA$" and "$14,500 CAD", "No-cost EMI from ₹10,210/month", "Batch starts",
"Intake", "Weekend batch", "commitment of 8-10 hrs/week", day-first dates with hyphens
(10-02-2025), "placement assistance" beside a real placement guarantee, "100% fee refund
if ...". Its non-facts are of the same kinds as the other voices': CTC in LPA and monthly
Singapore pay, salary hikes in percent, income thresholds for extra scholarships, merit and
women-in-tech scholarships, GST and HST lines with registration numbers, SkillsFuture and
OSAP funding, EMI partners, refer-and-earn vouchers, "last date to apply", masterclasses
and demo classes, orientation, convocation, batch end dates, placement support windows,
post and "last updated" dates, a testimonial's placement date, company numbers, taglines
and buttons.

Rupee programmes cost twenty times the generator's amounts (₹1,20,000 to ₹3,98,000), as
Indian bootcamps do; :func:`sixth_program` draws them, and the truth follows the program.
Same contract as :class:`pagegen.Kit`: the terms state the true window and refund share,
and ``Program.wording`` restyles them without new meaning.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The sixth set's currencies, rupees twice as often, with the sign each prints first.
CURRENCIES = ("INR", "INR", "SGD", "CAD")
PREFIX = {"INR": "₹", "SGD": "S$", "CAD": "CA$", "USD": "US$"}
#: Where each currency's programme is run from: company suffix, phone, sales tax.
LOCALE = {
    "INR": ("EdTech Pvt. Ltd. · CIN U80903KA2019PTC124518", "+91 80 4718 2290",
            "All fees are inclusive of 18% GST. GSTIN: 29AAJCB4821K1ZP."),
    "SGD": ("Academy Pte. Ltd. · UEN 201912345K", "+65 6123 4567",
            "Fees include 9% GST. GST Reg. No. M90-1234567-K."),
    "CAD": ("Learning Inc. · BN 81234 5678 RT0001", "+1 416-555-0134",
            "13% HST is added at checkout for Ontario residents."),
}  # fmt: skip


def sixth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives
    the same program); rupee amounts are scaled so that they read like Indian fees."""
    p = make_program(seed)
    currency = random.Random(seed * 613 + 5).choice(CURRENCIES)
    scale = 20 if currency == "INR" else 1
    return replace(p, currency=currency, upfront=p.upfront * scale,
                   monthly=p.monthly * scale if p.monthly else None)  # fmt: skip


def lakh(amount: int) -> str:
    """Indian digit grouping: 245000 -> "2,45,000" (thousands, then pairs)."""
    digits = str(amount)
    head, tail = digits[:-3], digits[-3:]
    pairs: list[str] = []
    while head:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([*pairs, tail]) if pairs else tail


class SixthVoice(Kit):
    """The facts of ``kit``'s program in a sixth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 3571 + 61)  # the page's fixed choices, drawn once
        self.gap = r.randrange(6, 14)
        self.ctc = r.choice([6.8, 7.2, 8.4, 9.1])

    @property
    def inr(self) -> bool:
        return self.p.currency == "INR"

    def group(self, amount: int) -> str:
        return lakh(amount) if self.inr else f"{amount:,}"

    def money(self, amount: int, form: int = 0) -> str:
        code = self.p.currency
        sign = PREFIX.get(code, SIGNS.get(code, code))
        if form == 1:  # the ISO code first, as invoices and fee tables print it
            return f"{code} {self.group(amount)}"
        if form == 2:  # Indian print copy "Rs. 2,45,000/-"; elsewhere the code after
            if self.inr:
                return f"Rs. {lakh(amount)}/-"
            return f"${amount:,} {code}" if code in ("CAD", "SGD") else f"{sign}{amount:,} {code}"
        if form == 3:  # hero copy in lakhs (exact: rupee fees are whole thousands)
            if self.inr and amount % 1000 == 0:
                lakhs = f"{amount / 100_000:.2f}".rstrip("0").rstrip(".")
                return f"₹{lakhs} Lakh"
            return f"{sign}{amount:,}"
        if form == 4:  # checkout pages: decimals, a space after the sign
            return f"{sign} {self.group(amount)}.00"
        return f"{sign}{self.group(amount)}"

    @staticmethod
    def day(d: date, form: str = "long") -> str:
        if form == "dash":  # day first with hyphens, as Indian forms print it
            return f"{d:%d-%m-%Y}"
        if form == "iso":
            return d.isoformat()
        if form == "ordinal":
            suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(
                d.day % 10, "th")  # fmt: skip
            return f"{d.day}{suffix} {d:%b} {d.year}"
        if form == "weekday":  # "Mon, 10 Feb": no year, as batch widgets print it
            return f"{d:%a}, {d.day} {d:%b}"
        if form == "canada":  # Canadian Press style
            return f"{d:%b}. {d.day}, {d.year}" if d.month != 5 else f"May {d.day}, {d.year}"
        if form == "month":  # an intake's name, never a start by itself
            return f"{d:%B %Y}"
        return f"{d.day} {d:%b} {d.year}"

    def local(self, d: date) -> str:
        """A date as the programme's country prints it in a form or a table: day first
        with hyphens in India, day first in words in Singapore, month first in Canada."""
        form = {"INR": "dash", "SGD": "long"}.get(self.p.currency, "canada")
        return self.day(d, form)

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}-{high}"

    def batch(self) -> str:
        """The batch type, as the programme's country names the pace."""
        if self.p.hours[0] >= 40:
            return "Full-time (Mon–Fri)"
        return "Part-time (evenings & weekends)" if self.p.currency == "CAD" else "Weekend batch"

    def emi(self) -> str:
        """What a monthly plan is called: an EMI in India, instalments in Singapore."""
        return {"INR": "No-cost EMI", "SGD": "Instalment plan"}.get(self.p.currency, "Payment plan")

    def duration(self) -> str:
        weeks, total = self.p.weeks, self.p.hours_total
        live = f", {total} hours of live learning" if total else ""
        return f"{weeks} weeks{live} · commitment of {self.per_week()} hrs/week"

    def plan(self) -> str | None:
        """The EMI, as Indian and Singapore sites word a monthly plan."""
        if not self.p.monthly:
            return None
        months = round(self.p.upfront / self.p.monthly)
        return f"{self.emi()} from {self.money(self.p.monthly)}/month for {months} months"

    def terms(self, g: Guarantee) -> str:
        w = self.p.wording
        fee, gap = ("programme fee", "  ") if w else ("Programme Fee", " ")
        if g.kind == "job_guarantee":
            return (f"Get placed within {g.window} months of course completion or get a "
                    f"{g.share}% refund of your {fee}.{gap}Conditions apply: 90% attendance, "
                    "all assignments submitted and at least 10 job applications a week."
                    )  # fmt: skip
        if g.kind == "money_back":
            return (f"100% fee refund if you withdraw within {g.window} days of the batch "
                    f"start{',' if w else ''} no questions asked.")  # fmt: skip
        return (f"Withdraw within the first {g.window} weeks of the programme and {g.share}% "
                f"of the {fee} is refunded; the registration amount is non-refundable."
                )  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        if self.inr:
            return (f"Income Share Agreement: pay ₹0 upfront, then {pct}% of your monthly "
                    f"salary for {months} months once you are placed at a CTC of "
                    f"₹{floor // 10_000} LPA or more.")  # fmt: skip
        return (f"Income Share Agreement: pay nothing upfront, then {pct}% of your monthly "
                f"salary for {months} months once you earn {self.money(floor)} a year or "
                "more.")  # fmt: skip

    def deadline(self) -> date:
        """The last date to apply, a week or two before the first batch."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a sixth set of words."""
        p, first, end = self.p, self.p.starts[0], self.p.ends()[0]
        company, phone, tax = LOCALE.get(p.currency, LOCALE["CAD"])
        deadline, m = self.deadline(), self.money
        salary = {
            "INR": f"Average CTC of placed learners: ₹{self.ctc} LPA · highest CTC ₹32 LPA.",
            "SGD": "Median starting pay of graduates: S$5,200/month (2024 cohort survey).",
        }.get(p.currency, "Grads report a $70k starting salary on average.")
        funding = {
            "INR": "Eligible learners can apply for education loans from partner banks.",
            "SGD": "Singapore Citizens aged 40 and above may receive up to 90% SkillsFuture "
            f"funding, and can offset up to {m(500)} with SkillsFuture Credit.",
        }.get(p.currency, "Eligible for OSAP and the Canada Training Credit.")
        voucher = m(5_000) if self.inr else m(150)
        return {
            "salary": salary,
            "hike": "Average salary hike of 62% for career switchers.",
            "threshold": "Currently earning under ₹3 LPA? Get an extra 10% scholarship."
            if self.inr
            else f"Earning under {m(30_000)} a year? Get an extra 10% scholarship.",
            "scholarship": "Merit scholarship of up to 30% on the programme fee, and "
            f"{m(25_000) if self.inr else m(1_500)} off for women in tech.",
            "funding": funding,
            "tax": tax,
            "emi_partners": {
                "INR": "EMI partners: Propelld, Eduvanz and Liquiloans; credit card EMI via "
                "Razorpay.",
                "SGD": "Instalments with Atome or Grab PayLater; 0% credit card instalments "
                "with DBS, OCBC and UOB.",
            }.get(p.currency, "Financing partners: Affirm and Climb Credit."),
            "referral": f"Refer & earn: get a {voucher} Amazon voucher for every friend who "
            "enrols.",
            "deadline": f"Last date to apply: {self.day(deadline)}.",
            "early": f"Early-bird offer till {self.local(deadline - timedelta(days=10))}: "
            f"save {m(15_000) if self.inr else m(750)}.",
            "info": f"Free masterclass: {self.day(TODAY + timedelta(days=5), 'weekday')} at "
            "7 PM — register now.",
            "demo_class": "Attend a live demo class on "
            f"{self.day(TODAY + timedelta(days=10), 'ordinal')}.",
            "orientation": f"Orientation session on {self.local(first - timedelta(days=2))}.",
            "convocation": "Convocation and certificate ceremony: "
            f"{self.day(end + timedelta(days=6))}.",
            "ends": f"The {self.day(first, 'month')} batch ends on {self.local(end)}.",
            "waitlist": "July 2026 intake: dates to be announced. Join the waitlist.",
            "support": "Placement assistance for 12 months after course completion, with "
            "500+ hiring partners.",
            "access": "Lifetime access to recordings and 3 years of LMS access.",
            "batch_size": "Batch size: 30 learners, 1 mentor for every 10.",
            "eligibility": "Eligibility: graduates with at least 50% marks; 0-5 years of "
            "experience.",
            "post": f"Blog · {self.day(date(2024, 11, 12))} · 5 min read",
            "updated": f"Page last updated on {self.local(date(2025, 1, 7))}",
            "testimonial": "“Got placed within 3 months of finishing!” — Ananya R., August "
            f"2024 batch, placed {self.local(date(2024, 10, 14))}",
            "tagline": "Job-Guaranteed Programme",
            "button": "Get placed",
            "cta": "Book a free career counselling call",
            "brochure": "Download brochure",
            "phone": f"Call {phone} (10 AM – 7 PM, Mon–Sat)",
            "copyright": f"© {TODAY.year} {p.camp} {company}",
        }
