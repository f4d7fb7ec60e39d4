"""A fourteenth way of wording a program, for :mod:`benchmarks.fourteenth_styles`.

The thirteenth voice (:mod:`benchmarks.thirteenth_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is bootcamps of the
Caucasus and Central Asia and of East and West Africa, written in English from how their sites
word a course, with the local words and number conventions those sites keep, and without
reading bootwatch's rules: Kazakhstan ("450 000 ₸", "450 000 тг", "рассрочка 0-0-12" with
Kaspi, Nauryz, Enbek and Tech Orda grants, НДС), Georgia ("3 500 ₾", "3,500 GEL", Georgian
month names, GITA and GIZ places, დღგ), Armenia ("1 200 000 ֏", "AMD", Armenian month names,
ապառիկ instalments), Azerbaijan ("2 400 ₼", "mart", Novruz, Birbank taksit, ƏDV), Uzbekistan
("12 000 000 so'm", "сум", IT Park, Uzum Nasiya, Navruz) and Mongolia ("3,500,000₮",
"сая ₮", dates "2025.03.10" and "2025 оны 3-р сарын 10", Tsagaan Sar), with day-first dates
"10.03.2025" and "10 марта 2025 г."; Ghana ("GH₵ 8,500", "GH¢", "resumption" dates, MTN MoMo,
NHIL and GETFund levies, Mastercard Foundation places), Ethiopia ("Br 45,000", "ETB",
Ethiopian-calendar dates beside Gregorian ones, local time counted from 6 a.m., telebirr,
Timket), Tanzania ("TSh 2,500,000", "2,500,000/=", Swahili month names, M-Pesa "Lipa kidogo
kidogo"), Uganda ("UGX 3,000,000", "USh", "Shs 3,000,000/="), Rwanda ("RWF 450,000", "FRw",
Kinyarwanda month names, Kwibuka, an EBM receipt) with ALX and Andela scholarships. Salaries in
USD and local money, reference prices in dollars, VAT/НДС lines, registration fees, deposits,
early-bird discounts, info sessions and application deadlines are the non-facts.

Amounts are scaled to read like each country's fees (:func:`fourteenth_program`). Same contract
as :class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the fourteenth set's first
look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`, and a development program redesigned into the fourteenth
styles keeps its own code and sign, with Ghana's lines. One module of about 520 lines because
every sentence of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The fourteenth set's currencies, tenge and cedis twice as often (the largest of these
#: bootcamp markets).
CURRENCIES = ("KZT", "KZT", "GEL", "AMD", "AZN", "UZS", "MNT", "GHS", "GHS", "ETB", "TZS",
              "UGX", "RWF")  # fmt: skip
#: Per currency, tenths of a unit per unit of :func:`pagegen.make_program`'s fee.
SCALE = {"KZT": 750, "GEL": 3, "AMD": 600, "AZN": 2, "UZS": 10_000, "MNT": 5000, "GHS": 10,
         "ETB": 30, "TZS": 2500, "UGX": 3000, "RWF": 500}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"KZT": 500, "GEL": 10, "AMD": 5000, "AZN": 10, "UZS": 50_000, "MNT": 10_000,
        "GHS": 10, "ETB": 100, "TZS": 10_000, "UGX": 10_000, "RWF": 1000}  # fmt: skip
KINDS = {"KZT": "kz", "GEL": "ge", "AMD": "am", "AZN": "az", "UZS": "uz", "MNT": "mn",
         "GHS": "gh", "ETB": "et", "TZS": "tz", "UGX": "ug", "RWF": "rw"}  # fmt: skip
#: The Caucasus and Central Asia: day-first dates with dots, local words beside English.
EAST = ("kz", "ge", "am", "az", "uz", "mn")
CITY = {"kz": "Almaty", "ge": "Tbilisi", "am": "Yerevan", "az": "Baku", "uz": "Tashkent",
        "mn": "Ulaanbaatar", "gh": "Accra", "et": "Addis Ababa", "tz": "Dar es Salaam",
        "ug": "Kampala", "rw": "Kigali"}  # fmt: skip
#: Month names as each language writes a date: Russian (genitive), Georgian, Armenian
#: (genitive), Azerbaijani, Uzbek, Swahili, Kinyarwanda.
MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "ge": ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
           "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"),
    "am": ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի",
           "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"),
    "az": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
           "oktyabr", "noyabr", "dekabr"),
    "uz": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr",
           "oktabr", "noyabr", "dekabr"),
    "tz": ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
           "Septemba", "Oktoba", "Novemba", "Desemba"),
    "rw": ("Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga",
           "Kanama", "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza"),
}  # fmt: skip
ETHIOPIAN = ("Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir", "Yekatit", "Megabit", "Miyazya",
             "Ginbot", "Sene", "Hamle", "Nehase", "Pagume")  # fmt: skip
#: The Julian day of 1 Meskerem, year 1 of the Ethiopian calendar (Amete Mihret).
ETHIOPIAN_EPOCH = 1_724_221
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "kz": ("ТОО · БИН 190840012345 · Bostandyk district, Almaty", "+7 727 355 0190",
           "Participant of Astana Hub; state licence for education not required (non-formal "
           "course).", "Айгерим С."),
    "ge": ("LLC · ID 405123456 · Vake, Tbilisi", "+995 32 255 0190",
           "Certificate recognised by our partner employers; GITA-supported training provider.",
           "Nino K."),
    "am": ("LLC · TIN 02612345 · Kentron, Yerevan", "+374 10 550190",
           "Member of the Union of Advanced Technology Enterprises (UATE).", "Aram H."),
    "az": ("MMC · VÖEN 1401234567 · Nasimi, Baku", "+994 12 555 01 90",
           "Certificate issued with the support of IDDA (Innovation and Digital Development "
           "Agency).", "Leyla M."),
    "uz": ("MChJ · STIR 309123456 · Mirzo Ulugbek, Tashkent", "+998 71 255 01 90",
           "IT Park resident; certificate recognised by IT Park partner companies.",
           "Dilnoza R."),
    "mn": ("ХХК · Регистр 6123456 · Sükhbaatar district, Ulaanbaatar", "+976 7711 0190",
           "Accredited short course under the Mongolian Ministry of Digital Development.",
           "Temuulen B."),
    "gh": ("Ltd. · TIN C0012345678 · East Legon, Accra", "+233 30 255 0190",
           "Accredited by the Commission for Technical and Vocational Education and Training "
           "(CTVET).", "Kwame A."),
    "et": ("PLC · TIN 0012345678 · Bole, Addis Ababa", "+251 11 555 0190",
           "Licensed by the Ethiopian Skills Authority (short-term training).", "Hanna T."),
    "tz": ("Ltd. · TIN 123-456-789 · Mikocheni, Dar es Salaam", "+255 22 255 0190",
           "Registered with VETA (Vocational Education and Training Authority).", "Neema M."),
    "ug": ("Ltd. · TIN 1001234567 · Kololo, Kampala", "+256 414 550 190",
           "Certificate assessed with the Directorate of Industrial Training (DIT).",
           "Brian O."),
    "rw": ("Ltd · TIN 112345678 · Kimihurura, Kigali", "+250 788 550 190",
           "Accredited by the Rwanda TVET Board (RTB).", "Aline U."),
}  # fmt: skip
#: Per country: money that is not this course's fee (salary, junior pay, funding, another fee,
#: how people pay) and the tax line.
MONEY = {
    "kz": ("Junior developers in Almaty earn 400 000 – 600 000 ₸ a month (зарплата на руки).",
           "Remote roles pay our graduates USD 1,200–2,000 a month.",
           "Tech Orda grant: the state covers up to 1 000 000 ₸ of a course for selected "
           "applicants; Enbek.kz (Skills Enbek) courses are free and a separate offer.",
           "Вступительный взнос (registration fee): 10 000 ₸, non-refundable.",
           "Pay by Kaspi QR, Kaspi Red or card; a receipt comes to your Kaspi app.",
           "Prices include НДС (VAT) 12%."),
    "ge": ("Junior developer salary in Tbilisi: 2 000 – 3 000 ₾ a month.",
           "Our graduates working remotely earn USD 1,500+ a month.",
           "GIZ and GITA co-fund up to 70% of the course for selected participants from the "
           "regions; apply by 20.02.2025.",
           "Registration fee: 50 GEL, non-refundable.",
           "Pay by card, TBC Pay or Bank of Georgia transfer; installments (განვადება) with "
           "0% from your bank.",
           "Prices include VAT (დღგ) 18%."),
    "am": ("Junior developers in Yerevan earn 350 000 – 600 000 ֏ a month.",
           "Many of our graduates work for foreign companies at USD 1,500 – 2,500 a month.",
           "EIF (Enterprise Incubator Foundation) and Armenian Code Academy partner seats "
           "cover 50% for selected applicants.",
           "Application fee: 10 000 ֏ (non-refundable).",
           "Pay by Idram, card or bank transfer; ապառիկ (instalment loan) from partner banks.",
           "VAT (ԱԱՀ) 20% included."),
    "az": ("Junior developers in Baku earn 1 200 – 2 000 ₼ a month.",
           "Graduates hired by international teams earn USD 1,500+ a month.",
           "IDDA Digital Skills programme covers the full course for selected candidates; "
           "the DOST centres' courses are free and separate.",
           "Qeydiyyat haqqı (registration fee): 20 AZN, non-refundable.",
           "Pay by card, MilliÖN, or Birbank taksit with 0% for up to 12 months.",
           "Prices include ƏDV (VAT) 18%."),
    "uz": ("Junior developers in Tashkent earn 6 000 000 – 10 000 000 so'm a month.",
           "Our graduates working for foreign companies earn USD 800–1,500 a month.",
           "IT Park compensates 50% of an international certification for residents "
           "(One Million Uzbek Coders is a separate free programme).",
           "Ro'yxatdan o'tish (registration): 100 000 so'm, non-refundable.",
           "Pay by Payme, Click, Uzum or card; muddatli to'lov via Uzum Nasiya.",
           "Prices include QQS / НДС 12%."),
    "mn": ("Junior developer salary in Ulaanbaatar: 2,500,000₮ – 3,500,000₮ a month.",
           "Our graduates working remotely earn USD 1,000+ a month.",
           "KOICA and GIZ-funded seats for young women from the aimags cover 80% of the fee.",
           "Бүртгэлийн хураамж (registration fee): 50,000₮, non-refundable.",
           "Pay by QPay, SocialPay or bank transfer (Khan Bank, Golomt); Storepay "
           "instalments.",
           "НӨАТ (VAT) 10% included; an e-barimt receipt is issued."),
    "gh": ("Entry-level developer salary in Accra: GH₵ 4,000 – GH₵ 7,000 a month.",
           "Graduates working remotely earn USD 1,000–2,000 a month.",
           "Mastercard Foundation and ALX scholarships cover the full fee for selected "
           "applicants; Ghana Digital Centres training is free and separate.",
           "Application form: GH₵ 150 (non-refundable).",
           "Pay by MTN MoMo, Telecel Cash, AirtelTigo Money or bank deposit (GCB, Ecobank).",
           "Fees are inclusive of VAT 15%, NHIL 2.5% and GETFund levy 2.5%."),
    "et": ("Junior developers in Addis Ababa earn ETB 15,000 – 30,000 a month.",
           "Remote roles pay our graduates USD 600–1,200 a month.",
           "5 Million Ethiopian Coders and Mastercard Foundation scholarships are free and "
           "separate from this paid programme.",
           "Registration fee: Br 500 (non-refundable).",
           "Pay with telebirr, CBE Birr or a bank transfer to Commercial Bank of Ethiopia.",
           "Prices include VAT 15%."),
    "tz": ("Junior developers in Dar es Salaam earn TSh 1,200,000 – 2,000,000 a month.",
           "Our graduates working remotely earn USD 800+ a month.",
           "Mastercard Foundation Scholars and ALX Tanzania places cover the full fee for "
           "selected youth.",
           "Fomu ya kujiunga (application form): TSh 20,000/=, non-refundable.",
           "Lipa kwa M-Pesa, Mixx by Yas, Airtel Money or Lipa Namba 5012345.",
           "Prices include VAT 18%."),
    "ug": ("Entry-level developer salary in Kampala: UGX 1,500,000 – 2,500,000 a month.",
           "Graduates working for foreign companies earn USD 800–1,500 a month.",
           "Mastercard Foundation and Andela scholarships cover the full fee for selected "
           "learners.",
           "Application fee: Shs 50,000/= (non-refundable).",
           "Pay by MTN MoMo, Airtel Money or bank deposit (Stanbic, Centenary).",
           "Fees are VAT-exempt (education services)."),
    "rw": ("Junior developers in Kigali earn RWF 400,000 – 700,000 a month.",
           "Remote roles pay our graduates USD 800+ a month.",
           "Mastercard Foundation, ALX and Andela scholarships cover the full fee for "
           "selected Rwandan youth.",
           "Application fee: RWF 10,000 (non-refundable).",
           "Pay by MTN MoMo (*182#), Airtel Money or Bank of Kigali transfer.",
           "Prices include VAT 18%; an EBM receipt is issued for every payment."),
}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
HOLIDAY = {
    "kz": "No classes on Nauryz (21.03.2025 – 23.03.2025, Наурыз мейрамы) or on 1 May.",
    "ge": "No classes on Orthodox Easter (18.04.2025 – 21.04.2025) or Independence Day "
    "(26 May 2025).",
    "am": "No classes on 24 April 2025 (Remembrance Day) or 28 May 2025 (Republic Day).",
    "az": "Novruz holidays: no classes 20.03.2025 – 24.03.2025; Ramazan bayramı 30–31.03.2025.",
    "uz": "No classes on Navruz (21.03.2025), Ramazon hayit (30.03.2025) or Independence Day "
    "(1 September).",
    "mn": "No classes during Tsagaan Sar (2025.03.01 – 2025.03.03) or Naadam (July 11–15).",
    "gh": "No classes on Independence Day (6th March, 2025) or Easter (18/04/2025 – 21/04/2025).",
    "et": "No classes on Timket (19 January 2025), Adwa Victory Day (2 March 2025) or Fasika "
    "(20 April 2025).",
    "tz": "No classes on Karume Day (07/04/2025), Union Day (26/04/2025) or Saba Saba (7 July).",
    "ug": "No classes on Janani Luwum Day (16/02/2025), Martyrs' Day (3rd June) or "
    "Independence Day (9th October).",
    "rw": "No classes during Kwibuka (the week from 07/04/2025) or on Liberation Day (4 July).",
}
#: A cohort's name per country: "{n}" is the cohort's number.
COHORT = {"kz": "Поток {n}", "ge": "Cohort #{n}", "am": "Group {n}", "az": "Qrup {n}",
          "uz": "Guruh {n}", "mn": "Анги {n}", "gh": "Cohort {n}", "et": "Batch {n}",
          "tz": "Intake {n}", "ug": "Cohort {n}", "rw": "Cohort {n}"}  # fmt: skip
#: "Weeks" in each country's words, beside the English.
WEEKS = {"ge": "{w} კვირა", "am": "{w} շաբաթ", "az": "{w} həftə", "uz": "{w} hafta",
         "mn": "{w} долоо хоног", "tz": "wiki {w}", "rw": "ibyumweru {w}",
         "et": "{w} ሳምንት"}  # fmt: skip


def fourteenth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives the
    same program): fees scaled to each country's, monthly payments over 3 to 24 months."""
    p = make_program(seed)
    r = random.Random(seed * 907 + 31)
    currency = r.choice(CURRENCIES)
    upfront = p.upfront * SCALE[currency] // 10
    months = r.choice([3, 6, 10, 12, 24])
    step = STEP[currency]
    monthly = max(step, round(upfront / months / step) * step) if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency] // 10) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def spaced(amount: int, sep: str = " ") -> str:
    """An amount grouped by spaces, as Russian-speaking and Caucasus pages print it."""
    return f"{amount:,}".replace(",", sep)


