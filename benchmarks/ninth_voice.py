"""A ninth way of wording a program, for :mod:`benchmarks.ninth_styles`.

The eighth voice (:mod:`benchmarks.eighth_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is English-language
bootcamps in the Gulf (the UAE and Saudi Arabia), Israel, Turkey, Sweden, Norway, Denmark
and Japan, written from how such sites word a course and without reading bootwatch's rules:
"AED 18,500" and "Dhs 18,500", "SAR 14,000" and "SR 14,000" (the riyal's code is one the
tracker may not know), "₪38,000" and "NIS 38,000", "₺95.000" and "95.000 TL" with a dot for
thousands, "45 000 kr" grouped by a no-break space, "kr 45 000,-", Denmark's "45.000 kr."
and "kr. 45.000,-", Sweden's "45 000:-", "¥480,000", "480,000円" and "JPY 480,000". Dates
as those pages print them: "Sunday 2 March 2025", "March 2 (Sun.), 2025", ISO with a week
number ("2025-03-03 (v. 10)"), Danish "2/3-2025", dotted and day-first slashed figures and
Japan's year-first "2025/03/02". Cohorts are "Group 14", "Cycle 14", "14. Term", "VT25",
"Kull 14", "Hold 14" and "Term 14 (第14期)"; instalments are tashlumim, taksit, Klarna's
delbetalning "kr/mån", Danish "pr. md." and 分割払い; the guarantees are a "placement
promise", a "cooling-off guarantee" and a "pro-rata refund". Its non-facts are of the same
kinds as the other voices' and the kinds such pages add: tax-free monthly salaries, a seat
deposit credited against the fee, merit scholarships, government funding (HRDF, Nafis, the
IDF release grant, İŞKUR, CSN, Lånekassen, SU, Japan's training benefit that pays back 70%
of the fee), VAT and TRN, KDV, moms and MVA lines with registration numbers, "split in 4"
with Tabby or Tamara, Swish, Vipps, MobilePay and konbini payments, visa and relocation
help, employer invoicing, Ramadan hours, Pesach, Bayram, sportlov and Golden Week breaks,
the deadline, an early bird, an info session, a campus tour, a coding challenge, the prep
course, a welcome day, final presentations and graduation, career coaching for months,
alumni counts and ratings, post and "updated" dates, a testimonial, taglines and buttons.

Amounts are scaled to read like each country's fees (:func:`ninth_program`). Same contract
as :class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the ninth set's first
look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`, and a development program redesigned into the ninth styles
keeps its currency (its own code and sign) with the UAE's locale lines. One module of about
380 lines
because every sentence of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The ninth set's currencies, dirhams twice as often.
CURRENCIES = ("AED", "AED", "SAR", "ILS", "TRY", "SEK", "NOK", "DKK", "JPY")
SCALE = {"AED": 3, "SAR": 3, "ILS": 3, "TRY": 10, "SEK": 10, "NOK": 10, "DKK": 7, "JPY": 100}
ZONES = {"AED": "Asia/Dubai", "SAR": "Asia/Riyadh", "ILS": "Asia/Jerusalem",
         "TRY": "Europe/Istanbul", "SEK": "Europe/Stockholm", "NOK": "Europe/Oslo",
         "DKK": "Europe/Copenhagen", "JPY": "Asia/Tokyo"}  # fmt: skip
LANG = {"AED": "en-AE", "SAR": "en-SA", "ILS": "en-IL", "TRY": "en-TR", "SEK": "en-SE",
        "NOK": "en-NO", "DKK": "en-DK", "JPY": "en-JP"}  # fmt: skip
#: Per currency: the company line, the phone, the tax line, funding, and how people pay.
LOCALE = {
    "AED": ("Academy FZ-LLC · Licence 94123 · Dubai Knowledge Park", "+971 4 555 0190",
            "All prices exclude 5% VAT. TRN 100234567800003.",
            "UAE nationals: ask about Nafis support for private-sector tech careers.",
            "Pay by card, Apple Pay or bank transfer; split in 4 interest-free with Tabby or "
            "Tamara."),
    "SAR": ("Academy Co. · CR 1010654321 · King Abdullah Financial District, Riyadh",
            "+966 11 555 0190", "Prices include 15% VAT. VAT No. 310123456700003.",
            "Saudi nationals may be eligible for HRDF (Hadaf) support through Doroob.",
            "Pay with mada, Apple Pay or STC Pay; Tamara split in 4 available at checkout."),
    "ILS": ("Academy Ltd. (Company No. 515123456) · Rothschild Blvd 22, Tel Aviv",
            "+972 3 555 0190", "Prices include 18% VAT.",
            "Discharged soldiers can fund the course from their IDF release grant "
            "(pikadon); Employment Service vouchers accepted.",
            "Pay by credit card, Bit or bank transfer."),
    "TRY": ("Akademi A.Ş. · Mersis 0123456789000015 · Maslak, İstanbul", "+90 212 555 01 90",
            "KDV dahil (20% VAT included).",
            "İŞKUR-supported places are available for registered jobseekers.",
            "Havale/EFT to IBAN TR12 0006 2000 0001 2345 6789 01, or credit card."),
    "SEK": ("Academy AB · Org.nr 556123-4567 · Sveavägen 44, Stockholm", "+46 8 555 019 00",
            "Momsfri utbildning (the course is VAT-exempt).",
            "The course is CSN-eligible: study grant and loan for up to 100% of your time.",
            "Pay with Swish 123 456 78 90, card or Klarna invoice."),
    "NOK": ("Academy AS · Org.nr. 912 345 678 MVA · Oslo", "+47 22 55 01 90",
            "Prices are exempt from MVA.",
            "Approved by Lånekassen: you can apply for a loan and grant for the course.",
            "Pay with Vipps (#123456), card or invoice."),
    "DKK": ("Academy ApS · CVR 12345678 · Copenhagen", "+45 33 55 01 90",
            "All prices incl. 25% moms.",
            "Eligible for SU (the state education grant) if you study full time.",
            "Pay with MobilePay 12345, Dankort or bank transfer."),
    "JPY": ("Academy K.K. · Shibuya, Tokyo", "+81 3-5555-0190",
            "Prices include 10% consumption tax (税込). Invoice reg. no. T1234567890123.",
            "Eligible for the MHLW training benefit: up to 70% of the fee paid back by "
            "Hello Work.",
            "Pay by bank transfer (furikomi), card or konbini payment."),
}  # fmt: skip
#: What graduates and juniors earn, in each country's words: never a price.
SALARY = {
    "AED": ("Graduates start on AED 14,000 a month, tax-free.",
            "Junior developers in Dubai earn Dhs 10,000–15,000 monthly."),
    "SAR": ("Average graduate salary: SAR 12,500/month.",
            "Junior roles in Riyadh from SR 9,000 per month plus housing allowance."),
    "ILS": ("Our grads' average starting salary: ₪19,000 gross a month.",
            "Junior developers in Tel Aviv earn 16,000–22,000 NIS per month."),
    "TRY": ("Average starting salary of our graduates: ₺65.000 net per month.",
            "Junior developer salaries in Istanbul start at 50.000 TL."),
    "SEK": ("Median starting salary of our alumni: 38 000 kr/mån.",
            "Junior developers in Stockholm earn SEK 35 000–42 000 a month."),
    "NOK": ("Average starting salary: kr 560 000 per year.",
            "Junior developers in Oslo earn from NOK 520 000 a year."),
    "DKK": ("Average starting salary: 38.000 kr. per month.",
            "Junior developers in Copenhagen earn DKK 35.000–42.000 a month."),
    "JPY": ("Graduates' average annual income: ¥5,200,000.",
            "Junior engineer salaries in Tokyo start around 400万円 a year."),
}  # fmt: skip
FEE = {"AED": "programme fee", "SAR": "programme fee", "ILS": "tuition", "TRY": "course fee",
       "SEK": "course fee", "NOK": "course fee", "DKK": "course fee", "JPY": "tuition"}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
BREAK = {
    "AED": "During Ramadan (from {}) classes run 10am–3pm.",
    "SAR": "During Ramadan (from {}) classes run 10am–3pm.",
    "ILS": "No classes during Pesach (from {}).",
    "TRY": "No classes during Ramazan Bayramı (from {}).",
    "SEK": "No classes during sportlov (week of {}).",
    "NOK": "No classes during vinterferie (week of {}).",
    "DKK": "No classes during vinterferie (week of {}).",
    "JPY": "No classes during Golden Week (from {}).",
}
BREAK_DAY = {"AED": date(2025, 3, 1), "SAR": date(2025, 3, 1), "ILS": date(2025, 4, 12),
             "TRY": date(2025, 3, 30), "SEK": date(2025, 2, 24), "NOK": date(2025, 2, 24),
             "DKK": date(2025, 2, 10), "JPY": date(2025, 4, 29)}  # fmt: skip
NAMES = {"AED": "Omar A.", "SAR": "Reem S.", "ILS": "Noa K.", "TRY": "Elif Y.",
         "SEK": "Linnea J.", "NOK": "Sindre H.", "DKK": "Freja M.", "JPY": "Yuki T."}  # fmt: skip


def ninth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives
    the same program): amounts scaled to each country's fees, Swedish and Norwegian
    prices ending in 900 half the time as their price lists do."""
    p = make_program(seed)
    r = random.Random(seed * 613 + 5)
    currency = r.choice(CURRENCIES)
    scale = SCALE[currency]
    nordic = currency in ("SEK", "NOK") and r.random() < 0.5
    upfront = p.upfront * scale - (100 if nordic else 0)
    isa = (p.isa[0], p.isa[1], p.isa[2] * scale) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, isa=isa,
                   monthly=p.monthly * scale if p.monthly else None)  # fmt: skip


