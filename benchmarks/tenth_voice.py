"""A tenth way of wording a program, for :mod:`benchmarks.tenth_styles`.

The ninth voice (:mod:`benchmarks.ninth_voice`) is being tuned on, so its figures no longer
say how bootwatch reads words nobody wrote rules for. This voice is public and non-profit
training: US community colleges' workforce and continuing-education divisions, university
extension schools and state workforce programs (WIOA-approved, on the Eligible Training
Provider List), UK further-education colleges and Irish Springboard+ courses, written from
how their catalogs, schedules and flyers word a course and without reading bootwatch's
rules. Fees as "$3,995 (books included)", "3,995.00 USD" in a fee table, "$3995" on a flyer,
"£2,450" and "€4,950"; dates as "Monday, February 10, 2025", "Class begins: Mon 2/10/25",
"02/10/2025" in a schedule, "10th February 2025" in Ireland; cohorts as "Spring 2025
Session I", "Section 01", "Cohort 14" and "Intake 2"; hours as contact hours and CEUs,
guided learning hours and meeting patterns ("MTWR 6:00-9:45 PM"); payment plans through
Nelnet or by direct debit; an employment guarantee, a money-back guarantee and a tuition
refund schedule ("100% before the first class, 50% within the first 2 weeks"). Its
non-facts are of the same kinds as the other voices' and the kinds such pages add: median
wages, credit-hour rates for another program (in-district, out-of-district, out-of-state),
WIOA Individual Training Accounts and Workforce Pell, FAFSA, GI Bill, Advanced Learner Loans
and "free for eligible learners" thresholds, Springboard+'s 10% for employed participants,
exam vouchers, textbooks, lab fees, parking permits, registration and drop dates, info
sessions, orientation, placement tests, holidays and no-class days, the last class and a
certificate ceremony, pass rates, catalog years, testimonials, taglines and buttons.

Amounts are scaled to read like such fees (:func:`tenth_program`). Same contract as
:class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the tenth set's first
look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`, and a development program redesigned into the tenth styles
keeps its own code and sign, with a US college's lines. One module of about 340 lines because
every sentence of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The tenth set's currencies, US dollars three times as often.
CURRENCIES = ("USD", "USD", "USD", "GBP", "EUR")
DIVISOR = {"USD": 2, "GBP": 4, "EUR": 3}
#: The kinds of school: a community college, a university extension school, a workforce
#: training provider (all US), a UK further-education college, an Irish Springboard+ course.
US_KINDS = ("cc", "ext", "wioa")
ZONES = {"cc": "America/Chicago", "ext": "America/Los_Angeles", "wioa": "America/New_York",
         "uk": "Europe/London", "ie": "Europe/Dublin"}  # fmt: skip
SCHOOL = {"cc": "{} Community College · Workforce & Continuing Education",
          "ext": "{} University Extension", "wioa": "{} Technical Institute",
          "uk": "{} College", "ie": "{} Technological University"}  # fmt: skip
FEE = {"cc": "tuition", "ext": "tuition", "wioa": "tuition", "uk": "course fee",
       "ie": "course fee"}  # fmt: skip
ADVISER = {"cc": "career navigator", "ext": "career coach", "wioa": "career navigator",
           "uk": "careers adviser", "ie": "careers adviser"}  # fmt: skip
#: What each kind of page says about money that is not this course's fee.
MONEY = {
    "us": {
        "salary": "Entry-level roles in this field pay a median of $52,340 a year in our "
        "region (BLS, May 2024).",
        "wage": "Median hourly wage for completers one year out: $24.85.",
        "credit": "Prefer college credit? The Computer Science A.A.S. is billed per credit "
        "hour: $132 in-district, $248 out-of-district, $391 out-of-state.",
        "funding": "Eligible for WIOA funding: Individual Training Accounts cover up to "
        "$6,000 for eligible adults and dislocated workers through your American Job Center.",
        "aid": "Workforce Pell Grants may cover short-term programs from July 1, 2026. "
        "FAFSA does not apply to non-credit courses today.",
        "veterans": "Approved for GI Bill® benefits; veterans, contact the VA certifying "
        "official before registering.",
        "books": "The certification exam voucher ($246) is not included; textbooks "
        "(a $185 value) are.",
        "parking": "Parking permits are $45 per term, or $8 a night in Lot C.",
        "lab": "Includes a $150 lab fee and all course materials.",
        "plan_fee": "Nelnet charges a $35 non-refundable enrollment fee per payment plan.",
    },
    "uk": {
        "salary": "Average salary for a junior developer in the region: £27,500.",
        "wage": "Apprentices on our partner schemes earn from £7.55 an hour.",
        "credit": "Level 3 Extended Diploma (1,080 guided learning hours) is free for 16-18 "
        "year olds.",
        "funding": "Free for eligible learners: if you are 19+ and earn under £25,000 a "
        "year, or receive Universal Credit, you may not have to pay.",
        "aid": "Aged 19 or over? Pay with an Advanced Learner Loan; repayments start only "
        "when you earn over £27,295 a year.",
        "veterans": "Learner Support Fund: help with travel, childcare and equipment.",
        "books": "Kit and textbook costs (about £60) are not included.",
        "parking": "Student parking permits cost £75 a year.",
        "lab": "A £25 exam registration fee applies to re-sits.",
        "plan_fee": "Instalments are collected by direct debit on the 1st of each month.",
    },
    "ie": {
        "salary": "Graduate software developer salaries in Ireland start at €38,000.",
        "wage": "Contract developers in Dublin charge €350–€500 a day.",
        "credit": "NFQ Level 8 Certificate, 30 ECTS credits.",
        "funding": "Springboard+ courses are free for eligible learners: jobseekers, "
        "returners and homemakers pay nothing; employed participants pay 10% of the fee.",
        "aid": "You keep your Jobseeker's payment while you study (check with your Intreo "
        "case officer).",
        "veterans": "Funded by the Higher Education Authority and the National Training Fund.",
        "books": "A laptop is required; a €50 student services charge is not included.",
        "parking": "Campus parking costs €2 a day by app.",
        "lab": "The €200 registration fee is credited against the course fee.",
        "plan_fee": "Instalments are taken by card on the 1st of each month.",
    },
}
HOLIDAYS = {
    "us": "No class: Spring Break (March 17–21, 2025) and Memorial Day (May 26, 2025).",
    "uk": "No classes during half term (17–21 February 2025) or the Easter holidays "
    "(7–21 April 2025).",
    "ie": "No classes on St Patrick's Day (17 March 2025) or Easter Monday (21 April 2025).",
}  # fmt: skip
PHONE = {"us": "Questions? Call Workforce & Continuing Education at (555) 010-4400, "
               "Mon–Thu 8am–7pm.",
         "uk": "Call the admissions team on 0161 555 0190 (Mon–Fri 9am–5pm).",
         "ie": "Contact the Springboard+ office: +353 1 555 0190."}  # fmt: skip
#: Meeting patterns that hold each number of hours a week: days as schedules code them,
#: the same days in words, and the times.
PATTERNS = {10: ("TR", "Tue & Thu", "5:30 PM", "10:30 PM"),
            15: ("MTWR", "Mon–Thu", "6:00 PM", "9:45 PM"),
            20: ("MTWR", "Mon–Thu", "5:00 PM", "10:00 PM"),
            40: ("MTWRF", "Mon–Fri", "8:30 AM", "4:30 PM")}  # fmt: skip
ROMAN = ("I", "II", "III", "IV")


def tenth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives
    the same program): fees scaled to public training's, US prices ending in 95 half the
    time, payment plans a term's four to ten months."""
    p = make_program(seed)
    r = random.Random(seed * 419 + 11)
    currency = r.choice(CURRENCIES)
    upfront = p.upfront // DIVISOR[currency] // 5 * 5
    upfront -= 5 if currency == "USD" and r.random() < 0.5 else 0
    months = r.choice([4, 5, 6, 10])
    monthly = round(upfront / months / 5) * 5 if p.monthly else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly)


