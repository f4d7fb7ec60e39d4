"""A seventeenth way of wording a program, for :mod:`benchmarks.seventeenth_styles`.

The sixteenth voice (:mod:`benchmarks.sixteenth_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is bootcamps of the
Balkans, Eastern Europe and Russia, written in English from how their sites word a course,
with the local words and scripts (Cyrillic and Latin) they keep beside the English, and
without reading bootwatch's rules: Serbia ("240.000 din.", "240 000 дин.", "RSD 240.000,00",
Latin or Cyrillic months, "15.03.2025." with the trailing dot, NSZ, slava), North Macedonia
("48.000 ден.", ДДВ, Macedonian months), Bosnia and Herzegovina ("1.250 KM", "1.250 КМ", PDV
17%), Albania ("120 000 Lekë", "L", TVSH, AKPA, Albanian months), Moldova ("12 500 lei", the
same word as Romania's leu, Romanian months, ANOFM and Tekwill), Belarus ("2 450 Br", the
same sign as Ethiopia's birr, and "руб.", ERIP, Halva cards), Russia ("90 000 ₽", "руб.",
"91,5 тыс. руб.", "от 90 000 ₽" for the fee, genitive months "15 марта 2025 г.", the 13% tax
deduction, bank instalments "0-0-12" that are the bank's product and not the school's plan),
Montenegro and Kosovo (euros, "1.250 €", "€1,250", "1.250 eura"). Salaries in local money and
euros, the fee in euros "for reference only", VAT lines (PDV, ПДВ, ДДВ, НДС, TVSH),
employment-agency, EU and USAID funding of part of the fee, registration and exam fees,
deposits, early-bird savings, the New Year and Orthodox Christmas (7 January), Easter, Bajram
and national days, info sessions, deadlines, cohort ends and graduation are the non-facts.

Amounts are scaled to read like each country's fees (:func:`seventeenth_program`). Same
contract as :class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the seventeenth set's
first look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`. A Montenegrin or Kosovar program in euros is told apart
from a development one by the country its seed draws (:func:`country`); a development program
redesigned into the seventeenth styles keeps its own code and sign, with Serbia's lines.
One module of about 580 lines because every sentence of the voice is drawn from the same
program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The seventeenth set's countries, Serbia and Russia twice as often (the largest of these
#: bootcamp markets).
COUNTRIES = ("rs", "rs", "mk", "ba", "al", "md", "by", "ru", "ru", "me", "xk")
#: Each country's currency; Montenegro and Kosovo use the euro.
CURRENCY = {"rs": "RSD", "mk": "MKD", "ba": "BAM", "al": "ALL", "md": "MDL", "by": "BYN",
            "ru": "RUB", "me": "EUR", "xk": "EUR"}  # fmt: skip
KINDS = {"RSD": "rs", "MKD": "mk", "BAM": "ba", "ALL": "al", "MDL": "md", "BYN": "by",
         "RUB": "ru"}  # fmt: skip
#: Per currency, hundredths of a unit per unit of :func:`pagegen.make_program`'s fee.
SCALE = {"RSD": 2_500, "MKD": 800, "BAM": 20, "ALL": 1_500, "MDL": 200, "BYN": 25,
         "RUB": 1_500, "EUR": 20}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"RSD": 500, "MKD": 500, "BAM": 5, "ALL": 500, "MDL": 50, "BYN": 5, "RUB": 100,
        "EUR": 5}  # fmt: skip
#: A euro in each currency, for the reference price some pages add.
RATE = {"RSD": 117.2, "MKD": 61.5, "BAM": 1.956, "ALL": 100.5, "MDL": 19.4, "BYN": 3.5,
        "RUB": 103.0, "EUR": 1.0}  # fmt: skip
#: Where sites write numeric dates with a trailing dot ("15.03.2025.").
TRAILING = ("rs", "ba", "me")
#: Where the site's own language is Russian (Belarusian sites mostly write Russian).
RUSSIAN = ("ru", "by")
CITY = {"rs": "Belgrade", "mk": "Skopje", "ba": "Sarajevo", "al": "Tirana", "md": "Chișinău",
        "by": "Minsk", "ru": "Moscow", "me": "Podgorica", "xk": "Prishtina"}  # fmt: skip
LANGUAGE = {"rs": "Serbian", "mk": "Macedonian", "ba": "Bosnian", "al": "Albanian",
            "md": "Romanian", "by": "Russian", "ru": "Russian", "me": "Montenegrin",
            "xk": "Albanian"}  # fmt: skip
MONTHS = {
    "sr": ("januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar",
           "oktobar", "novembar", "decembar"),
    "sr_cyr": ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар",
               "октобар", "новембар", "децембар"),
    "bs": ("januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar",
           "oktobar", "novembar", "decembar"),
    "mk": ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август",
           "септември", "октомври", "ноември", "декември"),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
           "tetor", "nëntor", "dhjetor"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}  # fmt: skip
#: Each country's month names ("sr" is swapped for Cyrillic on a Cyrillic Serbian page).
MONTH_SET = {"rs": "sr", "mk": "mk", "ba": "bs", "al": "sq", "md": "ro", "by": "ru",
             "ru": "ru", "me": "sr", "xk": "sq"}  # fmt: skip
NBSP = "\u00a0"
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "rs": ("d.o.o. · PIB 112345678 · MB 21654321 · Vračar, Beograd", "+381 11 405 0190",
           "Publicly recognised adult-education provider (JPOA status, Ministry of Education "
           "of Serbia).", "Milica P."),
    "mk": ("ДООЕЛ · ЕМБС 7123456 · Центар, Скопје", "+389 2 3100 190",
           "Verified provider of the Centre for Adult Education (Центар за образование на "
           "возрасни).", "Ana S."),
    "ba": ("d.o.o. · ID broj 4200123450007 · Centar, Sarajevo", "+387 33 555 190",
           "Licensed adult-education provider, Ministry of Education of Sarajevo Canton.",
           "Amar H."),
    "al": ("sh.p.k. · NIPT L12345678A · Blloku, Tiranë", "+355 69 555 0190",
           "Licensed by the National Agency for Employment and Skills (AKPA).", "Erisa M."),
    "md": ("S.R.L. · IDNO 1012600012345 · Centru, Chișinău", "+373 22 555 190",
           "Accredited by ANACEC, the National Agency for Quality Assurance in Education and "
           "Research.", "Ion C."),
    "by": ("ООО · УНП 191234567 · Минск", "+375 17 355 01 90",
           "Registered with the Ministry of Education as a provider of additional adult "
           "education.", "Dzmitry K."),
    "ru": ("ООО · ИНН 7701234567 · ОГРН 1197746000000 · Москва", "+7 495 555-01-90",
           "Educational licence (лицензия на образовательную деятельность) "
           "№ Л035-01298-77/00123456.", "Анна В."),
    "me": ("d.o.o. · PIB 03123456 · Podgorica", "+382 20 555 190",
           "Licensed by the Centre for Vocational Education (Centar za stručno obrazovanje).",
           "Jovana R."),
    "xk": ("L.L.C. · NRB 811234567 · Prishtinë", "+383 44 555 190",
           "Accredited by the National Qualifications Authority (AKK).", "Arbër G."),
}  # fmt: skip
#: Per country: money that is not this course's fee (salary, pay in euros, funding with its
#: own share and date, the registration fee, an exam fee, how people pay) and the tax line.
MONEY = {
    "rs": ("Junior developers in Belgrade earn 120.000–180.000 din. a month net (about "
           "€1,000–1,500).",
           "Graduates working remotely for EU clients earn €1,800–2,800 a month.",
           "The National Employment Service (NSZ) and the EU-funded IT retraining programme "
           "cover up to 70% of the fee for registered jobseekers; apply by 15.02.2025.",
           "Kotizacija / registration fee: 3.000 din. (non-refundable).",
           "Optional ISTQB exam: €200, paid to the exam centre.",
           "Pay by payment slip (uplatnica), IPS QR, Dina, Visa or Mastercard; or in up to 12 "
           "interest-free instalments on a Banca Intesa or Raiffeisen card, a separate product "
           "of your bank.",
           "PDV (VAT 20%) is included in the price."),
    "mk": ("Junior developers in Skopje earn 45.000–70.000 ден. a month (about €730–1,140).",
           "Remote roles for EU firms pay our graduates €1,500–2,400 a month.",
           "The Employment Service Agency (АВРМ) and the USAID-backed YES Network cover up to "
           "50% of the fee for young jobseekers; apply by 15.02.2025.",
           "Котизација / registration fee: 1.500 ден. (non-refundable).",
           "Optional certification exam: €150.",
           "Pay by card, e-banking or in up to 12 instalments on a Komercijalna banka or NLB "
           "credit card, a separate bank product.",
           "Prices include ДДВ (VAT 18%)."),
    "ba": ("Junior developers in Sarajevo earn 1.400–2.200 KM a month.",
           "Remote roles for EU firms pay our graduates €1,500–2,500 a month.",
           "The cantonal employment service and the EU4Business project co-fund up to 60% of "
           "the fee for registered jobseekers; apply by 15.02.2025.",
           "Registration fee: 50 KM (non-refundable).",
           "Optional AWS Cloud Practitioner exam: 185 KM ($100).",
           "Pay by bank transfer, card or in up to 12 interest-free instalments on a UniCredit "
           "or Raiffeisen card, your bank's own product.",
           "Cijene sadrže PDV 17% (VAT included)."),
    "al": ("Junior developers in Tirana earn 90 000–150 000 Lekë a month (about €900–1,500).",
           "Remote roles for EU and US firms pay our graduates €1,500–2,500 a month.",
           "AKPA and the EU for Innovation programme cover up to 70% of the fee for registered "
           "jobseekers; apply by 15.02.2025.",
           "Tarifa e regjistrimit / registration fee: 2 000 Lekë (non-refundable).",
           "Optional certification exam: €150.",
           "Pay by bank transfer (BKT, Raiffeisen), card, or in instalments on a Credins or BKT "
           "credit card, a separate banking product.",
           "Prices include TVSH (VAT 20%)."),
    "md": ("Junior developers in Chișinău earn 15 000–25 000 lei a month (about €780–1,300).",
           "Graduates working remotely for EU firms earn €1,500–2,500 a month.",
           "ANOFM and the USAID-funded Tekwill programme cover up to 50% of the fee for "
           "registered jobseekers; apply by 15.02.2025.",
           "Taxa de înscriere / registration fee: 300 lei (non-refundable).",
           "Optional Cisco exam: $300, paid to Pearson VUE.",
           "Plata cu cardul, prin MIA (transfer instant) sau transfer bancar; credit în rate "
           "from maib or Moldindconbank is a separate loan from the bank.",
           "Educational services are VAT-exempt (scutite de TVA)."),
    "by": ("Junior developers in Minsk earn 2 000–3 500 Br a month (about $600–1,050).",
           "Graduates working for foreign clients earn $1,200–2,000 a month.",
           "Employment-office (служба занятости) referrals cover up to 50% of the fee for "
           "registered jobseekers; apply by 15.02.2025.",
           "Вступительный взнос / registration fee: 50 Br (non-refundable).",
           "Optional certification exam: $150.",
           "Pay through ERIP (ЕРИП), by card, or in instalments on a «Халва» or «Черепаха» "
           "card, a separate product of your bank.",
           "НДС не облагается (no VAT on education services)."),
    "ru": (f"Junior developers in Moscow earn от 80{NBSP}000 до 150{NBSP}000 ₽ a month.",
           "Middle developers earn 200–250 тыс. руб. a month.",
           "The federal «Содействие занятости» programme and employers cover up to 75% of the "
           "fee for eligible learners; apply by 15.02.2025.",
           f"Entrance test fee: 1{NBSP}500 ₽ (non-refundable).",
           f"Optional certification exam: 5{NBSP}000 ₽.",
           "Рассрочка 0-0-12 от Т-Банка и Сбера: a separate loan product of the bank, arranged "
           "at checkout.",
           "НДС не облагается (no VAT on education); claim the social tax deduction "
           "(налоговый вычет 13 %) on the fee you paid."),
    "me": ("Junior developers in Podgorica earn €800–1,200 a month.",
           "Remote roles pay our graduates €1,600–2,500 a month.",
           "The Employment Agency of Montenegro (ZZZCG) co-funds up to 50% of the fee for "
           "registered jobseekers; apply by 15.02.2025.",
           "Registration fee: €30 (non-refundable).",
           "Optional certification exam: €150.",
           "Pay by card, bank transfer or in up to 12 instalments on a CKB or Hipotekarna card, "
           "a separate bank product.",
           "Cijene sadrže PDV 21% (VAT included)."),
    "xk": ("Junior developers in Prishtina earn €600–1,000 a month.",
           "Remote roles for EU and US firms pay our graduates €1,500–2,500 a month.",
           "USAID Compete and the Employment Agency (AP) subsidise up to 70% of the fee for "
           "young jobseekers; apply by 15.02.2025.",
           "Registration fee: €20 (non-refundable).",
           "Optional certification exam: €150.",
           "Pay by bank transfer (ProCredit, TEB), card, or in instalments on a TEB Starcard, "
           "a separate bank product.",
           "Prices include TVSH (VAT 18%)."),
}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
HOLIDAY = {
    "rs": "No classes on Orthodox Christmas (7 January), Sretenje (15–16 February 2025), "
    "Easter (18–21 April 2025) or 1–2 May; take your family's slava off, sessions are "
    "recorded.",
    "mk": "No classes on Orthodox Christmas (7 January), Easter Monday (21 April 2025), Labour "
    "Day (1 May) or Saints Cyril and Methodius Day (24 May).",
    "ba": "No classes on Independence Day (1 March), Ramazanski Bajram (30–31 March 2025), "
    "Orthodox and Catholic Easter (20–21 April 2025) or 1–2 May.",
    "al": "No classes on Summer Day (14 March), Nevruz (22 March), Bajram (31 March 2025), "
    "Easter (20–21 April 2025) or 1 May.",
    "md": "No classes on Orthodox Christmas (7–8 January), Easter (20–21 April 2025), "
    "Memorial Easter (Paștele Blajinilor, 28 April 2025) or 1 May.",
    "by": "No classes on Orthodox Christmas (7 January), 8 March, Radunitsa (29 April 2025), "
    "1 and 9 May or Independence Day (3 July).",
    "ru": "No classes on 23 February, 8 March or during the May holidays (1–4 and 8–11 May 2025).",
    "me": "No classes on Orthodox Christmas (7 January), Easter (18–21 April 2025), 1–2 May or "
    "Independence Day (21–22 May).",
    "xk": "No classes on Independence Day (17 February), Bajram (30 March 2025), Constitution "
    "Day (9 April), Easter (20–21 April 2025) or Europe Day (9 May).",
}
#: A cohort's name per country: "{n}" is the cohort's number.
COHORT = {"rs": "Generacija {n}", "mk": "Група {n}", "ba": "Grupa {n}", "al": "Grupi {n}",
          "md": "Grupa {n}", "by": "Поток {n}", "ru": "Поток {n}", "me": "Generacija {n}",
          "xk": "Grupi {n}"}  # fmt: skip
#: The winter break after this year's cohorts, over the New Year and Orthodox Christmas.
WINTER = (date(2025, 12, 29), date(2026, 1, 8))


def country(seed: int) -> str:
    """The country a seventeenth-set program of ``seed`` is from."""
    return random.Random(seed * 1409 + 83).choice(COUNTRIES)


def seventeenth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives the
    same program): fees scaled to each country's, monthly payments over 3 to 12 months."""
    p = make_program(seed)
    r = random.Random(seed * 983 + 47)
    currency = CURRENCY[country(seed)]
    upfront = p.upfront * SCALE[currency] // 100
    months = r.choice([3, 4, 6, 10, 12])
    step = STEP[currency]
    monthly = max(step, round(upfront / months / step) * step) if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency] // 100) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def plural(n: int, one: str, few: str, many: str) -> str:
    """The Slavic plural of ``n``: 21 неделя, 22 недели, 25 недель."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def dotted(amount: int) -> str:
    """Thousands grouped by dots, as Serbian, Bosnian and Macedonian pages write them."""
    return f"{amount:,}".replace(",", ".")


def spaced(amount: int, space: str = " ") -> str:
    """Thousands grouped by spaces, as Albanian, Moldovan and Russian pages write them."""
    return f"{amount:,}".replace(",", space)


def end(text: str) -> str:
    """A sentence's full stop, unless a date with its trailing dot ends it already."""
    return text if text.endswith(".") else f"{text}."


