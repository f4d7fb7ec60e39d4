"""A sixteenth way of wording a program, for :mod:`benchmarks.sixteenth_styles`.

The fifteenth voice (:mod:`benchmarks.fifteenth_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is bootcamps of the
Arab world, written in English from how their sites word a course, with the local words they
keep and Arabic (or, in the Maghreb, French) beside the English, and without reading
bootwatch's rules: Jordan ("JD 1,250", "1,250 د.أ", Levantine months, CliQ, TVSDC), Kuwait
("KD 450.000" with three decimals, "KWD", KNET, KFAS), Bahrain ("BD 380.500", BenefitPay,
Tamkeen covering up to 80%, VAT 10%), Oman ("RO 420", "OMR 420.000", "ر.ع.", Thawani, VAT
5%), Qatar ("QR 9,500", "ر.ق", post-dated cheques, no VAT), Lebanon (fees in fresh dollars,
"$4,500", and now and then in pounds, "LBP 150,000,000", "L.L.", Kafalat, Whish and OMT),
Iraq ("IQD 1,500,000", "د.ع", Zain Cash, Nowruz), Tunisia (French "1 250,000 DT" with the
millimes after a comma, "mensualités", D17, TVA 19 %) and Algeria ("45 000 DA", BaridiMob,
Edahabia, Yennayer). Some amounts and dates are in Eastern Arabic digits (٠١٢٣٤٥٦٧٨٩, ٬ for
thousands and ٫ for decimals) beside Western ones; Gulf pages put the Hijri date beside the
Gregorian one (the Gregorian one is the truth), Levantine and Iraqi pages use كانون الثاني…
and Gulf ones يناير…, Maghreb pages French months. Salaries in USD and local money, the fee
in another currency "for reference only", VAT and sales-tax lines, government and employer
funding "up to 80%", registration and exam fees, deposits, early-bird savings, Ramadan
timetables, Eid holidays, info sessions, deadlines, cohort ends and graduation are the
non-facts.

Amounts are scaled to read like each country's fees (:func:`sixteenth_program`). Same contract
as :class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the sixteenth set's first
look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`. A Lebanese program priced in dollars is told apart from a
development one by the country its seed draws (:func:`country`); a development program
redesigned into the sixteenth styles keeps its own code and sign, with Jordan's lines.
It is one module of about 530 lines because every sentence of the voice is drawn from the
same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The sixteenth set's countries, Jordan and Lebanon twice as often (the largest of these
#: bootcamp markets).
COUNTRIES = ("jo", "jo", "kw", "bh", "om", "qa", "lb", "lb", "iq", "tn", "dz")
#: Each country's currency; Lebanese pages price in fresh dollars, now and then in pounds.
CURRENCY = {"jo": "JOD", "kw": "KWD", "bh": "BHD", "om": "OMR", "qa": "QAR", "lb": "USD",
            "iq": "IQD", "tn": "TND", "dz": "DZD"}  # fmt: skip
KINDS = {"JOD": "jo", "KWD": "kw", "BHD": "bh", "OMR": "om", "QAR": "qa", "LBP": "lb",
         "IQD": "iq", "TND": "tn", "DZD": "dz"}  # fmt: skip
#: Per currency, hundredths of a unit per unit of :func:`pagegen.make_program`'s fee.
SCALE = {"JOD": 20, "KWD": 15, "BHD": 15, "OMR": 15, "QAR": 150, "USD": 30,
         "LBP": 2_500_000, "IQD": 15_000, "TND": 50, "DZD": 1_500}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"JOD": 5, "KWD": 5, "BHD": 5, "OMR": 5, "QAR": 50, "USD": 10, "LBP": 500_000,
        "IQD": 25_000, "TND": 10, "DZD": 500}  # fmt: skip
#: A US dollar in each currency, for the reference price some pages add.
RATE = {"JOD": 0.709, "KWD": 0.308, "BHD": 0.376, "OMR": 0.385, "QAR": 3.64, "USD": 1,
        "LBP": 89_500, "IQD": 1_310, "TND": 3.15, "DZD": 134.5}  # fmt: skip
#: The Maghreb: French words beside English.
FRENCH = ("tn", "dz")
#: The Gulf: the Hijri date beside the Gregorian one.
HIJRI = ("kw", "bh", "om", "qa")
#: The Levant and Iraq: Syriac month names (كانون الثاني…); elsewhere يناير….
LEVANT = ("jo", "lb", "iq")
CITY = {"jo": "Amman", "kw": "Kuwait City", "bh": "Manama", "om": "Muscat", "qa": "Doha",
        "lb": "Beirut", "iq": "Baghdad", "tn": "Tunis", "dz": "Algiers"}  # fmt: skip
MONTHS = {
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"),
    "levant": ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
               "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "hijri": ("Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula",
              "Jumada al-Akhirah", "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'dah",
              "Dhu al-Hijjah"),
    "hijri_ar": ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                 "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"),
}  # fmt: skip
#: The currency as Arabic pages write it after an amount.
ARABIC_SIGN = {"JOD": "د.أ", "KWD": "د.ك", "BHD": "د.ب", "OMR": "ر.ع.", "QAR": "ر.ق",
               "USD": "دولار", "LBP": "ل.ل.", "IQD": "د.ع", "TND": "د.ت", "DZD": "د.ج"}  # fmt: skip
EASTERN = str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫")
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "jo": ("L.L.C. · National No. 200123456 · Abdali, Amman", "+962 6 555 0190",
           "Licensed by the Technical and Vocational Skills Development Commission (TVSDC).",
           "Lina H."),
    "kw": ("W.L.L. · CR 412345 · Sharq, Kuwait City", "+965 2222 0190",
           "Licensed by the Ministry of Education as a private training institute.",
           "Fatma A."),
    "bh": ("W.L.L. · CR 123456-1 · Seef District, Manama", "+973 1755 0190",
           "Licensed by the Ministry of Labour; a Tamkeen-approved training provider.",
           "Hussain J."),
    "om": ("L.L.C. · CR 1234567 · Al Khuwair, Muscat", "+968 2455 0190",
           "Licensed by the Ministry of Labour, Sultanate of Oman.", "Maryam B."),
    "qa": ("W.L.L. · CR 123456 · West Bay, Doha", "+974 4455 0190",
           "Licensed by the Ministry of Education and Higher Education (training centres).",
           "Abdulla K."),
    "lb": ("S.A.L. · Commercial Registry 1012345 · Hamra, Beirut", "+961 1 755 019",
           "Registered with the Ministry of Education and Higher Education; certificate "
           "co-signed by our industry partners.", "Rami S."),
    "iq": ("L.L.C. · Karrada, Baghdad", "+964 770 555 0190",
           "Registered with the Ministry of Planning; certificates endorsed by partner "
           "companies.", "Zainab M."),
    "tn": ("SARL · MF 1234567/A/M/000 · Les Berges du Lac, Tunis", "+216 71 555 019",
           "Centre de formation agréé par le Ministère de l'Emploi et de la Formation "
           "Professionnelle (approved training centre).", "Yasmine B."),
    "dz": ("SARL · RC 16/00-1234567B21 · Hydra, Alger", "+213 21 55 01 90",
           "Agréé par le Ministère de la Formation et de l'Enseignement Professionnels "
           "(approved training provider).", "Amine K."),
}  # fmt: skip
#: Per country: money that is not this course's fee (salary, pay in dollars, funding with its
#: own share and date, the registration fee, an exam fee, how people pay) and the tax line.
MONEY = {
    "jo": ("Junior developers in Amman earn JD 600 – JD 1,000 a month.",
           "Graduates working remotely for Gulf and European firms earn USD 1,500–2,500 a "
           "month.",
           "Government-funded places (Youth, Technology and Jobs project) cover up to 80% of "
           "the fee for unemployed graduates; apply by 15/02/2025.",
           "Registration fee: JD 25 (non-refundable) · رسوم التسجيل ٢٥ د.أ",
           "Optional AWS Cloud Practitioner exam voucher: USD 100, paid separately.",
           "Pay by CliQ, eFAWATEERcom, card or bank transfer (Arab Bank, Housing Bank); split "
           "in 4 with Tabby.",
           "Fees include the 16% general sales tax."),
    "kw": ("Entry-level developers in Kuwait City earn KD 700 – KD 1,100 a month.",
           "Graduates working remotely earn USD 2,300–3,600 a month.",
           "Employer sponsorship: KFAS co-funds up to 80% of the fee for private-sector "
           "employees; requests close 15/02/2025.",
           "Registration fee: KD 10.000 (non-refundable) · رسوم التسجيل ١٠ د.ك",
           "Optional CompTIA exam voucher: USD 250 per attempt.",
           "Pay by KNET, Visa/Mastercard, Apple Pay or in instalments with Deema.",
           "No VAT is charged in Kuwait."),
    "bh": ("Junior developers in Manama earn BD 600 – BD 900 a month.",
           "Remote roles pay our graduates USD 1,600–2,400 a month.",
           "Tamkeen support covers up to 80% of the fee for eligible Bahrainis; apply through "
           "the Tamkeen portal by 15/02/2025.",
           "Registration fee: BD 10.000 (non-refundable) · رسوم التسجيل ١٠ د.ب",
           "Microsoft certification exam fee: BD 40.500 per attempt.",
           "Pay by BenefitPay, Benefit debit card, credit card or bank transfer (NBB, BBK).",
           "Prices exclude VAT at 10%, added at checkout."),
    "om": ("Junior developers in Muscat earn RO 600 – RO 900 a month.",
           "Graduates working remotely earn USD 1,600–2,300 a month.",
           "Ministry of Labour training programmes cover up to 80% of the fee for Omani "
           "jobseekers; nominations close 15/02/2025.",
           "Registration fee: OMR 10.000 (non-refundable) · رسوم التسجيل ١٠ ر.ع.",
           "Exam fee for the optional international certificate: RO 45.",
           "Pay by Thawani, OmanNet debit card, credit card or transfer to Bank Muscat.",
           "Prices include VAT at 5%."),
    "qa": ("Entry-level developers in Doha earn QR 10,000 – QR 15,000 a month.",
           "Graduates working remotely earn USD 2,700–4,000 a month.",
           "Sponsored places: employers and the national training programme cover up to 80% "
           "of the fee for Qatari nationals; apply by 15/02/2025.",
           "Registration fee: QR 100 (non-refundable) · رسوم التسجيل ١٠٠ ر.ق",
           "Certification exam: QR 550, paid to Pearson VUE.",
           "Pay by NAPS debit card, QPay, Apple Pay, credit card or post-dated cheques.",
           "No VAT in Qatar: the price you see is the price you pay."),
    "lb": ("Junior developers in Beirut earn $800 – $1,400 a month (fresh).",
           "Remote roles for European and Gulf firms pay our graduates USD 1,500–3,000 a "
           "month.",
           "Kafalat-backed education loans and NGO-funded places (UNDP, GIZ) cover up to 80% "
           "of the fee; apply by 15/02/2025.",
           "Registration fee: $50 (non-refundable) · رسم التسجيل ٥٠ دولار",
           "Optional Meta certification exam: $99, paid separately.",
           "Pay in fresh dollars by Whish Money, OMT, card or cash at our Hamra office.",
           "Prices include 11% VAT."),
    "iq": ("Junior developers in Baghdad and Erbil earn IQD 800,000 – IQD 1,500,000 a month.",
           "Remote roles pay our graduates USD 1,000–2,000 a month.",
           "Funded places with the Ministry of Youth and partners (GIZ, UNDP) cover up to 80% "
           "of the fee for selected youth in Baghdad, Erbil and Basra; apply by 15/02/2025.",
           "Registration fee: IQD 25,000 (non-refundable) · رسوم التسجيل ٢٥٬٠٠٠ د.ع",
           "Cisco exam voucher: IQD 350,000, paid separately.",
           "Pay by Zain Cash, FastPay, Qi Card or cash at the campus.",
           "Prices include all taxes."),
    "tn": ("Un développeur junior à Tunis gagne 1 500 – 2 500 DT par mois (junior salary).",
           "Graduates working remotely for European firms earn USD 1,500–2,800 a month.",
           "Places financées par l'ANETI et le programme Forsati : jusqu'à 80 % des frais pour "
           "les demandeurs d'emploi (funded places); inscription avant le 15/02/2025.",
           "Frais d'inscription : 50,000 DT, non remboursables (registration fee).",
           "Examen de certification : 350 DT, optionnel (exam fee).",
           "Paiement par D17, e-Dinar, carte bancaire ou virement (BIAT, Attijari).",
           "Prix TTC, TVA 19 % incluse (VAT included)."),
    "dz": ("Un développeur junior à Alger gagne 60 000 – 100 000 DA par mois (junior salary).",
           "Graduates working remotely earn USD 1,000–2,000 a month.",
           "Prise en charge ANEM / ANADE : jusqu'à 80 % des frais pour les jeunes demandeurs "
           "d'emploi (funded places); dossiers avant le 15/02/2025.",
           "Frais d'inscription : 2 000 DA, non remboursables (registration fee).",
           "Examen de certification : 15 000 DA, optionnel (exam fee).",
           "Paiement par BaridiMob, carte Edahabia, CIB ou virement CCP.",
           "Prix TTC, TVA 19 % incluse (VAT included)."),
}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
HOLIDAY = {
    "jo": "No classes during Eid al-Fitr (30/03/2025 – 02/04/2025), Independence Day "
    "(25/05/2025) or Eid al-Adha (05/06/2025 – 09/06/2025).",
    "kw": "No classes on National and Liberation Days (25–26 February 2025) or during Eid "
    "al-Fitr (30/03/2025 – 01/04/2025).",
    "bh": "No classes during Eid al-Fitr (30/03/2025 – 01/04/2025), Eid al-Adha "
    "(05/06/2025 – 08/06/2025) or Ashura.",
    "om": "No classes during Eid al-Fitr (30/03/2025 – 02/04/2025) or Eid al-Adha "
    "(05/06/2025 – 09/06/2025).",
    "qa": "No classes on National Sport Day (11/02/2025) or during Eid al-Fitr (30/03/2025 – "
    "03/04/2025).",
    "lb": "No classes on Saint Maroun's Day (9 February 2025), Eid al-Fitr (30 March 2025), "
    "Easter (18–21 April 2025) or Labour Day.",
    "iq": "No classes on Nowruz (21/03/2025), during Eid al-Fitr (30/03/2025 – 02/04/2025) "
    "or on National Day (3 October).",
    "tn": "Pas de cours le 20 mars (fête de l'Indépendance), ni pendant l'Aïd el-Fitr (du 30 "
    "mars au 1er avril 2025) (no classes on holidays).",
    "dz": "Pas de cours pendant l'Aïd el-Fitr (30 et 31 mars 2025), le 1er mai ni le 5 "
    "juillet (fête de l'Indépendance).",
}
#: A cohort's name per country: "{n}" is the cohort's number.
COHORT = {"jo": "Cohort {n}", "kw": "Batch {n}", "bh": "Cohort {n}", "om": "Batch {n}",
          "qa": "Cohort {n}", "lb": "Cohort {n}", "iq": "Batch {n}", "tn": "Promo {n}",
          "dz": "Promotion {n}"}  # fmt: skip
#: The start of Ramadan 1446, when Arab bootcamps move their evening classes.
RAMADAN = date(2025, 3, 1)


def country(seed: int) -> str:
    """The country a sixteenth-set program of ``seed`` is from."""
    return random.Random(seed * 1201 + 59).choice(COUNTRIES)


def sixteenth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives the
    same program): fees scaled to each country's, monthly payments over 3 to 12 months."""
    p = make_program(seed)
    r = random.Random(seed * 887 + 41)
    kind = country(seed)
    currency = "LBP" if kind == "lb" and r.random() < 0.3 else CURRENCY[kind]
    upfront = p.upfront * SCALE[currency] // 100
    months = r.choice([3, 4, 6, 10, 12])
    step = STEP[currency]
    monthly = max(step, round(upfront / months / step) * step) if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency] // 100) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def eastern(text: str) -> str:
    """Western digits, grouping commas and decimal points in Eastern Arabic ones."""
    return text.translate(EASTERN)


