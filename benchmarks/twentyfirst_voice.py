"""A twenty-first way of wording a program, for the held-out set (:mod:`twentyfirst_styles`).

The twentieth voice (:mod:`benchmarks.twentieth_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is not sales copy but
the *contract*: the formal terms and conditions and fee schedules of training providers in
Commonwealth markets, Australia ("A$9,000", "GST inclusive"), New Zealand ("NZ$9,900"), South
Africa ("R 45 000", VAT, Afrikaans months), Nigeria ("₦1,500,000", "N1.5m"), Kenya ("KSh
150,000", "KES 150,000.00", Swahili months), Ghana ("GH₵ 12,000"), the Philippines ("₱120,000",
"PHP 120,000.00", month-first dates), Singapore ("S$7,800"), Malaysia ("RM18,000", Malay months)
and Pakistan ("PKR 250,000", "Rs. 250,000/-"), with dates as those documents write them ("Intake
14 commences Monday 3 March 2025", day-first figures, South Africa's "2025/03/03").

The register is numbered clauses ("4.2 The Student shall pay the Course Fee of ..."), defined
terms in capitals, "the Provider", fee schedules in tables, a refund schedule by weeks of notice
and footnotes. Beside the facts every page carries what such documents put next to them, each
where a careless reader could take it for a fact: withdrawal, deferral, late-payment, dishonour
and re-sit fees, an acceptance deposit; the cancellation schedule's own percentages and weeks
(of notice before commencement, never the guarantee's); government funding and loans "up to"
an amount (FEE-HELP, Fees Free, SETA, LSETF, HELB, GETFund, TESDA, SkillsFuture Credit,
PTPTN and HRD Corp, PM Youth Skills) and employers' claims; exam and certification fees; the
laptop and equipment costs; the GST, VAT or sales tax component; a census date, orientation
day, enrolment and acceptance deadlines, public holidays (ANZAC Day, Waitangi Day, Heritage
Day, Mashujaa Day, Merdeka, ...), the term break and graduation; the document's version and
issue date, clause and schedule numbers that look like dates or amounts; the company's ABN,
registration and regulator numbers and its phone. The guarantees and the income share are
contract clauses stating the true window and refund share once, which ``Program.wording`` 1
restyles without new meaning. Amounts are scaled to read like each country's fees
(:func:`twentyfirst_program`). A program in one of these currencies is written as its country
writes it; any other keeps its own code and sign with Singapore's lines. One module of about
520 lines because every clause of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The twenty-first set's countries, Australia and Nigeria more often.
COUNTRIES = ("au", "au", "nz", "za", "ng", "ng", "ke", "gh", "ph", "sg", "my", "pk")
CURRENCY = {"au": "AUD", "nz": "NZD", "za": "ZAR", "ng": "NGN", "ke": "KES", "gh": "GHS",
            "ph": "PHP", "sg": "SGD", "my": "MYR", "pk": "PKR"}  # fmt: skip
#: Where a program in one of the currencies is from, when its seed draws another country.
HOME = {code: kind for kind, code in CURRENCY.items()}
#: Per currency, hundredths of a unit per unit of :func:`pagegen.make_program`'s fee.
SCALE = {"AUD": 150, "NZD": 165, "ZAR": 700, "NGN": 10_000, "KES": 1_500, "GHS": 100,
         "PHP": 1_000, "SGD": 130, "MYR": 150, "PKR": 2_500}  # fmt: skip
#: What a monthly instalment is rounded to, per currency.
STEP = {"AUD": 5, "NZD": 5, "ZAR": 50, "NGN": 5_000, "KES": 500, "GHS": 10, "PHP": 500,
        "SGD": 5, "MYR": 10, "PKR": 1_000}  # fmt: skip
NBSP = "\u00a0"
#: The language a country's documents keep beside English, and its month names.
TONGUE = {"au": "", "nz": "", "za": "af", "ng": "", "ke": "sw", "gh": "", "ph": "", "sg": "",
          "my": "ms", "pk": ""}  # fmt: skip
MONTHS = {
    "af": ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus",
           "September", "Oktober", "November", "Desember"),
    "sw": ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
           "Septemba", "Oktoba", "Novemba", "Desemba"),
    "ms": ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
           "Oktober", "November", "Disember"),
}  # fmt: skip
#: Local words for "commences", per language.
STARTS = {"af": "begin op", "sw": "inaanza", "ms": "tarikh mula"}
CITY = {"au": "Melbourne", "nz": "Auckland", "za": "Cape Town", "ng": "Lagos", "ke": "Nairobi",
        "gh": "Accra", "ph": "Makati City", "sg": "Singapore", "my": "Kuala Lumpur",
        "pk": "Lahore"}  # fmt: skip
#: An intake's name per country: "{n}" is its number.
INTAKE = {"au": "Intake {n}", "nz": "Intake {n}", "za": "Intake {n}", "ng": "Cohort {n}",
          "ke": "Intake {n}", "gh": "Cohort {n}", "ph": "Batch {n}", "sg": "Course Run {n}",
          "my": "Intake {n}", "pk": "Batch {n}"}  # fmt: skip
#: Per country: the tax named beside the fee, its rate in percent, and how the fee carries it.
TAX = {"au": ("GST", 10, "GST inclusive"), "nz": ("GST", 15, "incl. GST"),
       "za": ("VAT", 15, "VAT inclusive"), "ng": ("VAT", 7.5, "inclusive of VAT"),
       "ke": ("VAT", 16, "inclusive of VAT"), "gh": ("VAT", 15, "inclusive of VAT and levies"),
       "ph": ("VAT", 12, "VAT-inclusive"), "sg": ("GST", 9, "inclusive of 9% GST"),
       "my": ("SST", 8, "inclusive of 8% SST"),
       "pk": ("sales tax", 16, "inclusive of sales tax on services")}  # fmt: skip
#: Per country: the Provider's company line, its regulator line and its phone.
LOCALE = {
    "au": ("Pty Ltd · ABN 12 345 678 901 · ACN 345 678 901", "RTO No. 45678 · CRICOS Provider "
           "Code 03456K", "+61 3 9555 0190"),
    "nz": ("Limited · NZBN 9429041234567 · Company No. 7123456", "NZQA-registered private "
           "training establishment (MoE No. 8123)", "+64 9 555 0190"),
    "za": ("(Pty) Ltd · Reg. No. 2019/123456/07 · VAT No. 4123456789", "Accredited by the "
           "MICT SETA (Accreditation No. 2023/05/1234) and registered with the QCTO",
           "+27 21 555 0190"),
    "ng": ("Limited · RC 1234567 · TIN 21234567-0001", "Approved by the Lagos State Ministry "
           "of Education (Reg. No. LSMOE/PTC/2021/045)", "+234 1 555 0190"),
    "ke": ("Limited · Co. No. PVT-AAB1234 · KRA PIN P051234567X", "Licensed by TVETA "
           "(Licence No. TVETA/PRIVATE/TVC/0123/2022)", "+254 20 555 0190"),
    "gh": ("Limited · Reg. No. CS123456789 · TIN C0012345678", "Accredited by the "
           "Commission for TVET (CTVET/ACC/2024/117)", "+233 30 255 0190"),
    "ph": ("Inc. · SEC Reg. No. 2019-12345 · TIN 123-456-789-000", "TESDA-registered "
           "programme (Program Reg. No. WTR-202413-0123)", "+63 2 8555 0190"),
    "sg": ("Pte. Ltd. · UEN 201912345K · GST Reg. No. M90312345K", "Registered with the "
           "Committee for Private Education (CPE Reg. No. 201912345K, 12 Jan 2024 – 11 Jan "
           "2028)", "+65 6555 0190"),
    "my": ("Sdn. Bhd. · Reg. No. 201901012345 (1234567-X) · SST No. W10-1808-32001234",
           "Registered training provider with HRD Corp (MyCoID 1234567-X)", "+60 3 2555 0190"),
    "pk": ("(Private) Limited · SECP Inc. No. 0123456 · NTN 7654321-8", "Affiliated with "
           "NAVTTC (Affiliation No. NAVTTC/ACC/2023/0456)", "+92 42 3555 0190"),
}  # fmt: skip
#: Per country: public funding or a loan "up to" an amount, and what employers may claim.
FUNDING = {
    "au": ("FEE-HELP: eligible domestic students may defer up to A$121,844 (the 2025 FEE-HELP "
           "limit) of tuition fees; a 20% loan fee applies to some courses.",
           "Employers may claim up to A$3,000 per employee under the state Skills First "
           "subsidy."),
    "nz": ("Fees Free: first-time learners may be eligible for up to NZ$12,000 of fees paid "
           "by the Tertiary Education Commission.",
           "StudyLink student loans cover compulsory fees and up to NZ$1,000 a year for course-"
           "related costs."),
    "za": (f"MICT SETA discretionary grants and learnerships fund up to R{NBSP}60{NBSP}000 per "
           "learner, subject to approval.",
           "Employers may claim the Section 12H learnership tax allowance of up to "
           f"R{NBSP}40{NBSP}000 a year per learner."),
    "ng": ("LSETF (Lagos State Employment Trust Fund) loans of up to ₦5,000,000 are available "
           "to qualifying residents at 5% per annum.",
           "3MTT (3 Million Technical Talent) fellows may receive a stipend of up to ₦50,000 "
           "a month during training."),
    "ke": ("HELB (Higher Education Loans Board) TVET loans of up to KES 60,000 a year may be "
           "applied for by eligible students.",
           "Employers registered with NITA may claim up to 50% of training costs against the "
           "industrial training levy."),
    "gh": ("The Student Loan Trust Fund (SLTF) offers loans of up to GH₵ 5,000 a year to "
           "eligible tertiary students.",
           "The GETFund and YEA skills initiatives may sponsor up to 30 learners per Intake."),
    "ph": ("TESDA Training for Work Scholarship Program (TWSP): qualified scholars may receive "
           "up to ₱60,000 in training support and a ₱160 daily allowance.",
           "Employers may deduct up to 50% additional training expenses under the CREATE MORE "
           "Act."),
    "sg": ("SkillsFuture Credit: Singaporeans aged 25 and above may use their S$500 credit, "
           "and those aged 40 and above the S$4,000 Mid-Career top-up.",
           "SkillsFuture Mid-Career Enhanced Subsidy: course fee funding of up to 90%; "
           "Absentee Payroll funding of S$4.50 an hour for sponsoring employers."),
    "my": ("PTPTN: eligible students may apply for an education loan of up to RM12,000 per "
           "year of study.",
           "HRD Corp claimable: registered employers may claim up to 100% of the course fee "
           "from their levy (Scheme SBL-Khas)."),
    "pk": ("Prime Minister's Youth Skills Development Programme: a fee waiver of up to PKR "
           "150,000 and a monthly stipend of PKR 5,000 for selected trainees.",
           "PSDF (Punjab Skills Development Fund) may sponsor up to 100% of the fee for "
           "eligible Punjab residents."),
}  # fmt: skip
#: Per country: public holidays on which no classes run (never a commencement).
HOLIDAY = {
    "au": "No classes on public holidays: Australia Day (27 January 2025, observed), Labour "
    "Day (10 March 2025), Good Friday (18 April 2025) and ANZAC Day (25 April 2025).",
    "nz": "No classes on public holidays: Waitangi Day (6 February 2025), Good Friday (18 April "
    "2025), ANZAC Day (25 April 2025) and Matariki (20 June 2025).",
    "za": "No classes on public holidays: Human Rights Day (21 March 2025), Freedom Day (27 "
    "April 2025, observed 28 April) and Heritage Day (24 September 2025).",
    "ng": "No classes on public holidays: Eid-el-Fitr (31 March – 1 April 2025), Workers' Day (1 "
    "May 2025), Democracy Day (12 June 2025) and Independence Day (1 October 2025).",
    "ke": "No classes on public holidays: Good Friday (18 April 2025), Labour Day (1 May 2025), "
    "Madaraka Day (1 June 2025) and Mashujaa Day (20 October 2025).",
    "gh": "No classes on public holidays: Independence Day (6 March 2025), Eid-ul-Fitr (31 March "
    "2025), May Day (1 May 2025) and Founders' Day (4 August 2025).",
    "ph": "No classes on regular holidays: Araw ng Kagitingan (April 9, 2025), Maundy Thursday "
    "(April 17, 2025), Labor Day (May 1, 2025) and Independence Day (June 12, 2025).",
    "sg": "No classes on public holidays: Chinese New Year (29–30 January 2025), Hari Raya "
    "Puasa (31 March 2025), Labour Day (1 May 2025) and National Day (9 August 2025).",
    "my": "No classes on public holidays: Thaipusam (11 February 2025), Hari Raya Aidilfitri "
    "(31 March – 1 April 2025), Hari Pekerja (1 May 2025) and Hari Merdeka (31 August 2025).",
    "pk": "No classes on public holidays: Kashmir Day (5 February 2025), Pakistan Day (23 March "
    "2025), Eid ul-Fitr (31 March – 2 April 2025) and Independence Day (14 August 2025).",
}  # fmt: skip
#: What the census date is called, per country (AU and NZ keep the word itself).
CENSUS = {"au": "Census date", "nz": "Last day to withdraw with a full refund (census)"}
#: The pace a duration clause names: full-time from 35 hours a week, else part-time.
PACE = ("full-time, Monday to Friday", "part-time, evenings and Saturdays")


def country(seed: int) -> str:
    """The country a twenty-first-set program of ``seed`` is from."""
    return random.Random(seed * 3089 + 41).choice(COUNTRIES)


def twentyfirst_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives the
    same program): fees scaled to each country's, instalments over 3 to 12 months."""
    p = make_program(seed)
    r = random.Random(seed * 1613 + 59)
    currency = CURRENCY[country(seed)]
    upfront = p.upfront * SCALE[currency] // 100
    months = r.choice([3, 5, 6, 10, 12])
    step = STEP[currency]
    monthly = max(step, round(upfront / months / step) * step) if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency] // 100) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def spaced(amount: int, space: str = NBSP) -> str:
    """Thousands grouped by spaces, as South African documents write them."""
    return f"{amount:,}".replace(",", space)