def ethiopian(d: date) -> tuple[int, int, int]:
    """A Gregorian day in the Ethiopian calendar: (year, month, day), 13 months of which the
    last has five or six days."""
    days = d.toordinal() + 1_721_425 - ETHIOPIAN_EPOCH
    year = (4 * days + 1463) // 1461
    into = days - (365 * (year - 1) + year // 4)
    return year, into // 30 + 1, into % 30 + 1


def ru_weeks(n: int) -> str:
    """A count of weeks in Russian, with its plural ("12 недель", "22 недели")."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} неделя"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} недели"
    return f"{n} недель"


def ordinal(d: date) -> str:
    """A date with an ordinal ("10th March, 2025"), as Ghanaian and Ugandan pages write it."""
    th = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{th} {d:%B}, {d.year}"


class FourteenthVoice(Kit):
    """The facts of ``kit``'s program in a fourteenth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 5519 + 61)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 21)
        self.intake = r.randrange(3, 30)  # the number of the next cohort
        self.kind = KINDS.get(kit.p.currency, "gh")

    @property
    def native(self) -> bool:
        """Whether the program's currency is this country's (a development program's is not)."""
        return self.p.currency in KINDS

    @property
    def east(self) -> bool:
        return self.kind in EAST

    @property
    def lang(self) -> str:
        return f"en-{self.kind.upper()}"

    @property
    def city(self) -> str:
        return CITY[self.kind]

    @property
    def scale(self) -> float:
        return SCALE.get(self.p.currency, 10) / 10

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 as checkouts and receipts do, 2 with the ISO
        code, 3 as hero copy says it (millions, the currency's word)."""
        k, g, s = self.kind, f"{amount:,}", spaced(amount)
        if not self.native:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign} {g}.00", f"{code} {g}", f"{g} {code}")[form]
        mill = f"{amount / 1e6:g}" if amount % 100_000 == 0 and amount >= 1_000_000 else ""
        forms = {
            "kz": (f"{spaced(amount, chr(160))}\u00a0₸", f"{s} тг", f"KZT {g}", f"{s} ₸"),
            "ge": (f"{s} ₾", f"{g} GEL", f"GEL {g}", f"{s} ლარი"),
            "am": (f"{s} ֏", f"{g} AMD", f"AMD {g}", f"{s} դրամ"),
            "az": (f"{s} ₼", f"{amount} AZN", f"AZN {g}", f"{s} manat"),
            "uz": (f"{s} so'm", f"{s} сум", f"UZS {g}",
                   f"{mill.replace('.', ',')} mln so'm" if mill else f"{s} so'm"),
            "mn": (f"{g}₮", f"₮{g}", f"MNT {g}", f"{mill} сая ₮" if mill else f"{g} төгрөг"),
            "gh": (f"GH₵ {g}", f"GHS {g}.00", f"GHS {g}", f"GH¢{g}"),
            "et": (f"Br {g}", f"ETB {g}.00", f"ETB {g}", f"{g} birr"),
            "tz": (f"TSh {g}", f"TZS {g}/=", f"TZS {g}", f"Tsh {mill}M" if mill else f"{g}/="),
            "ug": (f"UGX {g}", f"Shs {g}/=", f"UGX {g}", f"USh {mill}M" if mill else f"USh {g}"),
            "rw": (f"RWF {g}", f"{g} FRw", f"RWF {g}", f"{s} Frw"),
        }  # fmt: skip
        return forms[k][form]

    def local(self, d: date, short: bool = False) -> str:
        """A date in English words, day first as all these countries write it; ``short``
        gives the weekday and no year."""
        return f"{d:%a} {d.day} {d:%b}" if short else f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday in English."""
        return f"{d:%A}, {self.local(d)}"

    def native_day(self, d: date) -> str:
        """A date as the country's own language writes it: Russian in Kazakhstan and
        Uzbekistan, Georgian, Armenian, Azerbaijani, Mongolian (year first), the Ethiopian
        calendar, Swahili, Kinyarwanda, and ordinals in Ghana and Uganda."""
        k = self.kind
        if k in ("kz", "uz"):
            return f"{d.day} {MONTHS['ru'][d.month - 1]} {d.year} г."
        if k == "ge":
            return f"{d.day} {MONTHS['ge'][d.month - 1]}, {d.year}"
        if k == "am":
            return f"{d.day} {MONTHS['am'][d.month - 1]}, {d.year} թ."
        if k in ("az", "tz", "rw"):
            return f"{d.day} {MONTHS[k][d.month - 1]} {d.year}"
        if k == "mn":
            return f"{d.year} оны {d.month}-р сарын {d.day}"
        if k == "et":
            year, month, day = ethiopian(d)
            return f"{ETHIOPIAN[month - 1]} {day}, {year} E.C."
        return ordinal(d)

    def numeric(self, d: date) -> str:
        """A date in figures: day first with dots in the Caucasus and Central Asia, year first
        in Mongolia, day first with slashes in Africa."""
        if self.kind == "mn":
            return f"{d:%Y.%m.%d}"
        return f"{d:%d.%m.%Y}" if self.east else f"{d:%d/%m/%Y}"

    def cohort_name(self, i: int, d: date) -> str:
        return f"{COHORT[self.kind].format(n=self.intake + i)} ({d:%b} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name, fig, own = self.cohort_name(i, d), self.numeric(d), self.native_day(d)
        return {"kz": f"{name}: старт {fig} · starts {self.local(d)}",
                "ge": f"{name} — starts {self.long(d)} ({own})",
                "am": f"{name}: start {fig} ({own})",
                "az": f"{name}: başlanğıc {own} · starts {fig}",
                "uz": f"{name}: boshlanishi {fig} (старт {own})",
                "mn": f"{name}: эхлэх огноо {own} · starts {fig}",
                "gh": f"{name}: resumption date {own}",
                "et": f"{name}: classes start {self.long(d)} ({own})",
                "tz": f"{name}: kuanza {own} · starts {fig}",
                "ug": f"{name} intake commences {own}",
                "rw": f"{name}: itangira {own} / starts {fig}"}[self.kind]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def duration(self) -> str:
        w, h, total, k = self.p.weeks, self.per_week(), self.p.hours_total, self.kind
        full = self.p.hours[0] >= 35
        own = ru_weeks(w) if k in ("kz", "uz") else WEEKS.get(k, "").format(w=w)
        weeks = f"{w} weeks ({own})" if own else f"{w} weeks"
        pace = "full-time" if full else "evenings and weekends"
        extra = f" · {total} hours in total" if total else ""
        return f"Duration: {weeks} · {pace} · {h} hours a week{extra}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly, 1), self.months()
        return {"kz": f"Рассрочка 0-0-{n} (Kaspi Red): {m} a month for {n} months",
                "ge": f"Installments (განვადება): {m} per month for {n} months",
                "am": f"Ապառիկ (instalments): {m} monthly for {n} months",
                "az": f"Taksit: {n} ay × {m} ({n} monthly payments of {m})",
                "uz": f"Muddatli to'lov (рассрочка): {n} oy, oyiga {m} ({m} a month)",
                "mn": f"Хуваан төлөх: сард {m}, {n} сар ({m} a month for {n} months)",
                "gh": f"Pay in instalments: {m} monthly for {n} months via MTN MoMo",
                "et": f"Instalment option: {m} per month for {n} months via telebirr",
                "tz": f"Lipa kidogo kidogo (instalments): {m} kwa mwezi for {n} months",
                "ug": f"Instalments: {m} per month over {n} months (MoMo or Airtel Money)",
                "rw": f"Kwishyura mu byiciro (instalments): {m} per month for {n} months"
                }[self.kind]  # fmt: skip

    def fee_line(self) -> str:
        """The fee with what the country says beside it."""
        m = self.money(self.p.upfront)
        return {"kz": f"Стоимость обучения (tuition): {m}", "ge": f"Course price: {m}",
                "am": f"Tuition (ուսման վարձ): {m}", "az": f"Təhsil haqqı (tuition): {m}",
                "uz": f"Kurs narxi (tuition): {m}", "mn": f"Сургалтын төлбөр (tuition): {m}",
                "gh": f"Programme fee: {m}", "et": f"Tuition fee: {m}",
                "tz": f"Ada ya mafunzo (tuition): {m}", "ug": f"Tuition: {m} per student",
                "rw": f"Amafaranga y'ishuri (tuition): {m}"}[self.kind]  # fmt: skip

    def hero(self) -> str:
        """The hero's price line, as a landing page puts it."""
        m = self.money(self.p.upfront, 3)
        return f"от {m}" if self.kind in ("kz", "uz") else f"Only {m}"

    def terms(self, g: Guarantee) -> str:
        w, win, share, k = self.p.wording, g.window, g.share, self.kind
        job = " (гарантия трудоустройства)" if k in ("kz", "uz") else ""
        if g.kind == "job_guarantee":
            if w:
                return (f"Employment guarantee{job}: no job offer {win} months after you "
                        f"graduate? {share}% of your tuition comes back to you, provided you "
                        "attended 90% of sessions and applied to five jobs a week.")  # fmt: skip
            return (f"Employment guarantee{job}: if you are not employed within {win} months "
                    f"of graduation, we refund {share}% of the tuition. Conditions: 90% "
                    "attendance and five applications a week.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Money-back guarantee: {win} days from the first class to decide; "
                        "withdraw in that time and get all your money back.")  # fmt: skip
            return (f"Money-back guarantee: not satisfied within {win} days of the first "
                    "class? We return your full payment.")  # fmt: skip
        if w:
            return (f"Withdrawal: {share}% of the tuition is returned if you leave in the first "
                    f"{win} weeks; no refund after that.")  # fmt: skip
        return (f"Withdrawal: leave within the first {win} weeks and we refund {share}% of the "
                "tuition; nothing is refunded after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Learn now, pay when hired (Income Share Agreement): {pct}% of your monthly "
                f"salary for {months} months, only once you earn at least {self.money(floor)} "
                "a year.")  # fmt: skip

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: in figures, or in the country's own words."""
        return self.numeric(d) if form == "long" else self.native_day(d)

    def schedule(self) -> str:
        """Class times; Ethiopian pages give them in local time, counted from 6 a.m."""
        if self.kind == "et":
            return "Classes run 12:00–3:00 local time (6:00–9:00 PM), Monday to Thursday."
        if self.kind == "mn":
            return "Classes run 18:30–21:30 (UTC+8), Monday to Thursday."
        return "Classes run 18:30–21:30, Monday to Thursday; Saturday labs 10:00–14:00."

    def reference(self) -> str:
        """The fee in dollars for reference, as many of these pages add under it."""
        rate = {"KZT": 500, "GEL": 2.7, "AMD": 390, "AZN": 1.7, "UZS": 12_800, "MNT": 3400,
                "GHS": 15, "ETB": 125, "TZS": 2600, "UGX": 3700, "RWF": 1400}  # fmt: skip
        usd = round(self.p.upfront / rate.get(self.p.currency, 1) / 10) * 10
        return (
            f"≈ USD {usd:,} at today's rate, for reference only; you are billed in "
            f"{self.p.currency}."
        )

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a fourteenth set of words."""
        p, first, end, m = self.p, self.p.starts[0], self.p.ends()[0], self.money
        salary, junior, funding, fee, pay, tax = MONEY[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        day, close, s = self.when, self.deadline(), self.scale
        return {
            "salary": salary,
            "junior": junior,
            "funding": funding,
            "fee": fee,
            "pay": pay,
            "tax": tax,
            "reference": self.reference(),
            "holiday": HOLIDAY[self.kind],
            "schedule": self.schedule(),
            "credential": credential,
            "deposit": f"Secure your seat with a deposit of {m(round(200 * s))}, deducted from "
            "the fee.",
            "scholarship": f"Scholarships of up to {m(round(1_000 * s))} for women in tech.",
            "early": f"Early-bird discount of {m(round(400 * s))} until "
            f"{day(close - timedelta(days=10))}.",
            "deadline": f"Application deadline: {day(close)}.",
            "info": f"Free info session (online): {day(TODAY + timedelta(days=8), 'words')}, "
            "19:00.",
            "open_house": f"Open day at our {self.city} campus: "
            f"{self.long(TODAY + timedelta(days=10))}, 11:00–15:00.",
            "prep": f"Free pre-course starts {day(first - timedelta(days=21), 'words')}.",
            "welcome": f"Orientation: {day(first - timedelta(days=1))}.",
            "ends": f"Final project defence: {day(end)}.",
            "graduation": f"Demo Day and graduation: {day(end + timedelta(days=5))}.",
            "outcome": "82% of graduates employed within 6 months (2024 cohorts).",
            "support": "Career support for 6 months after you graduate.",
            "post": f"Published {day(date(2024, 11, 12))} by the admissions team",
            "updated": f"Last updated {day(date(2025, 1, 6))}",
            "testimonial": f"“Four months after demo day I signed my first offer.” — {name}, "
            "2024 graduate",
            "tagline": f"Become a developer in {self.city}. Job-ready in months.",
            "button": "Подать заявку" if self.kind in ("kz", "uz") else "Apply now",
            "phone": f"WhatsApp / Telegram {phone} (Mon–Fri 9:00–18:00).",
            "copyright": f"© {TODAY.year} {p.camp} Academy {company}. All rights reserved.",
        }