def season(d: date, uk: bool = False) -> str:
    """The academic term a date falls in, as US or UK colleges name it."""
    if uk:
        return "Autumn" if d.month >= 9 else "Spring" if d.month <= 3 else "Summer"
    return "Spring" if d.month <= 4 else "Summer" if d.month <= 7 else "Fall"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class TenthVoice(Kit):
    """The facts of ``kit``'s program in a tenth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 8111 + 29)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 18)
        self.cohort = r.randrange(3, 30)
        self.crn = r.randrange(20_000, 39_000)
        self.kind = {"GBP": "uk", "EUR": "ie"}.get(kit.p.currency, r.choice(US_KINDS))

    @property
    def region(self) -> str:
        return self.kind if self.kind in ("uk", "ie") else "us"

    @property
    def zone(self) -> str:
        return ZONES[self.kind]

    @property
    def school(self) -> str:
        return SCHOOL[self.kind].format(self.p.camp)

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as catalogs print it, 1 with cents (fee tables), 2 with the code after
        (schedule systems), 3 bare (flyers)."""
        c, g = self.p.currency, f"{amount:,}"
        if c == "EUR":
            return (f"€{g}", f"€{g}.00", f"EUR {g}", f"{g} euro")[form]
        sign = SIGNS[c]
        return (f"{sign}{g}", f"{sign}{g}.00", f"{g}.00 {c}", f"{sign}{amount}")[form]

    def local(self, d: date, short: bool = False) -> str:
        """A date in words as the school prints it; ``short`` drops the year."""
        if self.region == "ie":
            return f"{ordinal(d.day)} {d:%B}" if short else f"{ordinal(d.day)} {d:%B} {d.year}"
        if self.region == "uk":
            return f"{d:%a} {d.day} {d:%b}" if short else f"{d:%A} {d.day} {d:%B} {d.year}"
        return f"{d:%a}, {d:%b} {d.day}" if short else f"{d:%A}, {d:%B} {d.day}, {d.year}"

    def numeric(self, d: date) -> str:
        """A short date in figures: the US's two-digit year, day first elsewhere."""
        if self.region == "us":
            return f"{d.month}/{d.day}/{d:%y}"
        return f"{d:%d/%m/%Y}"

    def slashed(self, d: date) -> str:
        """A date as student systems print it, zero-padded (month first in the US)."""
        return f"{d:%m/%d/%Y}" if self.region == "us" else f"{d:%d/%m/%Y}"

    def plain(self, d: date) -> str:
        """A date in figures without padding, as self-service pages print it."""
        return (
            f"{d.month}/{d.day}/{d.year}" if self.region == "us" else f"{d.day}/{d.month}/{d.year}"
        )

    def epoch_ms(self, d: date) -> int:
        """Local midnight of ``d`` in epoch milliseconds (ASP.NET's ``/Date(ms)/``)."""
        return int(datetime(d.year, d.month, d.day, tzinfo=ZoneInfo(self.zone)).timestamp() * 1000)

    def cohort_name(self, i: int, d: date) -> str:
        """A cohort's name: a term and its session, a section, a cohort or an intake."""
        same = [s for s in self.p.starts[:i] if season(s) == season(d) and s.year == d.year]
        return {"cc": f"{season(d)} {d.year} Session {ROMAN[len(same)]}",
                "ext": f"{season(d)} {d.year}, Section {i + 1:02d}",
                "wioa": f"Cohort {self.cohort + i}",
                "uk": f"Intake {i + 1} ({season(d, True)} term {d.year})",
                "ie": f"Intake {i + 1}, {d:%B} {d.year}"}[self.kind]  # fmt: skip

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name = self.cohort_name(i, d)
        return {"cc": f"{name} — Class begins: {d:%a} {self.numeric(d)}",
                "ext": f"{name}: starts {self.local(d)}",
                "wioa": f"{name}: first day of training {self.local(d)}",
                "uk": f"{name}: course starts {self.local(d)}",
                "ie": f"{name}: commences {self.local(d)}"}[self.kind]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def pattern(self) -> tuple[str, str, str, str]:
        """The class meetings (days coded, days in words, from, to) that hold the lower
        hours a week; a range's upper hours are online lab time."""
        return PATTERNS[self.p.hours[0]]

    def meets(self) -> str:
        _, days, start, end = self.pattern()
        lab = " plus online lab work" if self.p.hours[0] != self.p.hours[1] else ""
        return f"{days} {start}–{end}{lab}"

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        hours = {"cc": f"{total} contact hours ({total / 10:g} CEUs) · ",
                 "ext": f"{total} contact hours · ", "wioa": f"{total} training hours · ",
                 "uk": f"{total} guided learning hours · ",
                 "ie": f"{total} hours in total · "}[self.kind] if total else ""  # fmt: skip
        return f"{w} weeks · {hours}{h} hours per week ({self.meets()})"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The payment plan as each kind of school words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly), self.months()
        if self.region == "us":
            return f"Payment plan through Nelnet: {n} monthly payments of {m}"
        return f"Or pay in {n} monthly instalments of {m}"

    def fee_line(self) -> str:
        """The fee with what it includes, as a catalog states it."""
        fee = self.money(self.p.upfront)
        return {"us": f"{fee} (books included)", "uk": f"{fee} (exam fees included)",
                "ie": f"{fee} full course fee"}[self.region]  # fmt: skip

    def terms(self, g: Guarantee) -> str:
        w, fee, adviser = self.p.wording, FEE[self.kind], ADVISER[self.kind]
        if g.kind == "job_guarantee":
            if w:
                return (f"Employment guarantee — not employed in the field within {g.window} "
                        f"months of completing the certificate? {g.share}% of your {fee} is "
                        f"refunded (attend 90% of sessions; meet your {adviser} "
                        "monthly).")  # fmt: skip
            return (f"Employment guarantee: if you are not employed in the field within "
                    f"{g.window} months of completing the certificate, {g.share}% of your "
                    f"{fee} is refunded. Attend 90% of sessions and meet your {adviser} "
                    "monthly.")  # fmt: skip
        if g.kind == "money_back":
            sep = " —" if w else ":"
            return (f"Money-back guarantee{sep} not the right fit? Withdraw within {g.window} "
                    "days of the first class and receive a full refund.")  # fmt: skip
        if w:
            return (f"Tuition refund schedule — 100% before the first class · {g.share}% if "
                    f"you withdraw within the first {g.window} weeks · none after "
                    "that.")  # fmt: skip
        return (f"Tuition refund schedule: 100% refund if you withdraw before the first class; "
                f"{g.share}% refund if you withdraw within the first {g.window} weeks; no "
                "refund after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Income share option through our training partner: pay {pct}% of your "
                f"monthly income for {months} months once you earn at least "
                f"{self.money(floor)} a year.")  # fmt: skip

    def deadline(self, start: date | None = None) -> date:
        """Registration closes a week or more before ``start`` (the first cohort's)."""
        return (start or self.p.starts[0]) - timedelta(days=self.gap)

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a tenth set of words."""
        first, end, region = self.p.starts[0], self.p.ends()[0], self.region
        local, fig = self.local, self.numeric
        us = region == "us"
        return {
            **MONEY[region],
            "registration": f"{'Registration' if us else 'Enrolment'} opens "
            f"{local(first - timedelta(days=45))}.",
            "deadline": f"Last day to {'register' if us else 'apply'}: {local(self.deadline())}.",
            "drop": f"Last day to withdraw without a grade of W: {fig(first + timedelta(days=18))}."
            if us
            else f"Fee deadline for instalment plans: {fig(first - timedelta(days=5))}.",
            "info": f"Free info session: {local(TODAY + timedelta(days=8), True)}, 6:00 pm, "
            "Room 214 and on Zoom.",
            "orientation": f"{'New student orientation' if us else 'Induction'}: "
            f"{local(first - timedelta(days=4))}.",
            "placement": f"{'Placement testing (Accuplacer)' if us else 'Initial assessment'}"
            f" by {fig(first - timedelta(days=10))}.",
            "holiday": HOLIDAYS[region],
            "ends": f"Last class meeting: {local(end)}.",
            "graduation": f"Certificate ceremony: {local(end + timedelta(days=12))}.",
            "outcome": "92% of last year's completers passed the certification exam.",
            "support": "Career services are free to completers for life.",
            "post": "Catalog year 2024–2025" if us else "Prospectus 2024/25",
            "updated": f"Page last reviewed {self.slashed(date(2025, 1, 6))}",
            "testimonial": "“I kept my day job and finished the certificate in one term.” — "
            f"{'Marcus D.' if us else 'Aoife B.' if region == 'ie' else 'Priya S.'}, "
            "2024 completer",
            "tagline": "Affordable, job-ready training close to home.",
            "button": "Register Now" if us else "Apply now",
            "phone": PHONE[region],
            "copyright": f"© {TODAY.year} {self.school.split(' · ')[0]}. "
            + ("An Equal Opportunity Institution." if us else "All rights reserved."),
        }