def hijri(d: date) -> tuple[int, int, int]:
    """The tabular (civil) Hijri date of ``d``: year, month, day."""
    n = d.toordinal() + 1_721_425 - 1_948_440 + 10_632
    cycle = (n - 1) // 10_631
    n = n - 10_631 * cycle + 354
    j = ((10_985 - n) // 5_316) * ((50 * n) // 17_719) + (n // 5_670) * ((43 * n) // 15_238)
    n = n - ((30 - j) // 15) * ((17_719 * j) // 50) - (j // 16) * ((15_238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycle + j - 30, month, n - (709 * month) // 24


class SixteenthVoice(Kit):
    """The facts of ``kit``'s program in a sixteenth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 5003 + 29)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 21)
        self.intake = r.randrange(3, 30)  # the number of the next cohort
        lebanese = kit.p.currency == "USD" and country(kit.p.seed) == "lb"
        self.own = KINDS.get(kit.p.currency) or ("lb" if lebanese else None)
        self.kind = self.own or "jo"

    @property
    def native(self) -> bool:
        """Whether the program's currency is this country's (a development program's is not;
        a Lebanese program in dollars is)."""
        return self.own is not None

    @property
    def french(self) -> bool:
        return self.kind in FRENCH

    @property
    def lang(self) -> str:
        return f"{'fr' if self.french else 'en'}-{self.kind.upper()}"

    @property
    def city(self) -> str:
        return CITY[self.kind]

    @property
    def scale(self) -> float:
        return SCALE.get(self.p.currency, 100) / 100

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 as checkouts and receipts do (three decimals for
        the dinars and rials that have them), 2 with the ISO code, 3 as hero copy says it."""
        g, s = f"{amount:,}", f"{amount:,}".replace(",", " ")
        if not self.native:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign} {g}.00", f"{code} {g}", f"{g} {code}")[form]
        if self.p.currency == "LBP":
            return (f"LBP {g}", f"{g} L.L.", f"LBP {g}", f"{g} ل.ل.")[form]
        forms = {
            "jo": (f"JD {g}", f"JOD {g}.000", f"JOD {g}", f"{g} د.أ"),
            "kw": (f"KD {g}", f"KD {g}.000", f"KWD {g}", f"{g} د.ك"),
            "bh": (f"BD {g}", f"BHD {g}.000", f"BHD {g}", f"{g} د.ب"),
            "om": (f"RO {g}", f"OMR {g}.000", f"OMR {g}", f"{g} ر.ع."),
            "qa": (f"QR {g}", f"QAR {g}.00", f"QAR {g}", f"{g} ر.ق"),
            "lb": (f"${g}", f"USD {g}.00", f"USD {g}", f"{g} fresh dollars"),
            "iq": (f"IQD {g}", f"{g} IQD", f"IQD {g}", f"{g} د.ع"),
            "tn": (f"{s} DT", f"{s},000 DT", f"TND {g}", f"{s} dinars"),
            "dz": (f"{s} DA", f"{s},00 DA", f"DZD {g}", f"{s} dinars"),
        }  # fmt: skip
        return forms[self.kind][form]

    def arabic(self, amount: int) -> str:
        """An amount as an Arabic line writes it: Eastern digits and the Arabic sign."""
        return f"{eastern(f'{amount:,}')} {ARABIC_SIGN.get(self.p.currency, self.p.currency)}"

    def local(self, d: date) -> str:
        """A date in English words, day first."""
        return f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday in English."""
        return f"{d:%A}, {self.local(d)}"

    def numeric(self, d: date) -> str:
        """A date in figures, day first."""
        return f"{d:%d/%m/%Y}"

    def hijri(self, d: date, arabic: bool = False) -> str:
        """The Hijri date, in English ("2 Ramadan 1446 AH") or Arabic with Eastern digits."""
        y, m, day = hijri(d)
        if arabic:
            return eastern(f"{day} {MONTHS['hijri_ar'][m - 1]} {y}") + " هـ"
        return f"{day} {MONTHS['hijri'][m - 1]} {y} AH"

    def native_day(self, d: date) -> str:
        """A date in the country's own words: French in the Maghreb, Arabic months elsewhere
        (Syriac names in the Levant and Iraq), Eastern digits in the Gulf and Iraq."""
        if self.french:
            return f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
        names = MONTHS["levant" if self.kind in LEVANT else "ar"]
        text = f"{d.day} {names[d.month - 1]} {d.year}"
        return eastern(text) if self.kind in (*HIJRI, "iq") else text

    def cohort_name(self, i: int, d: date) -> str:
        return f"{COHORT[self.kind].format(n=self.intake + i)} ({d:%b} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name, fig, own = self.cohort_name(i, d), self.numeric(d), self.native_day(d)
        return {"jo": f"{name}: starts {self.long(d)} · {own}",
                "kw": f"{name}: begins {self.local(d)} ({self.hijri(d)})",
                "bh": f"{name}: classes start {self.long(d)} · {own}",
                "om": f"{name}: start date {fig} ({self.hijri(d, arabic=True)})",
                "qa": f"{name}: starts {self.local(d)} / {own}",
                "lb": f"{name}: kicks off {self.long(d)} ({own})",
                "iq": f"{name}: starts {fig} · {own}",
                "tn": f"{name} : démarrage le {own} · starts {self.local(d)}",
                "dz": f"{name} : rentrée le {own} (starts {fig})"}[self.kind]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        own = f"{w} semaines" if self.french else f"{eastern(str(w))} أسبوعاً"
        if self.p.hours[0] >= 35:
            pace = "temps plein (full-time)" if self.french else "full-time"
        else:
            pace = "evenings and Saturdays" if self.kind in ("lb", "tn") else (
                "evenings, Sunday to Thursday")  # fmt: skip
        extra = f" · {total} training hours" if total else ""
        return f"Duration: {w} weeks ({own}) · {pace} · {h} hours a week{extra}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly, 1), self.months()
        return {"jo": f"Instalments: {n} monthly payments of {m} (CliQ or standing order)",
                "kw": f"Pay monthly: {m} a month for {n} months via KNET",
                "bh": f"Instalment plan: {m} per month over {n} months",
                "om": f"Monthly plan: {n} instalments of {m} a month",
                "qa": f"Payment plan: {m} monthly for {n} months (post-dated cheques accepted)",
                "lb": f"Payment plan: {m} a month for {n} months",
                "iq": f"Instalments: {m} per month for {n} months (Zain Cash)",
                "tn": f"Paiement échelonné : {n} mensualités de {m} ({m} a month for {n} "
                "months)",
                "dz": f"Paiement en {n} tranches mensuelles de {m} ({m} a month)"
                }[self.kind]  # fmt: skip

    def fee_line(self) -> str:
        """The fee with what the country says beside it: Arabic in Eastern digits, or French."""
        m = self.money(self.p.upfront)
        if self.french:
            return f"Frais de formation (tuition) : {m}"
        ar = f" · الرسوم {self.arabic(self.p.upfront)}" if self.native else ""
        label = {"jo": "Programme fee", "kw": "Course fee", "bh": "Course fee",
                 "om": "Programme fee", "qa": "Tuition", "lb": "Tuition",
                 "iq": "Course fee"}[self.kind]  # fmt: skip
        return f"{label}: {m}{ar}"

    def hero(self) -> str:
        """The hero's price line, as a landing page puts it."""
        m = self.money(self.p.upfront, 3)
        return f"Tout compris : {m}" if self.french else f"All-inclusive: {m}"

    def terms(self, g: Guarantee) -> str:
        w, win, share = self.p.wording, g.window, g.share
        gloss = " (garantie d'emploi)" if self.french else " (ضمان التوظيف)"
        if g.kind == "job_guarantee":
            if w:
                return (f"Job guarantee{gloss}: {share}% of your tuition back if no job offer "
                        f"reaches you within {win} months after graduation, provided every "
                        "project is completed and five applications a week are sent.")  # fmt: skip
            return (f"Job guarantee{gloss}: if you have not received a job offer within {win} "
                    f"months of graduating, {share}% of the tuition fee is refunded to you. "
                    "Applies to graduates who complete every project and apply to five roles "
                    "a week.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Money-back guarantee: you have {win} days from the first class to "
                        "change your mind; withdraw in that period and the full fee is "
                        "refunded.")  # fmt: skip
            return (f"Money-back guarantee: not the right fit? Withdraw within {win} days of "
                    "the first class and receive a full refund of the fee paid.")  # fmt: skip
        if w:
            return (f"Refund policy: {share}% of the tuition is returned to learners who "
                    f"withdraw within the first {win} weeks; after that, no refund is "
                    "due.")  # fmt: skip
        return (f"Refund policy: withdraw during the first {win} weeks and {share}% of the "
                "tuition is refunded; there are no refunds after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Deferred tuition (Income Share Agreement): once you are employed on at least "
                f"{self.money(floor)} a year, pay {pct}% of your monthly salary for {months} "
                "months.")  # fmt: skip

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: in figures (with the Hijri date on Gulf pages), or in the
        country's own words."""
        if form != "long":
            return self.native_day(d)
        return f"{self.numeric(d)} ({self.hijri(d)})" if self.kind in HIJRI else self.numeric(d)

    def schedule(self) -> str:
        """Class times: the working week is Sunday to Thursday except in Lebanon and Tunisia."""
        if self.kind == "tn":
            return "Cours du lundi au vendredi de 18h à 21h ; ateliers le samedi de 9h à 13h."
        days = "Monday to Friday" if self.kind == "lb" else "Sunday to Thursday"
        return f"Classes run {days}, 6:00–9:00 pm; Saturday labs 10:00 am–2:00 pm."

    def ramadan(self) -> str:
        """The Ramadan timetable, dated in both calendars."""
        if self.french:
            return (f"Pendant le Ramadan (à partir du {self.native_day(RAMADAN)}), les cours ont "
                    "lieu de 21h30 à 23h30 (Ramadan timetable).")  # fmt: skip
        return (f"Ramadan timetable: from {self.numeric(RAMADAN)} ({self.hijri(RAMADAN)}) "
                "classes run 9:00 pm – midnight, after iftar.")  # fmt: skip

    def reference(self) -> str:
        """The fee in another currency for reference, as many of these pages add under it."""
        rate = RATE.get(self.p.currency, 1)
        if self.native and self.p.currency == "USD":
            lbp = self.p.upfront * RATE["LBP"]
            return (f"≈ LBP {lbp:,} at the market rate of 89,500 L.L. per dollar, for "
                    "reference only; fees are charged in fresh dollars.")  # fmt: skip
        usd = round(self.p.upfront / rate / 10) * 10
        return (f"≈ USD {usd:,} at today's rate, for reference only; you are billed in "
                f"{self.p.currency}.")  # fmt: skip

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a sixteenth set of words."""
        p, first, end, m = self.p, self.p.starts[0], self.p.ends()[0], self.money
        salary, junior, funding, fee, exam, pay, tax = MONEY[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        day, close, s = self.when, self.deadline(), self.scale
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
            "ramadan": self.ramadan(),
            "schedule": self.schedule(),
            "credential": credential,
            "deposit": f"Secure your seat with a deposit of {m(round(100 * s))}, deducted from "
            "the fee.",
            "scholarship": f"Merit scholarships of up to {m(round(1_000 * s))} for the top "
            "scorers in the entry test.",
            "early": f"Early bird: save {m(round(500 * s))} when you enrol before "
            f"{day(close - timedelta(days=10))}.",
            "deadline": f"Application deadline: {day(close)}.",
            "info": f"Free online info session: {day(TODAY + timedelta(days=8), 'words')}, "
            "7:00 pm.",
            "open_house": f"Open day at our {self.city} campus: "
            f"{self.long(TODAY + timedelta(days=10))}, 10:00–14:00.",
            "prep": f"The free pre-course (HTML and JavaScript basics) opens "
            f"{day(first - timedelta(days=21), 'words')}.",
            "welcome": f"Orientation day: {day(first - timedelta(days=2))}.",
            "ends": f"The cohort ends with capstone presentations on {day(end)}.",
            "graduation": f"Graduation ceremony: {day(end + timedelta(days=7))}.",
            "outcome": "82% of our 2024 graduates were employed within 6 months.",
            "support": "Career coaching for 6 months after graduation.",
            "post": f"Posted {day(date(2024, 11, 12))} by the admissions team",
            "updated": f"Last updated {day(date(2025, 1, 6))}",
            "testimonial": f"“I had a job offer before graduation day.” — {name}, 2024 graduate",
            "tagline": f"Become a software developer in {self.city}. Classes in English and "
            f"{'French' if self.french else 'Arabic'}.",
            "button": "Postuler / Apply now" if self.french else "سجّل الآن / Apply now",
            "phone": f"WhatsApp {phone} ({'lun–ven' if self.french else 'Sun–Thu'} 9:00–17:00).",
            "copyright": f"© {TODAY.year} {p.camp} Academy {company}. All rights reserved.",
        }
