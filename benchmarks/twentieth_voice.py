"""A twentieth way of wording a program, for :mod:`benchmarks.twentieth_styles`.

The nineteenth voice (:mod:`benchmarks.nineteenth_voice`) is being tuned on, so its figures
no longer say how bootwatch reads words nobody wrote rules for. Every earlier voice was mostly
about new currencies; this one is about new *copy*: the long-form marketing and comparison
pages of bootcamps in the markets such comparisons are written for, the United States
("$14,500"), Canada ("CA$19,575", "$19,575.00 CAD"), the United Kingdom ("£10,875"), Ireland
("€13,050") and Finland ("13 050 €", "13 050,00 €", Finnish months), Sweden ("145 000 kr",
Swedish months), Norway ("kr 145 000,-", Norwegian months), Denmark ("101.500 kr.", Danish
months), India ("₹1,74,000", "Rs. 1,74,000/-", Hindi months) and Turkey ("₺217.500",
"217.500 TL", Turkish months), written from how those pages sell a course and without reading
bootwatch's rules.

Beside the facts, every page carries the money, durations, promises and dates such copy puts
next to them, each in a sentence a careless reader could take for a fact: competitors' fees,
lengths and start dates in a comparison table and in prose ("Most bootcamps charge ...",
"vs. ..."); a lender's example loan ("as low as .../mo with ... over 36 months at 12.99% APR,
subject to credit approval") and a pay-in-4 split by Klarna or Afterpay, both a third party's
and not the school's own plan; a crossed-out list price, "a ... value" and "save ... if you
enrol by ..." (the current fee stays the fact); employers' tuition reimbursement, GI Bill and
government funding caps, referral bonuses and scholarships "up to" an amount; outcome
statistics that read like promises ("87% of graduates hired within 180 days", salary
increases, hiring partners, a "7-day free trial" one can "cancel anytime", a satisfaction
score); the curriculum's total content hours and exercises; and dates that are no start
(application and early-bird deadlines, webinars, open houses, "updated on", bylines, holiday
breaks, demo day, the cohort's end, graduation). The guarantees and the income share are
worded as marketing, some as FAQ answers (``Program.wording`` 1), stating the true window and
refund share without new meaning. Amounts are scaled to read like each country's fees
(:func:`twentieth_program`). Held out for the twentieth set's first look; rules are tuned on
it since, so the held-out voice is now :mod:`benchmarks.twentyfirst_voice`. A program in one of
these currencies is written as that country writes it (a euro program as Ireland or Finland, by
the country its seed draws); any other keeps its own code and sign with American lines.
One module of about 560 lines because every sentence of the voice is drawn from the same
program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The twentieth set's countries, the United States and India more often.
COUNTRIES = ("us", "us", "us", "ca", "gb", "gb", "ie", "se", "no", "dk", "fi", "in", "in",
             "tr")  # fmt: skip
CURRENCY = {"us": "USD", "ca": "CAD", "gb": "GBP", "ie": "EUR", "se": "SEK", "no": "NOK",
            "dk": "DKK", "fi": "EUR", "in": "INR", "tr": "TRY"}  # fmt: skip
#: Where a program in one of the currencies is from, when its seed draws another country.
HOME = {"USD": "us", "CAD": "ca", "GBP": "gb", "EUR": "ie", "SEK": "se", "NOK": "no",
        "DKK": "dk", "INR": "in", "TRY": "tr"}  # fmt: skip
#: Per currency, hundredths of a unit per unit of :func:`pagegen.make_program`'s fee.
SCALE = {"USD": 100, "CAD": 135, "GBP": 75, "EUR": 90, "SEK": 1_000, "NOK": 1_000,
         "DKK": 700, "INR": 1_200, "TRY": 1_500}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"USD": 5, "CAD": 5, "GBP": 5, "EUR": 5, "SEK": 100, "NOK": 100, "DKK": 100,
        "INR": 500, "TRY": 250}  # fmt: skip
NBSP = "\u00a0"
#: The language a country's pages keep beside English, and its month names (in dates).
TONGUE = {"us": "", "ca": "", "gb": "", "ie": "", "se": "sv", "no": "nb", "dk": "da",
          "fi": "fi", "in": "hi", "tr": "tr"}  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"),
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "hi": ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
           "नवंबर", "दिसंबर"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"),
}  # fmt: skip
CITY = {"us": "Austin", "ca": "Toronto", "gb": "Manchester", "ie": "Dublin",
        "se": "Stockholm", "no": "Oslo", "dk": "Copenhagen", "fi": "Helsinki",
        "in": "Bengaluru", "tr": "İstanbul"}  # fmt: skip
#: Per country: the two rival schools a comparison names, and the time zone of a webinar.
RIVALS = {"us": ("Apex Code School", "DevPath", "CT"), "ca": ("Maple Code Academy",
          "NorthStack", "ET"), "gb": ("Thames Code School", "Byteworks", "GMT"),
          "ie": ("Liffey Code Academy", "CodeCraic", "GMT"), "se": ("Kodskolan Syd",
          "DevAkademin", "CET"), "no": ("Kodeskolen Nord", "Fjordkode", "CET"),
          "dk": ("Kodehuset", "DevSkolen", "CET"), "fi": ("Koodikoulu Helsinki", "DevPolku",
          "EET"), "in": ("CodeGuru Academy", "SkillStack", "IST"), "tr": ("Kodlama Akademi",
          "YazılımHane", "TSİ")}  # fmt: skip
#: Per country: the third-party lender and its example rate, and the pay-in-4 provider.
LENDER = {"us": ("Climb Credit", "12.99% APR", "Afterpay"),
          "ca": ("Financeit", "9.99% APR", "Afterpay"),
          "gb": ("Future Finance", "14.9% APR representative", "Klarna"),
          "ie": ("Humm", "11.9% APR", "Klarna"),
          "se": ("Resurs Bank", "12,95 % effektiv ränta", "Klarna"),
          "no": ("Svea Bank", "13,9 % effektiv rente", "Klarna"),
          "dk": ("Resurs Bank", "ÅOP 12,9 %", "Klarna"),
          "fi": ("Walley", "todellinen vuosikorko 12,9 %", "Klarna"),
          "in": ("Propelld", "12.99% p.a.", "Simpl"),
          "tr": ("Garanti BBVA", "yıllık %54", "Papara")}  # fmt: skip
#: Per country: employer reimbursement and public funding, with their own caps and shares.
FUNDING = {
    "us": ("Many employers reimburse up to $5,250 a year in tuition, tax-free under IRS "
           "Section 127.",
           "GI Bill® benefits cover up to $28,937.09 a year at non-degree schools (2024–25 cap)."),
    "ca": ("Ask your employer: many Canadian companies reimburse up to CA$2,500 a year of "
           "professional development.",
           "The Canada Training Credit gives back up to CA$250 a year; Ontario's Better Jobs "
           "grant covers up to CA$28,000 for laid-off workers."),
    "gb": ("Many employers fund up to £1,000 a year of training from their L&D budget.",
           "Government-funded Skills Bootcamps cover up to 90% of the cost for employer-"
           "sponsored learners; the Advanced Learner Loan covers up to £10,000."),
    "ie": ("Your employer may pay: Skillnet Ireland members reclaim up to 50% of staff "
           "training costs.",
           "Springboard+ funds up to 90% of the fee for eligible jobseekers and returners."),
    "se": (f"Many employers pay up to 20{NBSP}000 kr a year in kompetensutveckling (skills "
           "budget).",
           f"CSN studiemedel: up to 3{NBSP}584 kr a week in grant and loan for eligible "
           "students."),
    "no": (f"Many employers cover up to kr 25{NBSP}000,- a year of etter- og videreutdanning.",
           f"Lånekassen lends up to kr 151{NBSP}690,- per academic year; 40% can become a "
           "grant."),
    "dk": ("Many employers pay up to 15.000 kr. a year in efteruddannelse (further training).",
           "SU (Statens Uddannelsesstøtte) pays up to 6.820 kr. a month before tax to eligible "
           "students."),
    "fi": (f"Many employers pay up to 2{NBSP}000 € a year of staff training (koulutus).",
           "TE-palvelut (employment services) can fund up to 100% as labour-market training; "
           "Kela's opintoraha is up to 279,38 € a month."),
    "in": ("Many employers reimburse up to ₹50,000 a year of upskilling.",
           "Skill India (PMKVY) and state skill missions subsidise up to 75% for eligible "
           "learners."),
    "tr": ("Many employers reimburse up to ₺30.000 a year of training.",
           "İŞKUR İşgücü Uyum Programı covers up to 70% of the fee, plus a daily allowance of "
           "₺540 for participants."),
}  # fmt: skip
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "us": ("Inc. · 1100 Congress Ave, Austin, TX 78701", "(512) 555-0190", "Approved by the "
           "Texas Workforce Commission Career Schools and Colleges.", "Jasmine R."),
    "ca": ("Inc. · 100 King St W, Toronto, ON M5X 1A9", "(416) 555-0190", "Registered as a "
           "private career college under the Ontario Career Colleges Act, 2005.", "Arjun P."),
    "gb": ("Ltd · Company No. 09876543 · Manchester M1 1AE", "0161 555 0190", "Accredited by "
           "the Institute of Coding; a Department for Education Skills Bootcamp provider.",
           "Chloe W."),
    "ie": ("DAC · CRO 654321 · Dublin 2, D02 X285", "+353 1 555 0190", "QQI-validated "
           "programme (NFQ Level 6 Special Purpose Award).", "Aoife M."),
    "se": ("AB · Org.nr 559012-3456 · Stockholm", "08-555 019 00", "Registrerad hos "
           "Myndigheten för yrkeshögskolan (registered with the YH agency).", "Elin S."),
    "no": ("AS · Org.nr 912 345 678 · Oslo", "+47 22 55 01 90", "Godkjent av NOKUT som "
           "fagskoleutdanning (approved by NOKUT).", "Ingrid H."),
    "dk": ("ApS · CVR 41234567 · København K", "+45 33 55 01 90", "Godkendt af "
           "Uddannelses- og Forskningsministeriet (approved by the ministry).", "Mads J."),
    "fi": ("Oy · Y-tunnus 3123456-7 · Helsinki", "+358 9 5550 190", "Opetushallituksen "
           "hyväksymä (approved by the Finnish National Agency for Education).", "Aino K."),
    "in": ("Pvt. Ltd. · CIN U80900KA2019PTC123456 · Bengaluru", "+91 80 4555 0190",
           "NSDC training partner; certificates co-branded with Skill India.", "Rohit S."),
    "tr": ("A.Ş. · Mersis 0123456789000015 · İstanbul", "+90 212 555 01 90", "MEB onaylı "
           "kurs (approved by the Ministry of National Education).", "Elif Y."),
}  # fmt: skip
#: Per country: hiring partners, and the holiday break beside the cohorts (never a start).
PARTNERS = {"us": "Dell, Indeed and Whole Foods", "ca": "Shopify, RBC and Wealthsimple",
            "gb": "Monzo, the BBC and Auto Trader", "ie": "Stripe, Workday and Intercom",
            "se": "Klarna, Spotify and Volvo Cars", "no": "Vipps, DNB and Equinor",
            "dk": "Novo Nordisk, Lego and Pleo", "fi": "Supercell, Wolt and Nokia",
            "in": "Infosys, Flipkart and Razorpay", "tr": "Trendyol, Getir and Akbank"}  # fmt: skip
HOLIDAY = {
    "us": "Holiday break: December 22, 2025 – January 2, 2026. No classes on Memorial Day, July "
    "4 or Thanksgiving (November 27).",
    "ca": "Holiday break: December 22, 2025 – January 2, 2026. No classes on Victoria Day (May "
    "19), Canada Day or Thanksgiving (October 13).",
    "gb": "Christmas break: 22 December 2025 – 2 January 2026. No classes on bank holidays (5 "
    "May, 26 May and 25 August).",
    "ie": "Christmas break: 22 December 2025 – 2 January 2026. No classes on St Patrick's Day "
    "(17 March) or the June bank holiday (2 June).",
    "se": "Julledighet (Christmas break): 20 december 2025 – 6 januari 2026. No classes on "
    "midsommarafton (20 juni 2025).",
    "no": "Juleferie (Christmas break): 19. desember 2025 – 5. januar 2026. No classes in "
    "påskeuken (14.–21. april 2025) or on 17. mai.",
    "dk": "Juleferie (Christmas break): 20. december 2025 – 4. januar 2026. No classes in "
    "påskeugen (14.–21. april 2025) or on grundlovsdag (5. juni).",
    "fi": "Joululoma (Christmas break): 20. joulukuuta 2025 – 6. tammikuuta 2026. No classes on "
    "vappu (1. toukokuuta) or juhannus (20. kesäkuuta 2025).",
    "in": "No classes on Holi (14 March 2025), Independence Day (15 August) or over the Diwali "
    "break (20–24 October 2025).",
    "tr": "Ramazan Bayramı tatili (30 Mart – 1 Nisan 2025) ve Kurban Bayramı tatili (6–9 Haziran "
    "2025): no classes.",
}  # fmt: skip
#: A cohort's name per country: "{n}" is the cohort's number.
COHORT = {"us": "Cohort {n}", "ca": "Cohort {n}", "gb": "Cohort {n}", "ie": "Cohort {n}",
          "se": "Omgång {n}", "no": "Kull {n}", "dk": "Hold {n}", "fi": "Ryhmä {n}",
          "in": "Batch {n}", "tr": "Dönem {n}"}  # fmt: skip
#: Local words for "starts", per language.
STARTS = {"sv": "kursstart", "nb": "oppstart", "da": "holdstart", "fi": "alkaa",
          "hi": "शुरुआत", "tr": "başlangıç"}  # fmt: skip


def country(seed: int) -> str:
    """The country a twentieth-set program of ``seed`` is from."""
    return random.Random(seed * 2711 + 13).choice(COUNTRIES)


def twentieth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives the
    same program): fees scaled to each country's, monthly payments over 6 to 24 months (never
    4, so a pay-in-4 split is never the school's own instalment)."""
    p = make_program(seed)
    r = random.Random(seed * 1409 + 71)
    currency = CURRENCY[country(seed)]
    upfront = p.upfront * SCALE[currency] // 100
    months = r.choice([6, 9, 10, 12, 18, 24])
    step = STEP[currency]
    monthly = max(step, round(upfront / months / step) * step) if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency] // 100) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def spaced(amount: int, space: str = NBSP) -> str:
    """Thousands grouped by spaces, as Swedish, Norwegian and Finnish pages write them."""
    return f"{amount:,}".replace(",", space)