def millions(amount: int) -> str | None:
    """Naira in millions as Nigerian copy shortens them ("N1.5m"), when that is exact."""
    if amount < 1_000_000 or amount % 10_000:
        return None
    return f"N{amount / 1_000_000:g}m"


def end(text: str) -> str:
    """A sentence's full stop, unless one ends it already."""
    return text if text.endswith(".") else f"{text}."


class TwentyFirstVoice(Kit):
    """The facts of ``kit``'s program in a twenty-first set of words; ``kit``'s noise is
    shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 5821 + 37)  # the document's fixed choices, drawn once
        self.gap = r.randrange(9, 20)  # days from enrolments closing to the first commencement
        self.intake = r.randrange(4, 40)  # the number of the next intake
        self.version = f"{r.randrange(2, 6)}.{r.randrange(0, 4)}"
        drawn = country(kit.p.seed)
        own = drawn if CURRENCY[drawn] == kit.p.currency else HOME.get(kit.p.currency)
        self.own = own
        self.kind = own or "sg"

    @property
    def native(self) -> bool:
        """Whether the program's currency is one of this voice's countries' (else it keeps its
        own code and sign with Singapore's lines)."""
        return self.own is not None

    @property
    def tongue(self) -> str:
        return TONGUE[self.kind]

    @property
    def lang(self) -> str:
        return {"au": "en-AU", "nz": "en-NZ", "za": "en-ZA", "ng": "en-NG", "ke": "en-KE",
                "gh": "en-GH", "ph": "en-PH", "sg": "en-SG", "my": "en-MY",
                "pk": "en-PK"}[self.kind]  # fmt: skip

    @property
    def city(self) -> str:
        return CITY[self.kind]

    @property
    def scale(self) -> float:
        return SCALE.get(self.p.currency, 100) / 100

    @property
    def provider(self) -> str:
        return f"{self.p.camp} Institute of Technology {LOCALE[self.kind][0].split(' · ')[0]}"

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as fee schedules print it, 1 as invoices do (with the decimals), 2 with the
        ISO code, 3 as a clause's prose says it."""
        g, s = f"{amount:,}", spaced(amount)
        if not self.native:  # another set's program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign}{g}.00", f"{code} {g}", f"{code} {g}.00")[form]
        forms = {
            "au": (f"A${g}", f"${g}.00 AUD", f"AUD {g}", f"AUD {g}.00"),
            "nz": (f"NZ${g}", f"${g}.00 NZD", f"NZD {g}", f"NZ${g}.00"),
            "za": (f"R{NBSP}{s}", f"R{NBSP}{s},00", f"ZAR {g}", f"R{g}"),
            "ng": (f"₦{g}", f"₦{g}.00", f"NGN {g}", f"N{g}"),
            "ke": (f"KSh {g}", f"KES {g}.00", f"KES {g}", f"Kshs. {g}/="),
            "gh": (f"GH₵ {g}", f"GH₵{g}.00", f"GHS {g}", f"GHS {g}.00"),
            "ph": (f"₱{g}", f"₱{g}.00", f"PHP {g}", f"PHP {g}.00"),
            "sg": (f"S${g}", f"S${g}.00", f"SGD {g}", f"SGD {g}.00"),
            "my": (f"RM{g}", f"RM{g}.00", f"MYR {g}", f"RM {g}"),
            "pk": (f"PKR {g}", f"Rs. {g}/-", f"PKR {g}", f"Rs. {g}"),
        }  # fmt: skip
        return forms[self.kind][form]

    def month_first(self) -> bool:
        """The Philippines writes its dates month first; the others day first."""
        return self.kind == "ph"

    def local(self, d: date) -> str:
        """A date in English words: "3 March 2025", or the Philippines' "March 3, 2025"."""
        if self.month_first():
            return f"{d:%B} {d.day}, {d.year}"
        return f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday, as a clause writes it: "Monday 3 March 2025"."""
        if self.month_first():
            return f"{d:%A}, {self.local(d)}"
        return f"{d:%A} {self.local(d)}"

    def numeric(self, d: date) -> str:
        """A date in figures as the country writes it: "03/03/2025" day first, South Africa's
        "2025/03/03" and the Philippines' month-first "03/15/2025"."""
        if self.kind == "za":
            return f"{d:%Y/%m/%d}"
        if self.month_first():
            return f"{d:%m/%d/%Y}"
        return f"{d:%d/%m/%Y}"

    def native_day(self, d: date) -> str:
        """A date in the country's own words ("3 Maart 2025", "3 Machi 2025", "3 Mac 2025");
        the long English date where English is all."""
        if not self.tongue:
            return self.long(d)
        return f"{d.day} {MONTHS[self.tongue][d.month - 1]} {d.year}"

    def cohort_name(self, i: int, d: date) -> str:
        return f"{INTAKE[self.kind].format(n=self.intake + i)} ({d:%B} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One intake's commencement in a sentence."""
        name = self.cohort_name(i, d)
        own = f" · {STARTS[self.tongue]} {self.native_day(d)}" if self.tongue else ""
        return f"{name} commences {self.long(d)} ({self.numeric(d)}){own}"

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low} to {high}"

    def pace(self) -> str:
        return PACE[0] if self.p.hours[0] >= 35 else PACE[1]

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        extra = f", comprising {total} hours of scheduled learning in total" if total else ""
        return (f"3.1 Course Duration: the Course runs for {w} weeks, {self.pace()}, with "
                f"{h} hours of scheduled learning per week{extra}.")  # fmt: skip

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The Provider's own instalment plan, as a clause."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly, 1), self.months()
        return (f"4.3 Instalment Plan: the Student may instead pay the Course Fee in {n} "
                f"monthly instalments of {m} each, by direct debit to the Provider, with no "
                "interest charged.")  # fmt: skip

    def fee_line(self) -> str:
        """The fee as the payment clause states it, with the tax it carries."""
        m = self.money(self.p.upfront, 3)
        return (f"4.2 The Student shall pay the Course Fee of {m} ({TAX[self.kind][2]}) "
                "before the Commencement Date.")  # fmt: skip

    def hero(self) -> str:
        """The fee's summary line at the head of the fee schedule."""
        m = self.money(self.p.upfront)
        short = millions(self.p.upfront) if self.native and self.kind == "ng" else None
        also = f" ({short})" if short else ""
        return f"Total Course Fee payable: {m}{also}"

    def terms(self, g: Guarantee) -> str:
        """A guarantee as a contract clause; ``Program.wording`` 1 restyles it."""
        w, win, share = self.p.wording, g.window, g.share
        if g.kind == "job_guarantee":
            if w:
                return (f"9.1 Employment Guarantee. Where the Student has not accepted a "
                        f"Qualifying Offer of employment within {win} months after the "
                        f"Completion Date, {share}% of the Course Fee paid is refundable by the "
                        "Provider, subject to the Student meeting the conditions of clause "
                        "9.2.")  # fmt: skip
            return (f"9.1 Employment Guarantee. If the Student does not receive a Qualifying "
                    f"Offer of employment within {win} months of the Completion Date, the "
                    f"Provider shall refund {share}% of the Course Fee paid, provided the "
                    "Student has met every condition in clause 9.2.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"9.3 Cooling-off. By written notice given within {win} days of the "
                        "Commencement Date, the Student may cancel this Agreement, and every "
                        "Fee paid is then repaid in full.")  # fmt: skip
            return (f"9.3 Cooling-off Period. The Student may cancel this Agreement by written "
                    f"notice within {win} days of the Commencement Date and shall receive a "
                    "full refund of all Fees paid.")  # fmt: skip
        if w:
            return (f"9.4 Withdrawal Refund. Upon withdrawal in the first {win} weeks of the "
                    f"Course, {share}% of the Course Fee is refunded by the Provider; after "
                    "that no refund is payable.")  # fmt: skip
        return (f"9.4 Withdrawal Refund. If the Student withdraws within the first {win} weeks "
                f"of the Course, the Provider shall refund {share}% of the Course Fee. No "
                "refund is payable thereafter.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"4.5 Income Share Agreement: in place of the Course Fee, the Student may elect "
                f"to pay {self.money(0)} upfront and then {pct}% of gross monthly income for "
                f"{months} months, once earning at least {self.money(floor)} a "
                "year.")  # fmt: skip

    def deadline(self) -> date:
        """Enrolments close a week or more before the first commencement."""
        return self._not_a_start(self.p.starts[0] - timedelta(days=self.gap))

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: in English words, or in figures."""
        return self.numeric(d) if form == "figures" else self.local(d)

    def _not_a_start(self, d: date) -> date:
        while d in self.p.starts:
            d += timedelta(days=1)
        return d

    def _not_a_fee(self, amount: int) -> int:
        while amount in (self.p.upfront, self.p.monthly):
            amount += 1
        return amount

    def amount(self, usd: float) -> int:
        """A base-unit figure of the document in this page's money, rounded as fee schedules
        round it."""
        raw = usd * self.scale
        step = 1_000 if raw >= 100_000 else 50 if raw >= 1_000 else 5
        return self._not_a_fee(max(step, int(round(raw / step) * step)))

    def tax(self) -> str:
        """The tax component of the fee, as a schedule's footnote rounds it."""
        name, rate, _ = TAX[self.kind]
        part = self._not_a_fee(round(self.p.upfront * rate / (100 + rate)))
        return f"The Course Fee includes {name} ({rate:g}%) of approximately {self.money(part)}."

    def fee_schedule(self) -> list[tuple[str, str, str]]:
        """Schedule 1, the fee schedule, header first: the Course Fee and the other charges."""
        p, m = self.p, self.money
        rows = [("Item", "Amount", "When payable"),
                ("Course Fee", m(p.upfront), "Before the Commencement Date")]  # fmt: skip
        if p.monthly:
            rows.append(("Instalment (each)", m(p.monthly), f"Monthly, {self.months()} times"))
        rows += [
            ("Acceptance deposit (part of the Course Fee)", m(self.amount(500)),
             "On acceptance of offer"),
            ("Administration fee on withdrawal", m(self.amount(250)), "On withdrawal"),
            ("Deferral fee", m(self.amount(350)), "Per deferral"),
            ("Re-sit or re-assessment fee", m(self.amount(120)), "Per assessment"),
            ("Late payment fee", m(self.amount(45)), "Per overdue instalment"),
        ]  # fmt: skip
        return rows

    def refund_schedule(self) -> list[tuple[str, str]]:
        """Schedule 2, the cancellation schedule, header first: notice given *before* the
        Commencement Date and the share of Fees refunded (never the guarantee's terms)."""
        return [("Written notice of cancellation received", "Refund of Fees paid"),
                ("8 weeks or more before the Commencement Date", "90%"),
                ("4 to 8 weeks before the Commencement Date", "60%"),
                ("Less than 4 weeks before the Commencement Date", "30%"),
                ("On or after the Commencement Date", "See clause 9")]  # fmt: skip

    def term_break(self) -> tuple[date, date]:
        first = self.p.starts[0] + timedelta(weeks=7)
        return self._not_a_start(first), self._not_a_start(first + timedelta(days=4))

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a twenty-first set of words."""
        p, last, m, day = self.p, self.p.ends()[0], self.money, self.when
        company, regulator, phone = LOCALE[self.kind]
        funding, claim = FUNDING[self.kind]
        first, close = p.starts[0], self.deadline()
        accept = self._not_a_start(close - timedelta(days=10))
        census = self._not_a_start(first + timedelta(days=18))
        orientation = self._not_a_start(first - timedelta(days=3))
        pause, resume = self.term_break()
        graduation = self._not_a_start(last + timedelta(days=10))
        census_word = CENSUS.get(self.kind, "Last day to withdraw without academic penalty")
        name = self.provider
        return {
            "withdrawal": f"6.2 An administration fee of {m(self.amount(250))} is deducted from "
            "any refund on withdrawal.",
            "deferral": f"6.4 A Deferral Fee of {m(self.amount(350))} applies to each deferral to "
            "a later Intake within 12 months.",
            "late": f"5.3 Late Payment: an instalment unpaid 7 days after its due date incurs a "
            f"late fee of {m(self.amount(45))} and interest at 10% per annum.",
            "dishonour": f"5.4 A dishonoured direct debit incurs a fee of {m(self.amount(15))}.",
            "resit": f"7.6 Re-sit and re-assessment: {m(self.amount(120))} per assessment after "
            "the second attempt.",
            "deposit": f"4.1 An Acceptance Deposit of {m(self.amount(500))} secures the place "
            "and is credited against the Course Fee.",
            "schedule": "Cancellation before commencement (Schedule 2): 90% refunded on 8 weeks' "
            "notice or more, 60% on 4 to 8 weeks' notice, 30% on less than 4 weeks' notice.",
            "funding": funding,
            "claim": claim,
            "exam": f"Certification exam fees are not included: {m(self.amount(300))} per "
            "attempt, payable to the exam body.",
            "equipment": f"Students must supply a laptop (16 GB RAM minimum); a loan laptop is "
            f"available for {m(self.amount(90))} per month, and the starter kit costs "
            f"{m(self.amount(150))}.",
            "tax": self.tax(),
            "census": end(f"{census_word}: {day(census)}"),
            "orientation": f"Orientation Day is held on {self.long(orientation)}, 9:30 am to "
            "1:00 pm.",
            "enrolment": end(f"Enrolments close {day(close)} ({day(close, 'figures')})"),
            "acceptance": end(f"Offers must be accepted by 5:00 pm on {day(accept)}"),
            "holiday": HOLIDAY[self.kind],
            "break": f"Term break: {day(pause)} to {day(resume)}, no scheduled classes.",
            "graduation": end(
                f"Graduation ceremony: {self.long(graduation)}, at the {self.city} campus"
            ),
            "ends": end(f"The Completion Date of the first Intake is {day(last)}"),
            "version": f"Terms and Conditions of Enrolment, Version {self.version}, issued "
            f"{day(date(2025, 1, 6))}; they take effect on {day(date(2025, 2, 1))}.",
            "clause": "Clause 12.3 (Complaints and Appeals) and Schedule 2 form part of this "
            "Agreement; see also Part 3.10.",
            "company": f"{name} · {company.split(' · ', 1)[1]}",
            "regulator": regulator,
            "phone": f"Student Services: {phone} (Monday to Friday, 9 am to 5 pm).",
            "footnote": f"¹ All amounts are in {self.currency_name()} and were correct as at "
            f"{day(date(2025, 1, 6))}.",
            "copyright": f"© {TODAY.year} {name.removesuffix('.')}. All rights reserved.",
        }

    def currency_name(self) -> str:
        if not self.native:
            return f"{self.p.currency} as quoted"
        return {"au": "Australian dollars", "nz": "New Zealand dollars", "za": "South African "
                "rand", "ng": "Nigerian naira", "ke": "Kenya shillings", "gh": "Ghana cedis",
                "ph": "Philippine pesos", "sg": "Singapore dollars", "my": "Malaysian ringgit",
                "pk": "Pakistani rupees"}[self.kind]  # fmt: skip