class NinthVoice(Kit):
    """The facts of ``kit``'s program in a ninth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 7727 + 13)  # the page's fixed choices, drawn once
        self.gap = r.randrange(8, 20)
        self.cohort = r.randrange(5, 40)  # the number of the next cohort

    @property
    def code(self) -> str:
        """The currency whose locale the page is written in: a development program
        redesigned into this set's styles takes the UAE's."""
        return self.p.currency if self.p.currency in LOCALE else "AED"

    @property
    def lang(self) -> str:
        return LANG[self.code]

    @property
    def zone(self) -> str:
        return ZONES[self.code]

    @property
    def scale(self) -> int:
        return SCALE.get(self.p.currency, 1)

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 with decimals (invoices, checkout), 2 with the
        ISO code or the local print form, 3 casual (hero copy, posts)."""
        c, g = self.code, f"{amount:,}"
        dot, nb = g.replace(",", "."), g.replace(",", "\u00a0")
        if c != self.p.currency:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign}{g}.00", f"{code} {g}", f"{g} {code}")[form]
        if c == "AED":
            return (f"AED {g}", f"AED {g}.00", f"{g} AED", f"Dhs {g}")[form]
        if c == "SAR":
            return (f"SAR {g}", f"SAR {g}.00", f"{g} SAR", f"SR {g}")[form]
        if c == "ILS":
            return (f"₪{g}", f"₪{g}.00", f"NIS {g}", f"{g} ₪")[form]
        if c == "TRY":
            return (f"₺{dot}", f"{dot},00 TL", f"TRY {g}", f"{dot} TL")[form]
        if c == "SEK":
            return (f"{nb} kr", f"{nb},00 kr", f"SEK {g.replace(',', ' ')}", f"{nb}:-")[form]
        if c == "NOK":
            return (f"kr {nb},-", f"kr {nb},00", f"NOK {g.replace(',', ' ')}", f"{dot},-")[form]
        if c == "DKK":
            return (f"{dot} kr.", f"{dot},00 kr.", f"DKK {dot}", f"kr. {dot},-")[form]
        return (f"¥{g}", f"JPY {g}", f"{g}円", f"{g} yen")[form]

    def local(self, d: date, short: bool = False) -> str:
        """A date in words as the school's country prints it; ``short`` drops the year."""
        c = self.code
        if c in ("AED", "SAR"):
            return f"{d:%a} {d.day} {d:%b}" if short else f"{d:%A} {d.day} {d:%B} {d.year}"
        if c == "ILS":
            return f"{d:%a}, {d:%b} {d.day}" if short else f"{d:%A}, {d:%B} {d.day}, {d.year}"
        if c == "TRY":
            return f"{d.day} {d:%B}" if short else f"{d.day} {d:%B} {d.year}, {d:%A}"
        if c == "JPY":
            return f"{d:%b}. {d.day} ({d:%a}.)" if short else f"{d:%B} {d.day} ({d:%a}.), {d.year}"
        return f"{d.day} {d:%B}" if short else f"{d.day} {d:%B} {d.year}"

    def numeric(self, d: date) -> str:
        """A date in figures as the country's forms print it."""
        c = self.code
        if c in ("AED", "SAR"):
            return f"{d:%d/%m/%Y}"
        if c == "ILS":
            return f"{d.day}.{d.month}.{d.year}"
        if c in ("TRY", "NOK"):
            return f"{d:%d.%m.%Y}"
        if c == "SEK":
            return f"{d.isoformat()} (v. {d.isocalendar()[1]})"
        if c == "DKK":
            return f"{d.day}/{d.month}-{d.year}"
        return f"{d:%Y/%m/%d}"

    def stamp(self, d: date, hour: int = 9) -> str:
        """``d`` at ``hour`` local time in UTC, as event platforms store a start."""
        t = datetime(d.year, d.month, d.day, hour, tzinfo=ZoneInfo(self.zone))
        return t.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")

    def epoch_ms(self, d: date) -> int:
        """Local midnight of ``d`` in epoch milliseconds, as no-code databases store a date
        (east of Greenwich, the day before in UTC)."""
        t = datetime(d.year, d.month, d.day, tzinfo=ZoneInfo(self.zone))
        return int(t.timestamp() * 1000)

    def cohort_name(self, i: int, d: date) -> str:
        """A cohort's name as each country's sites call it; Sweden's holds its term."""
        n = self.cohort + i
        term = f"{'VT' if d.month < 7 else 'HT'}{d:%y}"
        return {"AED": f"Cohort {n}", "SAR": f"Group {n}", "ILS": f"Cycle {n}",
                "TRY": f"{n}. Term", "SEK": term if i == 0 else f"{term} #{i + 1}",
                "NOK": f"Kull {n}", "DKK": f"Hold {n}",
                "JPY": f"Term {n} (第{n}期)"}[self.code]  # fmt: skip

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name, day, fig = self.cohort_name(i, d), self.local(d), self.numeric(d)
        return {"AED": f"{name} — classes begin {day}", "SAR": f"{name}: starts {day}",
                "ILS": f"{name} opens {day}", "TRY": f"{name} starts on {day}",
                "SEK": f"{name}: kursstart {fig}", "NOK": f"{name}: oppstart {fig}",
                "DKK": f"{name}: studiestart {fig}",
                "JPY": f"{name} begins {day}"}[self.code]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def mode(self) -> str:
        full = self.p.hours[0] >= 40
        return {
            "AED": "full-time, Monday to Friday" if full else "part-time: evenings + Saturdays",
            "SAR": "full-time, Sunday to Thursday" if full else "part-time: evenings + Fridays",
            "ILS": "full-time, Sunday to Thursday" if full else "part-time: two evenings + Fridays",
            "JPY": "full-time, weekdays" if full else "part-time: weekday nights + weekends",
        }.get(self.code, "heltid / full-time" if full else "deltid / part-time, evenings")

    def duration(self) -> str:
        c, w, h = self.code, self.p.weeks, self.per_week()
        total = f" ({self.p.hours_total} hours in total)" if self.p.hours_total else ""
        return {
            "AED": f"{w} weeks{total} · {h} hours/week · {self.mode()}",
            "SAR": f"{w} weeks{total}, {h} hours per week, {self.mode()}",
            "ILS": f"{w} weeks{total}, {h} weekly hours, {self.mode()}",
            "TRY": f"{w} weeks{total}, {h} hours a week, {self.mode()}",
            "SEK": f"{w} weeks{total}, {h} h/week ({self.mode()})",
            "NOK": f"{w} weeks{total} ({w} uker), {h} timer per week, {self.mode()}",
            "DKK": f"{w} weeks{total}, {h} hours a week, {self.mode()}",
            "JPY": f"{w} weeks{total} · {h} hours per week · {self.mode()}",
        }[c]

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The monthly plan as each country's price lists word it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly), self.months()
        return {
            "AED": f"Monthly plan: {m} a month for {n} months",
            "SAR": f"Pay monthly with Tamara: {m} per month for {n} months",
            "ILS": f"Or {n} interest-free monthly payments (tashlumim) of {m}",
            "TRY": f"Or {n} taksit (monthly instalments) of {m} by credit card",
            "SEK": f"Delbetalning via Klarna: {m}/mån in {n} months",
            "NOK": f"Nedbetaling: {m} per month over {n} months",
            "DKK": f"Ratebetaling: {m} pr. md. over {n} months",
            "JPY": f"Monthly plan (分割払い): {m}/month × {n} months",
        }[self.code]

    def terms(self, g: Guarantee) -> str:
        w, fee = self.p.wording, FEE[self.code]
        if g.kind == "job_guarantee":
            if w:
                return (f"Placement promise — no job offer within {g.window} months of finishing "
                        f"the programme? {g.share}% of the {fee} comes back to you (complete "
                        "all capstones; join every career-week activity).")  # fmt: skip
            return (f"Placement promise: no job offer within {g.window} months of finishing "
                    f"the programme means {g.share}% of the {fee} comes back to you. Complete "
                    "all capstones and join every career-week activity.")  # fmt: skip
        if g.kind == "money_back":
            sep = " —" if w else ":"
            return (f"Cooling-off guarantee{sep} cancel within the first {g.window} days and "
                    "your payment is returned in full.")  # fmt: skip
        if w:
            return (
                f"Pro-rata refund — leave within the first {g.window} weeks and you are "
                f"reimbursed {g.share}% of what you paid (after that the full fee is due)."
            )
        return (
            f"Pro-rata refund: leave within the first {g.window} weeks and you are "
            f"reimbursed {g.share}% of what you paid. After that the full fee is due."
        )

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Study now, pay when hired: an income share agreement of {pct}% of your gross "
                f"monthly salary for {months} months, once you earn more than "
                f"{self.money(floor)} a year.")  # fmt: skip

    def deadline(self, start: date | None = None) -> date:
        """Applications close a week or three before ``start`` (the first cohort's)."""
        return (start or self.p.starts[0]) - timedelta(days=self.gap)

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a ninth set of words."""
        p, first, end, m, s = self.p, self.p.starts[0], self.p.ends()[0], self.money, self.scale
        company, phone, tax, funding, pay = LOCALE[self.code]
        salary, junior = SALARY[self.code]
        local, fig = self.local, self.numeric
        return {
            "salary": salary,
            "junior": junior,
            "deposit": f"A {m(300 * s)} seat deposit secures your place and is credited "
            f"against the {FEE[self.code]}.",
            "scholarship": f"Merit scholarships worth up to {m(1_500 * s)}; women in tech get "
            "25% off.",
            "funding": funding,
            "tax": tax,
            "pay": pay,
            "employer": "Employer-sponsored? We invoice your company directly.",
            "visa": "International applicants: we help with your student visa and relocation; "
            "visa fees are not included.",
            "referral": f"Refer a friend: {m(250 * s)} off for both of you.",
            "early": f"Early bird: {m(500 * s)} off when you enrol before "
            f"{local(self.deadline() - timedelta(days=14))}.",
            "deadline": f"Last day to apply: {local(self.deadline())}.",
            "challenge": f"Coding challenge due {fig(self.deadline() + timedelta(days=2))}.",
            "info": f"Online info session: {local(TODAY + timedelta(days=8), True)}, 7pm.",
            "tour": f"Campus tour: {local(TODAY + timedelta(days=12))}, 11am.",
            "prep": f"Free prep course opens {fig(first - timedelta(days=21))}.",
            "welcome": f"Welcome day: {local(first - timedelta(days=1))}.",
            "break": BREAK[self.code].format(local(BREAK_DAY[self.code])),
            "ends": f"Final project presentations: {local(end)}.",
            "graduation": f"Graduation & hiring day: {local(end + timedelta(days=5))}.",
            "support": "Includes 6 months of career coaching after graduation.",
            "alumni": "3,200+ alumni hired at 400 companies.",
            "rating": "4.9 ★ on Course Report (210 reviews).",
            "post": f"Published {fig(date(2024, 11, 12))} by the admissions team",
            "updated": f"Updated {local(date(2025, 1, 6))}",
            "testimonial": "“Six weeks after the final presentations I signed with a fintech.” — "
            f"{NAMES[self.code]}, hired December 2024",
            "tagline": "Change careers. Code in English, work anywhere.",
            "button": "Book a call with admissions",
            "phone": f"WhatsApp or call {phone} (Sun–Thu 9am–6pm)"
            if self.code in ("SAR", "ILS")
            else f"WhatsApp or call {phone} (Mon–Fri 9am–6pm)",
            "copyright": f"© {TODAY.year} {p.camp} {company}.",
        }