def dotted(amount: int) -> str:
    """Thousands grouped by dots, as Danish and Turkish pages write them."""
    return f"{amount:,}".replace(",", ".")


def lakh(amount: int) -> str:
    """Indian grouping in lakhs and crores: "1,25,000"."""
    text = str(amount)
    if len(text) <= 3:
        return text
    head, tail = text[:-3], text[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail]) if head else ",".join([*groups, tail])


def end(text: str) -> str:
    """A sentence's full stop, unless one ends it already."""
    return text if text.endswith(".") else f"{text}."


class TwentiethVoice(Kit):
    """The facts of ``kit``'s program in a twentieth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 6271 + 29)  # the page's fixed choices, drawn once
        self.gap = r.randrange(8, 22)
        self.intake = r.randrange(3, 60)  # the number of the next cohort
        self.rival = (r.randrange(130, 210) * 100 + 50, r.choice((30, 32, 36)),
                      r.randrange(80, 140) * 100 + 50, r.choice((36, 40, 48)))  # fmt: skip
        self.salary = r.choice((68, 72, 75, 81, 86)) * 1_000
        drawn = country(kit.p.seed)
        own = drawn if CURRENCY[drawn] == kit.p.currency else HOME.get(kit.p.currency)
        self.own = own
        self.kind = own or "us"

    @property
    def native(self) -> bool:
        """Whether the program's currency is one of this voice's countries' (else it keeps its
        own code and sign with American lines)."""
        return self.own is not None

    @property
    def tongue(self) -> str:
        return TONGUE[self.kind]

    @property
    def lang(self) -> str:
        return {"us": "en-US", "ca": "en-CA", "gb": "en-GB", "ie": "en-IE", "se": "sv-SE",
                "no": "nb-NO", "dk": "da-DK", "fi": "fi-FI", "in": "en-IN",
                "tr": "tr-TR"}[self.kind]  # fmt: skip

    @property
    def city(self) -> str:
        return CITY[self.kind]

    @property
    def scale(self) -> float:
        return SCALE.get(self.p.currency, 100) / 100

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 as checkouts and receipts do (with the decimals),
        2 with the ISO code, 3 as hero copy says it."""
        g, s, d = f"{amount:,}", spaced(amount), dotted(amount)
        if not self.native:  # another set's program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign}{g}.00", f"{code} {g}", f"{g} {code}")[form]
        forms = {
            "us": (f"${g}", f"${g}.00", f"USD {g}", f"${g} USD"),
            "ca": (f"CA${g}", f"${g}.00 CAD", f"CAD {g}", f"${g} CAD"),
            "gb": (f"£{g}", f"£{g}.00", f"GBP {g}", f"£{g}"),
            "ie": (f"€{g}", f"€{g}.00", f"EUR {g}", f"€{g}"),
            "se": (f"{s} kr", f"{s},00 SEK", f"SEK {g}", f"{s} kronor"),
            "no": (f"kr {s},-", f"NOK {s},00", f"NOK {g}", f"{s} kroner"),
            "dk": (f"{d} kr.", f"DKK {d},00", f"DKK {g}", f"{d} kroner"),
            "fi": (f"{s} €", f"{s},00 €", f"EUR {g}", f"{s} euroa"),
            "in": (f"₹{lakh(amount)}", f"Rs. {lakh(amount)}/-", f"INR {g}", f"₹{lakh(amount)}"),
            "tr": (f"₺{d}", f"{d},00 TL", f"TRY {g}", f"{d} TL"),
        }  # fmt: skip
        return forms[self.kind][form]

    def local(self, d: date) -> str:
        """A date in English words: month first in North America, day first elsewhere."""
        if self.kind in ("us", "ca"):
            return f"{d:%B} {d.day}, {d.year}"
        return f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday in English."""
        if self.kind in ("gb", "ie"):
            return f"{d:%A} {self.local(d)}"
        return f"{d:%A}, {self.local(d)}"

    def numeric(self, d: date) -> str:
        """A date in figures as the country writes it: "3/15/2025", "2025-03-15",
        "15/03/2025", "15.03.2025" or Finland's "15.3.2025"."""
        k = self.kind
        if k == "us":
            return f"{d.month}/{d.day}/{d.year}"
        if k in ("ca", "se"):
            return d.isoformat()
        if k in ("no", "dk", "tr"):
            return f"{d:%d.%m.%Y}"
        if k == "fi":
            return f"{d.day}.{d.month}.{d.year}"
        return f"{d:%d/%m/%Y}"

    def native_day(self, d: date) -> str:
        """A date in the country's own words: "15 mars 2025", "15. mars 2025", "15. marts
        2025", "15. maaliskuuta 2025", "15 मार्च 2025", "15 Mart 2025"; English where English
        is all."""
        t = self.tongue
        if not t:
            return self.long(d)
        month = MONTHS[t][d.month - 1]
        if t in ("nb", "da", "fi"):
            return f"{d.day}. {month} {d.year}"
        return f"{d.day} {month} {d.year}"

    def cohort_name(self, i: int, d: date) -> str:
        return f"{COHORT[self.kind].format(n=self.intake + i)} ({d:%b} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name = self.cohort_name(i, d)
        if self.tongue:
            return f"{name}: {STARTS[self.tongue]} {self.native_day(d)} · starts {self.long(d)}"
        return f"{name}: starts {self.long(d)}"

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def weeks_own(self, w: int) -> str:
        """The weeks in the country's own words."""
        word = {"sv": "veckor", "nb": "uker", "da": "uger", "fi": "viikkoa", "hi": "सप्ताह",
                "tr": "hafta"}[self.tongue]  # fmt: skip
        return f"{w} {word}"

    def pace(self) -> str:
        if self.p.hours[0] >= 35:
            return "full-time, Monday to Friday"
        return "part-time, evenings and weekends"

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        own = f" ({self.weeks_own(w)})" if self.tongue else ""
        extra = f" · {total} hours of live instruction in all" if total else ""
        return f"Program length: {w} weeks{own} · {self.pace()} · {h} hours per week{extra}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The school's own payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n, t = self.money(self.p.monthly, 1), self.months(), self.tongue
        own = f"({m} a month for {n} months, paid to {self.p.camp} Academy, interest-free)"
        if t == "sv":
            return f"Delbetalning: {n} månadsbetalningar à {m} {own}"
        if t == "nb":
            return f"Nedbetaling: {n} månedlige avdrag på {m} {own}"
        if t == "da":
            return f"Afdrag: {n} månedlige rater á {m} {own}"
        if t == "fi":
            return f"Osamaksu: {n} kuukausierää à {m} {own}"
        if t == "tr":
            return f"Taksitli ödeme: {n} ay boyunca aylık {m} {own}"
        if self.kind == "in":
            return f"Pay in instalments directly to us: {n} monthly instalments of {m} {own}"
        return (f"Our own payment plan: {m} a month for {n} months, interest-free and paid "
                f"directly to {self.p.camp} Academy")  # fmt: skip

    def fee_line(self) -> str:
        """The fee with what the country writes beside it."""
        m = self.money(self.p.upfront)
        if not self.native:
            return f"Tuition: {m}"
        label = {"us": "Tuition", "ca": "Tuition", "gb": "Course fee", "ie": "Course fee",
                 "se": "Kursavgift (tuition)", "no": "Kursavgift (tuition)",
                 "dk": "Kursusgebyr (tuition)", "fi": "Kurssimaksu (tuition)",
                 "in": "Programme fee", "tr": "Eğitim ücreti (tuition)"}[self.kind]  # fmt: skip
        tail = {"se": " (SEK, momsfri)", "no": " (NOK, mva-fritt)", "dk": " (DKK, momsfri)",
                "in": f" ({self.money(self.p.upfront, 1)}, inclusive of GST)",
                "tr": " (KDV dahil)", "ca": " (Canadian dollars)"}.get(self.kind, "")  # fmt: skip
        return f"{label}: {m}{tail}"

    def hero(self) -> str:
        """The hero's price line, as a landing page puts it."""
        m = self.money(self.p.upfront, 3)
        if self.native and self.kind == "tr":
            return f"Yazılımcı olmanın en kısa yolu: tüm program {m}"
        if self.native and self.kind == "in":
            return f"Become job-ready in {self.p.weeks} weeks: the full programme for {m}"
        return f"Everything you need to get hired in tech, for {m}"

    def terms(self, g: Guarantee) -> str:
        """Marketing copy for a guarantee; ``Program.wording`` 1 asks and answers it as FAQs."""
        w, win, share = self.p.wording, g.window, g.share
        if g.kind == "job_guarantee":
            if w:
                return (f"What if I don't get a job? Our job guarantee has you covered: no "
                        f"qualifying offer within {win} months after graduation means {share}% "
                        "of your tuition comes back to you, as long as you complete every "
                        "project and apply to five roles each week.")  # fmt: skip
            return (f"Get hired or get your tuition back. If you don't land a qualifying tech "
                    f"job within {win} months of graduating, we refund {share}% of your "
                    "tuition. Terms apply: finish every project and apply to at least five "
                    "roles a week.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Can I change my mind? Yes. Withdraw within the first {win} days of "
                        "class and we refund everything you paid, no questions asked.")  # fmt: skip
            return (f"Try it risk-free: if the course isn't right for you within the first "
                    f"{win} days, tell us and we'll give you a full refund.")  # fmt: skip
        if w:
            return (f"What if I need to leave early? Leave within the first {win} weeks and "
                    f"{share}% of your tuition is refunded; after that the fee is "
                    "non-refundable.")  # fmt: skip
        return (f"Refund policy: withdraw within the first {win} weeks of the course and we "
                f"refund {share}% of your tuition. No refunds after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Income Share Agreement: {self.money(0)} upfront, then {pct}% of your monthly "
                f"income for {months} months once you earn {self.money(floor)}+ a "
                "year.")  # fmt: skip

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: in figures, or in the country's own words."""
        return self.native_day(d) if form != "long" else self.numeric(d)

    def _not_a_start(self, d: date) -> date:
        while d in self.p.starts:
            d += timedelta(days=1)
        return d

    def _not_a_fee(self, amount: int) -> int:
        while amount in (self.p.upfront, self.p.monthly):
            amount += 1
        return amount

    def amount(self, usd: float) -> int:
        """A US-dollar figure of the copy in this page's money, rounded as copy rounds it."""
        raw = usd * self.scale
        step = 50 if raw >= 5_000 else 1
        return self._not_a_fee(int(round(raw / step) * step))

    def saving(self) -> int:
        return self._not_a_fee(int(round(2_000 * self.scale / 50) * 50))

    def struck(self) -> str:
        """The list price a page crosses out: the fee plus the early-enrolment saving."""
        return self.money(self.p.upfront + self.saving())

    def rivals(self) -> tuple[tuple[str, int, int, date], tuple[str, int, int, date]]:
        """Two rival schools: name, fee, weeks and next start (never this school's)."""
        a, b, _ = RIVALS[self.kind]
        fee_a, weeks_a, fee_b, weeks_b = self.rival
        start_a = self._not_a_start(TODAY + timedelta(days=24 + self.p.seed % 11))
        start_b = self._not_a_start(TODAY + timedelta(days=47 + self.p.seed % 13))
        return ((a, self.amount(fee_a), weeks_a, start_a),
                (b, self.amount(fee_b), weeks_b, start_b))  # fmt: skip

    def comparison(self) -> list[tuple[str, str, str, str]]:
        """The comparison table, header first: this school and two rivals, side by side."""
        (a, fa, wa, sa), (b, fb, wb, sb) = self.rivals()
        p, jobs = self.p, any(g.kind == "job_guarantee" for g in self.p.guarantees)
        return [
            ("", f"{p.camp} Academy", a, b),
            ("Tuition", self.money(p.upfront), self.money(fa), self.money(fb)),
            ("Length", f"{p.weeks} weeks", f"{wa} weeks", f"{wb} weeks"),
            ("Schedule", self.pace(), "full-time", "part-time, 12 hours a week"),
            ("Next cohort", self.local(p.starts[0]), self.local(sa), self.local(sb)),
            ("Job guarantee", "Yes" if jobs else "No", "Yes", "No"),
            ("Live mentoring", "1:1, weekly", "group only", "none"),
        ]

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a twentieth set of words."""
        p, last, m = self.p, self.p.ends()[0], self.money
        (a, fa, wa, sa), (b, fb, wb, sb) = self.rivals()
        lender, rate, split = LENDER[self.kind]
        employer, grant = FUNDING[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        day, close, zone = self.when, self.deadline(), RIVALS[self.kind][2]
        early = close - timedelta(days=12)
        quarter = self._not_a_fee(round(p.upfront / 4))
        loan = self._not_a_fee(round(257 * self.scale))
        return {
            "average": f"Most bootcamps charge {m(self.amount(13_584))} or more for less "
            "support (industry average, 2024).",
            "versus": f"vs. {a}: {m(fa)} and {wa} weeks, next cohort {self.local(sa)}.",
            "versus_part": f"{b}: {m(fb)}, part-time, {wb} weeks at 12 hours a week, starting "
            f"{self.local(sb)}.",
            "lender": f"Or finance it: as low as {m(loan)}/mo with {lender} over 36 months at "
            f"{rate}, subject to credit approval.",
            "split": f"Pay in 4 interest-free instalments of {m(quarter)} with {split}.",
            "was": f"Regular price {self.struck()}: save {m(self.saving())} if you enrol by "
            f"{day(early)}.",
            "value": f"A {m(self.amount(25_000))} value: live classes, 1:1 mentoring and "
            "lifetime career support included.",
            "employer": employer,
            "grant": grant,
            "referral": f"Refer a friend and get {m(self.amount(500))} when they enrol.",
            "scholarship": f"Scholarships up to {m(self.amount(3_000))} for women, veterans and "
            "career changers.",
            "hired": "87% of graduates hired within 180 days (2024 outcomes report).",
            "raise": f"Average salary increase: {m(self.amount(23_000))}.",
            "salary": f"Median starting salary: {m(self.amount(self.salary))} a year.",
            "partners": f"600+ hiring partners, including {PARTNERS[self.kind]}.",
            "trial": "Start with a 7-day free trial of our prep course. Cancel anytime.",
            "survey": "Rated 4.8/5 in our 2024 student satisfaction survey (1,204 responses).",
            "content": "Over 1,200 hours of curriculum and 500+ coding exercises, yours for life.",
            "deadline": end(f"Application deadline: {day(close)}"),
            "webinar": f"Free webinar: {day(TODAY + timedelta(days=8), 'words')}, 6 pm {zone}.",
            "open_house": f"Open house at our {self.city} campus: "
            f"{self.long(TODAY + timedelta(days=12))}.",
            "updated": f"Updated on {day(date(2025, 1, 6))}",
            "byline": f"By {name.split()[0]} at {p.camp} Academy · {day(date(2024, 11, 12))} · "
            "8 min read",
            "holiday": HOLIDAY[self.kind],
            "demo": end(f"Demo day: {day(last + timedelta(days=1))}, with our hiring partners"),
            "ends": end(
                f"This cohort ends {day(last)}; graduation is "
                f"{day(last + timedelta(days=7), 'words')}"
            ),
            "testimonial": f"“Worth every penny. I got three offers before demo day.” — {name}, "
            "2024 graduate",
            "credential": credential,
            "tagline": f"The bootcamp {self.city} hires from.",
            "button": "Apply now: it takes 10 minutes",
            "phone": f"Questions? Call {phone} or chat with admissions.",
            "copyright": f"© {TODAY.year} {p.camp} Academy {company}. All rights reserved.",
        }
