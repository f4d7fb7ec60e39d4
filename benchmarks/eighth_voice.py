"""An eighth way of wording a program, for :mod:`benchmarks.eighth_styles`.

The seventh voice (:mod:`benchmarks.seventh_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is English-language
bootcamps in Nigeria, South Africa, Kenya, the Philippines, New Zealand and Poland, written
from how such sites word a course and without reading bootwatch's rules: naira as "₦750,000"
and the plain-keyboard "N750,000", rand and złoty with a space between thousands
("R45 000", "12 990 zł"), "KSh 150,000" and "Kshs. 150,000/=", "₱120,000", "NZ$12,500" and a
bare "$12,500" on a New Zealand page; "Cohort 12 resumes 3rd March, 2025", the "March 2025
intake", "Batch 14", "Next edition", slashed day-first, year-first ("2025/03/03") and
dotted dates; "Lipa pole pole" instalments, debit orders, "raty 0%"; a job guarantee that
refunds the tuition "if you don't land a tech job within 6 months of graduation", a money
back "every kobo", a refund schedule for the first weeks. Its non-facts are of the same
kinds as the other voices' and the kinds such pages add: monthly salaries, a commitment
deposit deducted from the fee, a scholarship fund, a monthly data or transport stipend, a
laptop loan, an early-bird saving and its date, the application deadline, the aptitude
test, the webinar and the open day, orientation, the last class and demo day, an industrial
attachment, career support for months, alumni counts and ratings, M-Pesa paybill and bank
numbers, VAT and GST lines with registration numbers, SETA learnerships, TESDA and BUR
funding, post and "last updated" dates, a testimonial's hire month, taglines and buttons.

Amounts are scaled to read like each country's fees (:func:`eighth_program`). Same contract
as :class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the eighth set's first
look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`, and a development program redesigned into the eighth styles
keeps its currency (its own code and sign) with New Zealand's locale lines. One module of
about 310 lines
because every sentence of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The eighth set's currencies, naira twice as often.
CURRENCIES = ("NGN", "NGN", "ZAR", "KES", "PHP", "NZD", "PLN")
SCALE = {"NGN": 75, "ZAR": 5, "KES": 15, "PHP": 10}
ZONES = {"NGN": "Africa/Lagos", "ZAR": "Africa/Johannesburg", "KES": "Africa/Nairobi",
         "PHP": "Asia/Manila", "NZD": "Pacific/Auckland", "PLN": "Europe/Warsaw"}  # fmt: skip
LANG = {"NGN": "en-NG", "ZAR": "en-ZA", "KES": "en-KE", "PHP": "en-PH", "NZD": "en-NZ",
        "PLN": "en-PL"}  # fmt: skip
#: Per currency: the company line, the phone, the tax line, funding, and how people pay.
LOCALE = {
    "NGN": ("Academy Ltd · RC 1584392 · 294 Herbert Macaulay Way, Yaba, Lagos",
            "+234 803 555 0190", "Fees are exclusive of 7.5% VAT.",
            "Scholarship fund: ₦30,000,000 for 60 women in tech, sponsored by our partners.",
            "Pay via Paystack or bank transfer to GTBank 0123456789 (Academy Ltd)."),
    "ZAR": ("Academy (Pty) Ltd · Reg. 2016/123456/07 · B-BBEE Level 2 · Braamfontein, "
            "Johannesburg", "+27 11 555 0190", "All fees include 15% VAT.",
            "MICT SETA learnerships cover the full fee for unemployed youth aged 18–34.",
            "Pay by EFT or debit order; SnapScan accepted on campus."),
    "KES": ("Academy Ltd · PIN P051234567X · Westlands, Nairobi", "+254 712 555 190",
            "Fees are inclusive of 16% VAT.",
            "Partner scholarships cover up to 70% of school fees for bright, needy students.",
            "Pay via M-Pesa Paybill 522522, Account No. 7781234."),
    "PHP": ("Academy Inc. · SEC Reg. CS201912345 · BGC, Taguig City", "+63 2 8555 0190",
            "Prices are VAT-inclusive (12%).",
            "TESDA-accredited: ask about the Training for Work Scholarship Program (TWSP).",
            "Pay via GCash, Maya or BDO bank deposit."),
    "NZD": ("Academy Ltd · NZBN 9429041234567 · NZQA Category 1 · Auckland CBD",
            "+64 9 555 0190", "All prices are in NZD and include GST.",
            "Eligible for Fees Free? Check with StudyLink; a Course-Related Costs loan of up "
            "to $1,000 is also available.", "Pay by credit card, bank transfer or Laybuy."),
    "PLN": ("Academy Sp. z o.o. · NIP 525-123-45-67 · KRS 0000123456 · Warszawa",
            "+48 22 555 01 90", "The price is VAT-exempt (zw.) as vocational training.",
            "Employees can get up to 100% funding from the KFS or BUR (Baza Usług "
            "Rozwojowych).", "Pay by BLIK, bank transfer or PayU instalments."),
}  # fmt: skip
#: What graduates and juniors earn, in each country's words: never a price.
SALARY = {
    "NGN": ("Our graduates earn an average of ₦450,000 per month in their first role.",
            "Entry-level developer salaries in Lagos start around ₦250k monthly."),
    "ZAR": ("Average graduate salary: R28 000 p/m.",
            "Junior devs in Cape Town earn R300k–R420k p.a."),
    "KES": ("Alumni earn KSh 120,000 monthly on average.",
            "Junior roles in Nairobi from KSh 80K per month."),
    "PHP": ("Graduates' average starting salary: ₱45,000/month.",
            "Junior devs in Metro Manila start at ₱35K a month."),
    "NZD": ("Graduates' median starting salary: NZ$68,000.",
            "Junior roles in Auckland pay $60k–$75k."),
    "PLN": ("Average junior salary of our alumni: 8 500 zł gross per month.",
            "B2B junior rates from 9 000 zł net + VAT."),
}  # fmt: skip
FEE = {"NGN": "tuition", "ZAR": "course fee", "KES": "school fees", "PHP": "tuition",
       "NZD": "fees", "PLN": "course price"}  # fmt: skip
CENT = {"NGN": "kobo", "ZAR": "cent", "KES": "shilling", "PHP": "centavo", "NZD": "cent",
        "PLN": "grosz"}  # fmt: skip


def eighth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives
    the same program): amounts scaled to each country's fees, złoty ending in 990 half the
    time."""
    p = make_program(seed)
    r = random.Random(seed * 271 + 3)
    currency = r.choice(CURRENCIES)
    scale = SCALE.get(currency, 1)
    upfront = p.upfront * scale - (10 if currency == "PLN" and r.random() < 0.5 else 0)
    isa = (p.isa[0], p.isa[1], p.isa[2] * scale) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, isa=isa,
                   monthly=p.monthly * scale if p.monthly else None)  # fmt: skip


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class EighthVoice(Kit):
    """The facts of ``kit``'s program in an eighth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 6151 + 7)  # the page's fixed choices, drawn once
        self.gap = r.randrange(9, 18)
        self.cohort = r.randrange(6, 30)  # the number of the next cohort

    @property
    def code(self) -> str:
        """The currency whose locale the page is written in: a development program
        redesigned into this set's styles takes New Zealand's."""
        return self.p.currency if self.p.currency in LOCALE else "NZD"

    @property
    def lang(self) -> str:
        return LANG[self.code]

    @property
    def zone(self) -> str:
        return ZONES[self.code]

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 with decimals (invoices, checkout), 2 with the
        ISO code or the local print form, 3 casual (hero copy, posts)."""
        c, g = self.code, f"{amount:,}"
        s = g.replace(",", " ")
        if c != self.p.currency:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign}{g}.00", f"{code} {g}", f"{g} {code}")[form]
        k = f"{amount // 1000}" if amount % 1000 == 0 else ""
        if c == "NGN":
            return (f"₦{g}", f"₦{g}.00", f"NGN {g}", f"N{g}")[form]
        if c == "ZAR":
            return (f"R{s}", f"R{s}.00", f"ZAR {g}", f"R{k}k" if k else f"R {s}")[form]
        if c == "KES":
            return (f"KSh {g}", f"KES {g}.00", f"Kshs. {g}/=", f"KSh {k}K" if k else f"Ksh{g}")[
                form
            ]
        if c == "PHP":
            return (f"₱{g}", f"₱{g}.00", f"PHP {g}", f"Php {g}")[form]
        if c == "NZD":
            return (f"NZ${g}", f"${g}.00 NZD", f"NZD {g}", f"${g}")[form]
        return (f"{s} zł", f"{s},00 zł", f"PLN {s}", f"{s} zł gross")[form]

    def local(self, d: date, short: bool = False) -> str:
        """A date in words as the school's country prints it; ``short`` drops the year."""
        c, o = self.code, ordinal(d.day)
        if c == "NGN":
            return f"{o} {d:%B}" if short else f"{o} {d:%B}, {d.year}"
        if c == "KES":
            return f"{d:%A} {o} {d:%B}" if short else f"{o} {d:%B} {d.year}"
        if c == "PHP":
            return f"{d:%B} {d.day}" if short else f"{d:%B} {d.day}, {d.year}"
        if c == "NZD":
            return f"{d:%a} {d.day} {d:%b}" if short else f"{d:%A} {d.day} {d:%B} {d.year}"
        return f"{d.day} {d:%B}" if short else f"{d.day} {d:%B %Y}"

    def numeric(self, d: date) -> str:
        """A date in figures as the country's forms print it (the Philippines in words,
        its slashed dates being month-first)."""
        c = self.code
        if c in ("NGN", "KES"):
            return f"{d:%d/%m/%Y}"
        if c == "ZAR":
            return f"{d:%Y/%m/%d}"
        if c == "NZD":
            return f"{d.day}/{d:%m/%Y}"
        if c == "PLN":
            return f"{d:%d.%m.%Y}"
        return f"{d:%b} {d.day}, {d.year}"

    def stamp(self, d: date, hour: int = 9) -> str:
        """``d`` at ``hour`` local time in UTC, as site builders store an event's start
        (New Zealand's mornings fall on the day before)."""
        t = datetime(d.year, d.month, d.day, hour, tzinfo=ZoneInfo(self.zone))
        return t.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def cohort_name(self, i: int, d: date) -> str:
        """A cohort's name as each country's sites call it; some names hold its month."""
        c, n = self.code, self.cohort + i
        return {"NGN": f"Cohort {n}", "KES": f"{d:%B %Y} intake", "ZAR": f"Intake {i + 1}",
                "PHP": f"Batch {n}", "NZD": f"{d:%B} intake",
                "PLN": f"Edition {n}"}[c]  # fmt: skip

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        c, name, day = self.code, self.cohort_name(i, d), self.local(d)
        return {"NGN": f"{name} resumes {day}", "KES": f"{name}: classes begin {day}",
                "ZAR": f"{name}: classes start {day}", "PHP": f"{name} opens on {day}",
                "NZD": f"{name}: starts {day}",
                "PLN": f"{name}: start {day}"}[c]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def mode(self) -> str:
        if self.p.hours[0] >= 40:
            return "full-time, Monday to Friday"
        return "part-time: weekday evenings + Saturdays"

    def duration(self) -> str:
        c, w, h = self.code, self.p.weeks, self.per_week()
        total = f" ({self.p.hours_total} learning hours)" if self.p.hours_total else ""
        return {
            "NGN": f"{w}-week intensive{total}, {h}hrs weekly, {self.mode()}",
            "ZAR": f"{w} weeks{total}, {h} hours p/w, {self.mode()}",
            "KES": f"{w} weeks{total} · commitment of {h} hours per week, {self.mode()}",
            "PHP": f"{w} weeks{total}, {h} hrs/week, {self.mode()}",
            "NZD": f"{w} weeks{total}, around {h} hours a week, {self.mode()}",
            "PLN": f"{w} weeks{total}, {h} h per week, {self.mode()}",
        }[c]

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The monthly plan as each country's price lists word it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly), self.months()
        return {
            "NGN": f"Instalment plan: {m} monthly for {n} months",
            "ZAR": f"or {m} p/m over {n} months (debit order)",
            "KES": f"Lipa pole pole (pay in instalments): {m} per month for {n} months",
            "PHP": f"or {m}/month for {n} months at 0% interest",
            "NZD": f"Payment plan: {m} a month over {n} months",
            "PLN": f"or {n} interest-free instalments (raty 0%) of {m} a month",
        }[self.code]

    def terms(self, g: Guarantee) -> str:
        w, fee = self.p.wording, FEE[self.code]
        if g.kind == "job_guarantee":
            if w:
                return (f"Job guarantee — if you don't land a tech job within {g.window} months "
                        f"of graduation, we refund {g.share}% of your {fee} (conditions: "
                        "attend 90% of classes and apply to 10 roles weekly).")  # fmt: skip
            return (f"Job guarantee: if you don't land a tech job within {g.window} months of "
                    f"graduation, we refund {g.share}% of your {fee}. Conditions: attend 90% "
                    "of classes and apply to 10 roles weekly.")  # fmt: skip
        if g.kind == "money_back":
            sep = " —" if w else ":"
            return (f"{g.window}-day money-back promise{sep} not satisfied? Withdraw within "
                    f"{g.window} days of your start date and get every {CENT[self.code]} "
                    "back.")  # fmt: skip
        sep = ";" if w else "."
        return (
            f"Refund policy: withdraw within the first {g.window} weeks and {g.share}% of "
            f"the {fee} paid is refunded{sep} {'n' if w else 'N'}o refunds after that."
        )

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Learn now, pay later (ISA): pay {pct}% of your monthly income for {months} "
                f"months once you're earning above {self.money(floor)} a year.")  # fmt: skip

    def deadline(self, start: date | None = None) -> date:
        """Applications close a week or two before ``start`` (the first cohort's)."""
        return (start or self.p.starts[0]) - timedelta(days=self.gap)

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in an eighth set of words."""
        p, first, end, m, s = self.p, self.p.starts[0], self.p.ends()[0], self.money, self.scale
        company, phone, tax, funding, pay = LOCALE[self.code]
        salary, junior = SALARY[self.code]
        test = self.deadline() + timedelta(days=3)
        webinar = TODAY + timedelta(days=7)
        local = self.local
        return {
            "salary": salary,
            "junior": junior,
            "deposit": f"Reserve your seat with a {m(600 * s)} commitment fee, deducted from "
            f"your {FEE[self.code]}.",
            "scholarship": f"Up to 50% scholarships for women; {m(2_000 * s)} off for "
            "returning alumni.",
            "stipend": f"Scholars receive a {m(40 * s)} monthly data and transport stipend.",
            "laptop": f"No laptop? Borrow one for a refundable {m(150 * s)} caution fee.",
            "funding": funding,
            "tax": tax,
            "pay": pay,
            "referral": f"Refer a friend and earn {m(200 * s)} when they enrol.",
            "early": f"Early-bird: save {m(500 * s)} when you pay in full by "
            f"{local(self.deadline() - timedelta(days=14))}.",
            "deadline": f"Applications close {local(self.deadline())}.",
            "test": f"Aptitude test (online): {local(test, True)}, 10am.",
            "webinar": f"Free info webinar: {local(webinar)}, 6pm.",
            "open_day": f"Open day on campus: Saturday {local(TODAY + timedelta(days=10))}.",
            "orientation": f"Orientation: {self.numeric(first - timedelta(days=2))}.",
            "ends": f"Last day of classes: {local(end)}.",
            "demo_day": f"Demo day & graduation: {local(end + timedelta(days=4))}.",
            "attachment": "Followed by a 3-month industrial attachment with a partner company.",
            "support": "Career support for 12 months after graduation.",
            "alumni": "Join 5,000+ alumni in 14 countries.",
            "rating": "Rated 4.8/5 from 320 reviews.",
            "post": f"Posted {local(date(2024, 11, 12))} by Admissions",
            "updated": f"Page last updated {self.numeric(date(2025, 1, 6))}",
            "testimonial": "“Three months after graduating I was hired as a backend engineer.” — "
            "Chiamaka O., hired November 2024",
            "tagline": "Get job-ready in weeks, not years",
            "button": "Apply now — it's free",
            "phone": f"Call or WhatsApp {phone} (Mon–Fri 8am–5pm)",
            "copyright": f"© {TODAY.year} {p.camp} {company}. All rights reserved.",
        }

    @property
    def scale(self) -> int:
        return SCALE.get(self.code, 1)