def thousands(amount: int) -> str:
    """An amount in thousands of roubles: "91,5 тыс. руб."."""
    return f"{amount / 1000:.3f}".rstrip("0").rstrip(".").replace(".", ",") + " тыс. руб."


class SeventeenthVoice(Kit):
    """The facts of ``kit``'s program in a seventeenth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 6007 + 31)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 21)
        self.intake = r.randrange(3, 40)  # the number of the next cohort
        euro = kit.p.currency == "EUR" and country(kit.p.seed) in ("me", "xk")
        self.own = KINDS.get(kit.p.currency) or (country(kit.p.seed) if euro else None)
        self.kind = self.own or "rs"
        self.cyrillic = self.kind in ("mk", "by", "ru") or (self.kind == "rs" and r.random() < 0.4)

    @property
    def native(self) -> bool:
        """Whether the program's currency is this country's (a development program's is not;
        a Montenegrin or Kosovar program in euros is)."""
        return self.own is not None

    @property
    def russian(self) -> bool:
        return self.kind in RUSSIAN

    @property
    def lang(self) -> str:
        return {"rs": "sr-Cyrl-RS" if self.cyrillic else "sr-Latn-RS", "mk": "mk-MK",
                "ba": "bs-BA", "al": "sq-AL", "md": "ro-MD", "by": "ru-BY", "ru": "ru-RU",
                "me": "sr-Latn-ME", "xk": "sq-XK"}[self.kind]  # fmt: skip

    @property
    def city(self) -> str:
        return CITY[self.kind]

    @property
    def scale(self) -> float:
        return SCALE.get(self.p.currency, 100) / 100

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 as checkouts and receipts do (with the decimals),
        2 with the ISO code, 3 as hero copy says it."""
        g, d, s, n = f"{amount:,}", dotted(amount), spaced(amount), spaced(amount, NBSP)
        if not self.native:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign} {g}.00", f"{code} {g}", f"{g} {code}")[form]
        forms = {
            "rs": (f"{s} дин.", f"RSD {d},00", f"RSD {g}", f"{d} динара") if self.cyrillic
            else (f"{d} din.", f"RSD {d},00", f"RSD {g}", f"{d} dinara"),
            "mk": (f"{d} ден.", f"{d},00 ден.", f"MKD {g}", f"{d} денари"),
            "ba": (f"{d} KM", f"{d},00 KM", f"BAM {g}", f"{d} КМ"),
            "al": (f"{s} Lekë", f"{s},00 L", f"ALL {g}", f"{s} lekë"),
            "md": (f"{s} lei", f"{s},00 MDL", f"MDL {g}", f"{s} lei"),
            "by": (f"{n} Br", f"{n},00 BYN", f"BYN {g}", f"{n} руб."),
            "ru": (f"{n} ₽", f"{n},00 руб.", f"RUB {g}", f"{n} руб."),
            "me": (f"{d} €", f"{d},00 €", f"EUR {g}", f"{d} eura"),
            "xk": (f"€{g}", f"{d},00 €", f"EUR {g}", f"{d} euro"),
        }  # fmt: skip
        return forms[self.kind][form]

    def script_money(self, amount: int) -> str:
        """The amount as the page's other script or word writes it beside the card's."""
        if not self.native:
            return f"{amount:,} {self.p.currency}"
        if self.kind == "ru":
            return thousands(amount)
        return {"rs": f"{dotted(amount)} din." if self.cyrillic else f"{spaced(amount)} дин.",
                "mk": f"{dotted(amount)} денари", "ba": f"{dotted(amount)} КМ",
                "al": f"{spaced(amount)} L", "md": f"MDL {amount:,}",
                "by": f"{spaced(amount, NBSP)} руб.", "me": f"{dotted(amount)} eura",
                "xk": f"{dotted(amount)} euro"}[self.kind]  # fmt: skip

    def local(self, d: date) -> str:
        """A date in English words, day first."""
        return f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday in English."""
        return f"{d:%A}, {self.local(d)}"

    def numeric(self, d: date) -> str:
        """A date in figures, day first with dots (and the trailing dot where it is kept)."""
        return f"{d:%d.%m.%Y}" + ("." if self.kind in TRAILING else "")

    def native_day(self, d: date) -> str:
        """A date in the country's own words: "15. mart 2025." (or "15. март 2025."),
        "15 март 2025", "15 mars 2025", "15 martie 2025", "15 марта 2025 г."."""
        names = MONTH_SET[self.kind]
        if names == "sr" and self.cyrillic:
            names = "sr_cyr"
        month = MONTHS[names][d.month - 1]
        if self.kind in ("rs", "ba", "me"):
            return f"{d.day}. {month} {d.year}."
        if self.russian:
            return f"{d.day} {month} {d.year} г."
        return f"{d.day} {month} {d.year}"

    def cohort_name(self, i: int, d: date) -> str:
        return f"{COHORT[self.kind].format(n=self.intake + i)} ({d:%b} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name, fig, own = self.cohort_name(i, d), self.numeric(d), self.native_day(d)
        start = "почетак" if self.cyrillic else "početak"
        return {"rs": f"{name}: starts {self.long(d)} · {start} {own}",
                "mk": f"{name}: starts {fig} · почеток {own}",
                "ba": f"{name}: classes start {self.long(d)} ({own})",
                "al": f"{name}: fillon më {own} · starts {self.local(d)}",
                "md": f"{name}: începe pe {own} (starts {fig})",
                "by": f"{name}: старт {own} · starts {self.local(d)}",
                "ru": f"{name}: старт {own} · starts {self.long(d)}",
                "me": f"{name}: početak {fig} · starts {self.local(d)}",
                "xk": f"{name}: starts {self.long(d)} · fillon më {own}"}[self.kind]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def weeks_own(self, w: int) -> str:
        """The weeks in the country's own words."""
        if self.kind == "rs":
            return f"{w} " + (plural(w, "недеља", "недеље", "недеља") if self.cyrillic
                              else plural(w, "nedelja", "nedelje", "nedelja"))  # fmt: skip
        if self.kind in ("ba", "me"):
            return f"{w} {plural(w, 'sedmica', 'sedmice', 'sedmica')}"
        if self.russian:
            return f"{w} {plural(w, 'неделя', 'недели', 'недель')}"
        return {
            "mk": f"{w} недели",
            "al": f"{w} javë",
            "md": f"{w} {'de ' if w >= 20 else ''}săptămâni",
            "xk": f"{w} javë",
        }[self.kind]

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        if self.p.hours[0] >= 35:
            pace = "full-time (очно)" if self.russian else "full-time"
        else:
            pace = "online, evenings and Saturdays" if self.russian else "evenings and Saturdays"
        extra = f" · {total} training hours" if total else ""
        return f"Duration: {w} weeks ({self.weeks_own(w)}) · {pace} · {h} hours a week{extra}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The school's own payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly, 1), self.months()
        payments = plural(n, "платёж", "платежа", "платежей")
        return {"rs": f"Plaćanje na rate: {n} mesečnih rata od {m} ({m} a month for {n} "
                "months)",
                "mk": f"Instalments: {n} monthly payments of {m} (плаќање на рати)",
                "ba": f"Plaćanje na {n} rata: {m} mjesečno ({m} a month)",
                "al": f"Pagesë me këste: {n} këste mujore prej {m} ({m} a month for {n} "
                "months)",
                "md": f"Plata în rate: {n} rate lunare de {m} ({m} a month)",
                "by": f"Оплата частями от школы: {n} {payments} по {m} ({m} a month for {n} "
                "months)",
                "ru": f"Помесячная оплата от школы, без банка: {m} в месяц, {n} {payments} "
                f"({m} a month for {n} months)",
                "me": f"Plaćanje na rate: {m} mjesečno, {n} rata ({m} a month)",
                "xk": f"Payment plan: {m} a month for {n} months (pagesë me këste)",
                }[self.kind]  # fmt: skip

    def fee_line(self) -> str:
        """The fee with what the country says beside it: the other script, or thousands."""
        m = self.money(self.p.upfront)
        if not self.native:
            return f"Tuition: {m}"
        label = {"rs": "Cena kursa (tuition)" if not self.cyrillic else "Цена курса (tuition)",
                 "mk": "Котизација (course fee)", "ba": "Cijena programa (tuition)",
                 "al": "Tarifa e kursit (tuition)", "md": "Taxa de studii (tuition)",
                 "by": "Стоимость обучения (tuition)", "ru": "Стоимость обучения (tuition)",
                 "me": "Cijena kursa (tuition)", "xk": "Tarifa e kursit (tuition)",
                 }[self.kind]  # fmt: skip
        return f"{label}: {m} · {self.script_money(self.p.upfront)}"

    def hero(self) -> str:
        """The hero's price line, as a landing page puts it ("от" on Russian pages)."""
        if self.native and self.russian:
            return f"Обучение от {self.money(self.p.upfront)} · the full programme"
        return f"The full programme: {self.money(self.p.upfront, 3)}"

    def terms(self, g: Guarantee) -> str:
        w, win, share = self.p.wording, g.window, g.share
        gloss = {"rs": "garancija zaposlenja", "mk": "гаранција за вработување",
                 "ba": "garancija zaposlenja", "al": "garanci punësimi",
                 "md": "garanția angajării", "by": "гарантия трудоустройства",
                 "ru": "гарантия трудоустройства", "me": "garancija zaposlenja",
                 "xk": "garanci punësimi"}[self.kind]  # fmt: skip
        if g.kind == "job_guarantee":
            if w:
                return (f"Employment guarantee ({gloss}): no job offer within {win} months of "
                        f"your graduation means {share}% of the tuition comes back to you, as "
                        "long as every project is handed in and you apply to five roles a "
                        "week.")  # fmt: skip
            return (f"Employment guarantee ({gloss}): if you do not get a job offer within "
                    f"{win} months after graduation, we return {share}% of the tuition. "
                    "You must complete all projects and apply to at least five roles a "
                    "week.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Money-back guarantee: you have {win} days from the first lesson to "
                        "decide; leave within them and every payment is returned.")  # fmt: skip
            return (f"Money-back guarantee: study for {win} days from the first lesson, and if "
                    "the course is not for you, withdraw and get all your money back.")  # fmt: skip
        if w:
            return (f"Withdrawal policy: learners who leave within the first {win} weeks "
                    f"get {share}% of the tuition returned; later withdrawals are not "
                    "refunded.")  # fmt: skip
        return (f"Withdrawal policy: withdraw within the first {win} weeks and {share}% of the "
                "tuition is refunded; no refunds after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        gloss = "оплата после трудоустройства" if self.russian else "pay after you are hired"
        return (f"Income Share Agreement ({gloss}): once you earn at least {self.money(floor)} "
                f"a year, pay {pct}% of your monthly salary for {months} months.")  # fmt: skip

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: in figures, or in the country's own words."""
        return self.native_day(d) if form != "long" else self.numeric(d)

    def schedule(self) -> str:
        """Class times, in Moscow time on Russian pages."""
        if self.kind == "ru":
            return ("Live online classes on Tuesdays and Thursdays at 19:00 (МСК), Saturday "
                    "workshops at 11:00.")  # fmt: skip
        if self.kind == "by":
            return "Classes Monday to Thursday, 19:00–22:00; Saturday workshops 11:00–15:00."
        return "Classes Monday to Thursday, 18:00–21:00 (CET); Saturday workshops 10:00–14:00."

    def winter(self) -> str:
        """The winter break over the New Year and Orthodox Christmas, in the coming winter."""
        a, b = WINTER
        return (f"Winter break: {self.numeric(a)} – {self.numeric(b)} (New Year and Orthodox "
                "Christmas, 7 January).")  # fmt: skip

    def reference(self) -> str:
        """The fee in another currency for reference, as many of these pages add under it."""
        if self.p.currency == "EUR" and self.native:
            return (f"≈ USD {round(self.p.upfront * 1.04 / 10) * 10:,} at today's rate, for "
                    "reference only; fees are charged in euros.")  # fmt: skip
        eur = round(self.p.upfront / RATE.get(self.p.currency, 1) / 10) * 10
        return (f"≈ €{eur:,} at the central bank's rate, for reference only; you are billed in "
                f"{self.p.currency}.")  # fmt: skip

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a seventeenth set of words."""
        p, first, last, m = self.p, self.p.starts[0], self.p.ends()[0], self.money
        salary, junior, funding, fee, exam, pay, tax = MONEY[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        day, close, s = self.when, self.deadline(), self.scale
        apply = {"al": "Apliko tani", "xk": "Apliko tani", "md": "Înscrie-te",
                 "by": "Записаться", "ru": "Записаться", "mk": "Пријави се",
                 "rs": "Пријави се" if self.cyrillic else "Prijavi se"}  # fmt: skip
        return {
            "salary": salary,
            "junior": junior,
            "funding": funding,
            "fee": fee,
            "exam": exam,
            "pay": pay,
            "tax": tax,
            "reference": self.reference(),
            "holiday": HOLIDAY[self.kind],
            "winter": self.winter(),
            "schedule": self.schedule(),
            "credential": credential,
            "deposit": f"Reserve your seat with a deposit of {m(round(100 * s))}, deducted from "
            "the fee.",
            "scholarship": f"Merit scholarships of up to {m(round(1_000 * s))} for the best "
            "entry-test results.",
            "early": end(
                f"Early bird: save {m(round(500 * s))} when you enrol before "
                f"{day(close - timedelta(days=10))}"
            ),
            "deadline": end(f"Applications close {day(close)}"),
            "info": f"Free online info session: {day(TODAY + timedelta(days=8), 'words')}, 19:00.",
            "open_house": f"Open day at our {self.city} campus: "
            f"{self.long(TODAY + timedelta(days=10))}, 11:00–15:00.",
            "prep": end(
                "The free pre-course (HTML, CSS and JavaScript basics) opens "
                f"{day(first - timedelta(days=21), 'words')}"
            ),
            "welcome": end(f"Welcome day: {day(first - timedelta(days=2))}"),
            "ends": end(f"The cohort ends with demo day on {day(last)}"),
            "graduation": end(f"Graduation and certificates: {day(last + timedelta(days=7))}"),
            "outcome": "79% of our 2024 graduates were working in IT within 6 months.",
            "support": "Career support for 6 months after graduation.",
            "post": f"Published {day(date(2024, 11, 12))} by the admissions team",
            "updated": f"Last updated {day(date(2025, 1, 6))}",
            "testimonial": f"“Three interviews before demo day, and an offer after it.” — {name}, "
            "2024 graduate",
            "tagline": f"Become a developer in {self.city}. Classes in English and "
            f"{LANGUAGE[self.kind]}.",
            "button": f"{apply.get(self.kind, 'Prijavi se')} / Apply now",
            "phone": f"Viber / WhatsApp {phone} (Mon–Fri 9:00–17:00).",
            "copyright": f"© {TODAY.year} {p.camp} Academy {company}. All rights reserved.",
        }
