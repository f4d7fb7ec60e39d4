"""An eleventh way of wording a program, for :mod:`benchmarks.eleventh_styles`.

The tenth voice (:mod:`benchmarks.tenth_voice`) is being tuned on, so its figures no longer
say how bootwatch reads words nobody wrote rules for. This voice is francophone and Southeast
Asian bootcamps, written from how their sites word a course and without reading bootwatch's
rules: France (CPF, OPCO, France Travail, "TTC", Qualiopi and RNCP lines), Belgium, French
Switzerland in CHF, Québec in CAD, Morocco in dirhams, Senegal and Côte d'Ivoire in FCFA, in
French; Indonesia, Vietnam, Malaysia and Thailand in English with the local words those sites
keep ("cicilan", "khai giảng", "HRD Corp claimable", a Buddhist-era year beside the Gregorian
one). Fees as "6 900 €" (a narrow no-break space grouping, the sign after), "6 900,00 € TTC",
"CHF 9'800.–", "12 500 $", "35 000 DH", "750 000 FCFA", "Rp 24.999.000", "25.000.000 ₫",
"RM12,000" and "฿59,900", with "à partir de" in a hero; dates as "3 mars 2025" ("1er mars"),
"lundi 3 mars", "03/03/2025", "03.03.2025" in Switzerland, "2025-03-03" in Québec and "3 March
2025"; cohorts as "Session de mars 2025", "Promo #14", "Cohorte d'hiver 2025", "Batch 14",
"Khóa K14"; durations as "12 semaines · 35 h par semaine" or "15 à 20 h par semaine"; plans as
"en 10 mensualités de 690 € sans frais" or "Cicilan 0% 12 bulan"; "garantie emploi ou
remboursé", "satisfait ou remboursé" and a refund on dropping out, with "100 %" spaced as
French prints it. Non-facts of the other voices' kinds and the local ones: salaries in "k€
brut annuel", CPF's flat contribution, OPCO and France Travail funding, chèques-formation,
Geneva's CAF, MFOR, ANAPEC, 3FPT and FDFP, Kartu Prakerja, HRD Corp, deposits, registration
fees, early-bird discounts, taxes (TVA, TPS/TVQ, SST), school holidays (zone C, congé de
détente, relâche, Ramadan, Tết, Songkran), an RNCP title's registration date, an AEC's hours,
info sessions, open days, pre-work, integration days, the final defence and demo day, outcome
rates, post and update dates, testimonials, taglines and buttons.

Amounts are scaled to read like each country's fees (:func:`eleventh_program`). Same contract
as :class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the eleventh set's first
look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`, and a development program redesigned into the eleventh
styles keeps its own code and sign, with France's lines. One module of about 500 lines
because every sentence of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The eleventh set's currencies, euros twice as often (France and Belgium).
CURRENCIES = ("EUR", "EUR", "CAD", "CHF", "MAD", "XOF", "IDR", "VND", "MYR", "THB")
SCALE = {"EUR": 1, "CAD": 1, "CHF": 1, "MAD": 4, "XOF": 100, "IDR": 2000, "VND": 2000,
         "MYR": 1, "THB": 5}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"EUR": 5, "CAD": 5, "CHF": 5, "MAD": 10, "XOF": 500, "IDR": 1000, "VND": 1000,
        "MYR": 5, "THB": 10}  # fmt: skip
#: The country of each currency (euros are French or Belgian, FCFA Senegalese or Ivorian).
KINDS = {"EUR": ("fr", "fr", "be"), "CAD": ("qc",), "CHF": ("ch",), "MAD": ("ma",),
         "XOF": ("sn", "ci"), "IDR": ("id",), "VND": ("vn",), "MYR": ("my",),
         "THB": ("th",)}  # fmt: skip
FRENCH = ("fr", "be", "ch", "qc", "ma", "sn", "ci")
LANG = {"fr": "fr-FR", "be": "fr-BE", "ch": "fr-CH", "qc": "fr-CA", "ma": "fr-MA",
        "sn": "fr-SN", "ci": "fr-CI", "id": "en-ID", "vn": "en-VN", "my": "en-MY",
        "th": "en-TH"}  # fmt: skip
ZONES = {"fr": "Europe/Paris", "be": "Europe/Brussels", "ch": "Europe/Zurich",
         "qc": "America/Toronto", "ma": "Africa/Casablanca", "sn": "Africa/Dakar",
         "ci": "Africa/Abidjan", "id": "Asia/Jakarta", "vn": "Asia/Ho_Chi_Minh",
         "my": "Asia/Kuala_Lumpur", "th": "Asia/Bangkok"}  # fmt: skip
CITY = {"fr": "Paris", "be": "Bruxelles", "ch": "Genève", "qc": "Montréal", "ma": "Casablanca",
        "sn": "Dakar", "ci": "Abidjan", "id": "Jakarta", "vn": "Ho Chi Minh City",
        "my": "Kuala Lumpur", "th": "Bangkok"}  # fmt: skip
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")  # fmt: skip
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
THAI = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
        "พ.ย.", "ธ.ค.")  # fmt: skip
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "fr": ("SAS · SIRET 812 345 678 00027 · 75011 Paris", "+33 1 55 50 01 90",
           "Titre RNCP de niveau 5 « Développeur web et web mobile » (RNCP37674), enregistré "
           "le 29/06/2023 ; organisme certifié Qualiopi au titre des actions de formation.",
           "Camille R."),
    "be": ("SRL · BCE 0712.345.678 · 1050 Ixelles", "+32 2 555 01 90",
           "Formation reconnue par Bruxelles Formation et le Forem.", "Louise D."),
    "ch": ("Sàrl · IDE CHE-123.456.789 · 1204 Genève", "+41 22 555 01 90",
           "Institution certifiée eduQua:2021.", "Léa M."),
    "qc": ("inc. · NEQ 1171234567 · Montréal (Québec)", "+1 514 555-0190",
           "Aussi offerte comme attestation d'études collégiales (AEC) de 1 245 heures en "
           "partenariat avec un cégep.", "Mathieu G."),
    "ma": ("SARL · RC Casablanca 512345 · ICE 002345678000012", "+212 5 22 55 01 90",
           "Établissement de formation professionnelle privée autorisé (OFPPT).", "Yasmine B."),
    "sn": ("SARL · NINEA 009876543 · Dakar Plateau", "+221 33 855 01 90",
           "Formation agréée par le ministère de la Formation professionnelle.", "Awa D."),
    "ci": ("SARL · RCCM CI-ABJ-2021-B-12345 · Cocody, Abidjan", "+225 27 22 55 01 90",
           "Établissement agréé par le ministère de l'Enseignement technique.", "Koffi K."),
    "id": ("PT Akademi Digital Indonesia · Jakarta Selatan", "+62 21 5550 190",
           "Certified by BNSP (Badan Nasional Sertifikasi Profesi).", "Putri A."),
    "vn": ("Công ty TNHH Academy Việt Nam · District 1", "+84 28 3555 0190",
           "Certificate recognised by our 120 hiring partners.", "Minh T."),
    "my": ("Academy Sdn. Bhd. (1234567-X) · Bangsar South", "+60 3-5555 0190",
           "Accredited by the Malaysia Digital Economy Corporation (MDEC).", "Aisyah R."),
    "th": ("Academy Co., Ltd. · Sukhumvit, Bangkok", "+66 2 555 0190",
           "Certificate co-signed by our university partner.", "Nattaporn S."),
}  # fmt: skip
#: Per country: money that is not this course's fee (salary, junior pay, funding, another
#: fee or tax, how people pay).
MONEY = {
    "fr": ("Salaire d'embauche moyen de nos diplômés : 36 000 € brut annuel.",
           "Un développeur junior gagne entre 32 et 38 k€ brut par an à Paris.",
           "Formation éligible au CPF ; prise en charge possible par votre OPCO, France "
           "Travail (AIF) ou Transitions Pro.",
           "Depuis le 1er janvier 2025, une participation forfaitaire de 102,23 € reste à la "
           "charge du titulaire du CPF (sauf demandeurs d'emploi).",
           "Paiement par carte bancaire, virement ou en plusieurs fois avec Alma."),
    "be": ("Salaire moyen d'un développeur junior en Belgique : 3 200 € brut par mois.",
           "Les profils juniors à Bruxelles démarrent autour de 40.000 € brut par an.",
           "Chèques-formation acceptés en Wallonie ; gratuit pour les chercheurs d'emploi "
           "inscrits chez Actiris.",
           "Congé-éducation payé possible pour les salariés du secteur privé.",
           "Paiement par Bancontact, virement ou domiciliation."),
    "ch": ("Salaire médian d'un développeur junior à Genève : CHF 85'000 brut par an.",
           "Un stage en entreprise est rémunéré entre CHF 1'500 et 2'500 par mois.",
           "Chèque annuel de formation (CAF) de l'État de Genève : jusqu'à CHF 750 par an.",
           "Les frais de formation sont déductibles jusqu'à CHF 12'900 par an (IFD).",
           "Paiement par TWINT, carte ou facture QR."),
    "qc": ("Salaire moyen en début de carrière : 62 000 $ par année.",
           "Un poste de développeur junior à Montréal paie de 55 000 $ à 70 000 $.",
           "Admissible à la Mesure de formation de la main-d'œuvre (MFOR) de Services Québec.",
           "Taxes en sus (TPS 5 % et TVQ 9,975 %) ; reçu pour le crédit d'impôt (relevé 8).",
           "Paiement par carte de crédit, virement Interac ou chèque."),
    "ma": ("Un développeur junior gagne de 8 000 à 12 000 DH net par mois à Casablanca.",
           "Salaire moyen de nos lauréats après 1 an : 11 500 DH par mois.",
           "Places financées par l'ANAPEC pour les jeunes diplômés inscrits.",
           "Frais d'inscription non remboursables : 2 000 DH.",
           "Paiement par virement, carte bancaire (CMI) ou en espèces à l'accueil."),
    "sn": ("Salaire de départ moyen de nos diplômés : 350 000 FCFA par mois.",
           "Un développeur confirmé à Dakar gagne plus de 800 000 FCFA par mois.",
           "Places financées par le 3FPT pour les jeunes de 18 à 35 ans.",
           "Frais d'inscription : 25 000 FCFA, non remboursables.",
           "Paiement par Wave, Orange Money ou virement bancaire."),
    "ci": ("Salaire moyen d'un développeur junior à Abidjan : 400 000 F CFA par mois.",
           "Nos alternants perçoivent 150 000 F CFA par mois.",
           "Prise en charge possible par le FDFP pour les salariés.",
           "Frais de dossier : 20 000 F CFA.",
           "Paiement par Orange Money, MTN MoMo, Moov Money ou Wave."),
    "id": ("Average starting salary of our graduates: Rp 8.500.000/month.",
           "Junior developers in Jakarta earn Rp 7–12 juta a month.",
           "Kartu Prakerja holders: up to Rp 3.500.000 off with your training voucher.",
           "Registration fee Rp 250.000 (non-refundable).",
           "Pay via bank transfer (BCA, Mandiri), GoPay, OVO or credit-card instalments."),
    "vn": ("Junior developers in Ho Chi Minh City earn 15–20 triệu đồng a month.",
           "Average graduate salary: 18.000.000 VNĐ/month.",
           "Corporate sponsorship available: ask about our partner companies.",
           "Entrance test fee 200.000đ, credited to your tuition.",
           "Pay by bank transfer, MoMo or VNPay."),
    "my": ("Graduates start at RM4,500 a month on average.",
           "Junior developer salaries in KL range from RM3,500 to RM5,500.",
           "HRD Corp claimable for employees of registered employers.",
           "Prices exclude 8% SST.",
           "Pay via FPX online banking, card or Touch 'n Go eWallet."),
    "th": ("Average starting salary: ฿35,000 a month.",
           "Junior developers in Bangkok earn 30,000–45,000 baht a month.",
           "Companies can deduct 250% of training costs under the Skill Development Act.",
           "Prices include 7% VAT.",
           "Pay via PromptPay, bank transfer or credit card (0% for 10 months with KBank)."),
}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
HOLIDAY = {
    "fr": "Pas de cours pendant les vacances de printemps (zone C), du 19 avril au 5 mai "
    "2025, ni le lundi de Pentecôte (9 juin 2025).",
    "be": "Congé de détente du 3 au 14 mars 2025 ; pas de cours le lundi de Pâques "
    "(21 avril 2025).",
    "ch": "Pas de cours pendant les vacances de Pâques (du 18 au 27 avril 2025) ni le jeudi "
    "de l'Ascension (29.05.2025).",
    "qc": "Semaine de relâche du 3 au 7 mars 2025 ; congé le lundi de Pâques (2025-04-21).",
    "ma": "Pendant le Ramadan (à partir du 2 mars 2025), les cours ont lieu de 10 h à 15 h ; "
    "relâche pour l'Aïd al-Fitr (31/03/2025).",
    "sn": "Pas de cours pour la Korité (31 mars 2025) ni la fête de l'Indépendance (4 avril 2025).",
    "ci": "Pas de cours le lundi de Pâques (21 avril 2025) ni le jour de la fête du Ramadan "
    "(31 mars 2025).",
    "id": "No classes during Lebaran / Idul Fitri (31 March – 7 April 2025).",
    "vn": "No classes during Tết (25/01/2025 – 02/02/2025).",
    "my": "No classes on Hari Raya Aidilfitri (31 March – 1 April 2025) or Wesak Day "
    "(12 May 2025).",
    "th": "No classes during Songkran (13–15 April 2025).",
}
FEE = {"fr": "frais de formation", "be": "frais de formation", "ch": "frais de cours",
       "qc": "droits de scolarité", "ma": "frais de formation", "sn": "frais de formation",
       "ci": "frais de formation"}  # fmt: skip


def eleventh_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives
    the same program): fees scaled to each country's, French prices ending in 90, rupiah
    in 999.000, đồng in 990.000 and baht in 900 half the time, as their price lists do."""
    p = make_program(seed)
    r = random.Random(seed * 733 + 19)
    currency = r.choice(CURRENCIES)
    upfront = p.upfront * SCALE[currency]
    cut = {"EUR": 10, "IDR": 1000, "VND": 10_000, "THB": 100}.get(currency, 0)
    upfront -= cut if r.random() < 0.5 and upfront % (cut * 10 or 1) == 0 else 0
    months = r.choice([3, 4, 10, 12])
    step = STEP[currency]
    monthly = round(upfront / months / step) * step if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency]) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def group(amount: int, sep: str) -> str:
    return f"{amount:,}".replace(",", sep)


class EleventhVoice(Kit):
    """The facts of ``kit``'s program in an eleventh set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 9151 + 31)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 21)
        self.promo = r.randrange(8, 60)  # the number of the next cohort
        self.kind = r.choice(KINDS.get(kit.p.currency, ("fr",)))

    @property
    def native(self) -> bool:
        """Whether the program's currency is this country's (a development program's is not)."""
        return self.p.currency in KINDS

    @property
    def french(self) -> bool:
        return self.kind in FRENCH

    @property
    def lang(self) -> str:
        return LANG[self.kind]

    @property
    def zone(self) -> str:
        return ZONES[self.kind]

    @property
    def city(self) -> str:
        return CITY[self.kind]

    @property
    def scale(self) -> int:
        return SCALE.get(self.p.currency, 1)

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 with decimals (checkout, invoices), 2 with the
        ISO code, 3 as hero copy and posts say it."""
        k, g = self.kind, f"{amount:,}"
        nn, nb = group(amount, "\u202f"), group(amount, "\u00a0")
        dot, sp = group(amount, "."), group(amount, " ")
        if not self.native:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign}{g}.00", f"{code} {g}", f"{nb}\u00a0{code}")[form]
        if k == "fr":
            return (f"{nn}\u00a0€", f"{nn},00\u00a0€ TTC", f"{amount} EUR", f"{sp} euros")[form]
        if k == "be":
            return (f"{dot} €", f"€ {dot},00", f"EUR {dot}", f"{sp} euros")[form]
        if k == "ch":
            apos = group(amount, "'")
            return (f"CHF {apos}.–", f"{nn},00 CHF", f"CHF {apos}.00", f"{apos} francs")[form]
        if k == "qc":
            return (f"{nb}\u00a0$", f"{nb},00\u00a0$", f"{nb} $ CA", f"{amount} $")[form]
        if k == "ma":
            return (f"{sp} DH", f"{sp},00 MAD", f"MAD {sp}", f"{dot} Dhs")[form]
        if k in ("sn", "ci"):
            return (f"{sp} FCFA", f"{sp} F CFA", f"XOF {sp}", f"{dot} FCFA")[form]
        if k == "id":
            juta = f"Rp {amount / 1e6:g} juta".replace(".", ",") if amount % 100_000 == 0 else ""
            return (f"Rp {dot}", f"Rp{dot},-", f"IDR {g}", juta or f"Rp{dot}")[form]
        if k == "vn":
            trieu = (
                f"{amount / 1e6:g} triệu đồng".replace(".", ",") if amount % 100_000 == 0 else ""
            )
            return (f"{dot} ₫", f"{dot}đ", f"VND {g}", trieu or f"{dot} VNĐ")[form]
        if k == "my":
            casual = f"RM{amount // 1000}k" if amount % 1000 == 0 else f"RM {g}"
            return (f"RM{g}", f"RM {g}.00", f"MYR {g}", casual)[form]
        return (f"฿{g}", f"{g}.00 บาท", f"THB {g}", f"{g} baht")[form]

    def local(self, d: date, short: bool = False) -> str:
        """A date in words as the country prints it; ``short`` gives the weekday and no year."""
        if self.french:
            day = "1er" if d.day == 1 else str(d.day)
            if short:
                return f"{JOURS[d.weekday()]} {day} {MOIS[d.month - 1]}"
            return f"{day} {MOIS[d.month - 1]} {d.year}"
        return f"{d:%a} {d.day} {d:%b}" if short else f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday, in the page's language."""
        if self.french:
            return f"{JOURS[d.weekday()]} {self.local(d)}"
        return f"{d:%A}, {self.local(d)}"

    def numeric(self, d: date) -> str:
        """A date in figures: dotted in Switzerland, ISO in Québec, day first elsewhere."""
        if self.kind == "ch":
            return f"{d:%d.%m.%Y}"
        if self.kind == "qc":
            return d.isoformat()
        return f"{d:%d/%m/%Y}"

    def thai(self, d: date) -> str:
        """A date as Thai prints it: the Buddhist-era year (543 more)."""
        return f"{d.day} {THAI[d.month - 1]} {d.year + 543}"

    def cohort_name(self, i: int, d: date) -> str:
        """A cohort's name as each country's schools name them."""
        n, month = self.promo + i, MOIS[d.month - 1]
        season = ("d'hiver" if d.month <= 3 else "de printemps" if d.month <= 6 else
                  "d'été" if d.month <= 8 else "d'automne")  # fmt: skip
        return {"fr": f"Session de {month} {d.year}", "be": f"Promo #{n}",
                "ch": f"Volée {n}", "qc": f"Cohorte {season} {d.year}",
                "ma": f"Promotion {n} ({month} {d.year})", "sn": f"Cohorte {n}",
                "ci": f"Promo {n}", "id": f"Batch {n}", "vn": f"Khóa K{n}",
                "my": f"Cohort {n} ({d:%B} intake)",
                "th": f"รุ่นที่ {n} (Batch {n})"}[self.kind]  # fmt: skip

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name = self.cohort_name(i, d)
        return {"fr": f"{name} : rentrée le {self.long(d)}",
                "be": f"{name} : début des cours le {self.local(d)}",
                "ch": f"{name} : début le {self.numeric(d)}",
                "qc": f"{name} : début le {self.local(d)}",
                "ma": f"{name} — démarrage le {self.local(d)}",
                "sn": f"{name} : démarrage le {self.local(d)}",
                "ci": f"{name} : démarrage le {self.numeric(d)}",
                "id": f"{name} — Mulai / Starts {self.local(d)}",
                "vn": f"{name} — Khai giảng / Opening: {self.numeric(d)}",
                "my": f"{name}: classes start {self.long(d)}",
                "th": f"{name}: class starts {self.local(d)} (เริ่มเรียน {self.thai(d)})",
                }[self.kind]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        if low == high:
            return f"{low}"
        return f"{low} à {high}" if self.french else f"{low}–{high}"

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        full = self.p.hours[0] >= 35
        if self.french:
            pace = "temps plein" if full else "temps partiel"
            hours = f" ({total} heures de formation)" if total else ""
            return f"{w} semaines{hours} · {pace}, {h} h par semaine"
        pace = "full-time" if full else "part-time"
        hours = f" · {total} hours in total" if total else ""
        return f"{w} weeks, {pace} ({h} hours a week){hours}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly), self.months()
        return {"fr": f"Ou en {n} mensualités de {m} sans frais",
                "be": f"Ou {n} mensualités de {m}", "ch": f"Ou {n} mensualités de {m}",
                "qc": f"Ou {n} versements mensuels de {m}",
                "ma": f"Paiement échelonné : {n} mensualités de {m}",
                "sn": f"Paiement en {n} tranches mensuelles de {m}",
                "ci": f"Paiement en {n} tranches mensuelles de {m}",
                "id": f"Cicilan 0% {n} bulan: {m}/bulan",
                "vn": f"Trả góp 0% / 0% instalments: {m}/month for {n} months",
                "my": f"0% instalment plan: {m}/month for {n} months",
                "th": f"ผ่อน 0% {n} เดือน: {m}/month"}[self.kind]  # fmt: skip

    def fee_line(self) -> str:
        """The fee with what the country says beside it."""
        m = self.money(self.p.upfront)
        return {"fr": f"Tarif : {m} TTC", "be": f"Prix : {m} (TVA non applicable)",
                "ch": f"Prix : {m} (TVA incluse)", "qc": f"Droits de scolarité : {m}",
                "ma": f"Frais de formation : {m}", "sn": f"Coût de la formation : {m}",
                "ci": f"Coût de la formation : {m}", "id": f"Biaya / Fee: {m}",
                "vn": f"Học phí / Tuition: {m}", "my": f"Programme fee: {m}",
                "th": f"Course fee: {m}"}[self.kind]  # fmt: skip

    def hero(self) -> str:
        """The hero's price line: "à partir de" / "from", as a landing page puts it."""
        m = self.money(self.p.upfront, 3)
        return f"À partir de {m}" if self.french else f"From {m}"

    def terms(self, g: Guarantee) -> str:
        w, win, share = self.p.wording, g.window, g.share
        if not self.french:
            return self._terms_en(g)
        fee, pct = FEE[self.kind], f"{share}\u00a0%" if not w else f"{share}%"
        if g.kind == "job_guarantee":
            if w:
                return (f"Garantie emploi ou remboursé — pas d'emploi {win} mois après la fin "
                        f"de la formation ? {pct} de vos {fee} vous sont remboursés (à "
                        "condition de postuler à cinq offres par semaine).")  # fmt: skip
            return (f"Garantie emploi ou remboursé : si vous n'avez pas trouvé d'emploi dans "
                    f"les {win} mois qui suivent la fin de la formation, nous vous remboursons "
                    f"{pct} des {fee}. Condition : postuler à au moins cinq offres par "
                    "semaine.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Satisfait ou remboursé — {win} jours pour changer d'avis après le "
                        "premier cours, remboursement intégral.")  # fmt: skip
            return (f"Satisfait ou remboursé : vous avez {win} jours après le premier jour de "
                    "cours pour changer d'avis ; nous vous remboursons alors l'intégralité "
                    "des frais.")  # fmt: skip
        if w:
            return (f"Abandon dans les {win} premières semaines : {pct} des {fee} remboursés. "
                    "Au-delà, aucun remboursement.")  # fmt: skip
        return (f"Abandon en cours de formation : si vous arrêtez dans les {win} premières "
                f"semaines, nous remboursons {pct} des {fee} ; aucun remboursement "
                "ensuite.")  # fmt: skip

    def _terms_en(self, g: Guarantee) -> str:
        w, win, share = self.p.wording, g.window, g.share
        if g.kind == "job_guarantee":
            if w:
                return (f"Job Guarantee — no job {win} months after you graduate? Get {share}% "
                        "of your tuition back (90% attendance and 5 applications a week "
                        "required).")  # fmt: skip
            return (f"Job Guarantee: get hired within {win} months of graduation or we refund "
                    f"{share}% of your tuition. You must attend 90% of classes and apply to 5 "
                    "jobs a week.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Money-back guarantee — within {win} days of your first class, a full "
                        "refund if it is not for you.")  # fmt: skip
            return (f"Money-back guarantee: not for you? Tell us within {win} days of the "
                    "first class for a full refund.")  # fmt: skip
        if w:
            return (f"Refund policy — {share}% of the course fee back if you withdraw in the "
                    f"first {win} weeks; none afterwards.")  # fmt: skip
        return (f"Refund policy: withdraw within the first {win} weeks and receive {share}% of "
                "your course fee back; no refunds after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        if self.french:
            return (f"Financement à revenus partagés (ISA) : payez {pct}\u00a0% de votre "
                    f"salaire mensuel pendant {months} mois, uniquement une fois en poste avec "
                    f"au moins {self.money(floor)} par an.")  # fmt: skip
        return (f"Income Share Agreement: study now, pay {pct}% of your monthly salary for "
                f"{months} months once you earn at least {self.money(floor)} a year.")  # fmt: skip

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in an eleventh set of words."""
        p, first, end, m, s = self.p, self.p.starts[0], self.p.ends()[0], self.money, self.scale
        salary, junior, funding, fee, pay = MONEY[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        local, fig, close = self.local, self.numeric, self.deadline()
        common = {"salary": salary, "junior": junior, "funding": funding, "fee": fee,
                  "pay": pay, "holiday": HOLIDAY[self.kind], "credential": credential}  # fmt: skip
        if self.french:
            return {
                **common,
                "deposit": f"Un acompte de {m(300 * s)} confirme votre inscription ; il est "
                "déduit des frais de formation.",
                "scholarship": f"Bourses jusqu'à {m(1_500 * s)} pour les femmes en reconversion.",
                "early": f"Offre early bird : {m(500 * s)} de remise jusqu'au "
                f"{local(close - timedelta(days=10))}.",
                "deadline": f"Date limite de candidature : {local(close)}.",
                "info": f"Réunion d'information en ligne : {local(TODAY + timedelta(days=8), True)}"
                " à 18 h 30.",
                "open_house": f"Journée portes ouvertes : {self.long(TODAY + timedelta(days=10))}, "
                "de 10 h à 17 h.",
                "prep": f"Pré-formation en ligne à partir du {fig(first - timedelta(days=21))}.",
                "welcome": f"Journée d'intégration : {local(first - timedelta(days=1))}.",
                "ends": f"Soutenance des projets de fin de formation : {local(end)}.",
                "graduation": f"Demo day et remise des certificats : "
                f"{local(end + timedelta(days=5))}.",
                "outcome": "92 % de nos diplômés en poste dans les 6 mois.",
                "support": "Accompagnement carrière pendant 6 mois après la formation.",
                "post": f"Publié le {fig(date(2024, 11, 12))} par l'équipe pédagogique",
                "updated": f"Mis à jour le {local(date(2025, 1, 6))}",
                "testimonial": "« Six semaines après la soutenance, j'ai signé mon CDI. » — "
                f"{name}, promo 2024",
                "tagline": f"Changez de métier. Apprenez à coder à {self.city}.",
                "button": "Je candidate",
                "phone": f"Une question ? Appelez-nous au {phone} (du lundi au vendredi, "
                "9 h – 18 h).",
                "copyright": f"© {TODAY.year} {p.camp} Academy {company}. Tous droits réservés.",
            }
        return {
            **common,
            "deposit": f"A {m(300 * s)} deposit secures your seat and is deducted from the "
            "course fee.",
            "scholarship": f"Scholarships of up to {m(1_500 * s)} for women in tech.",
            "early": f"Early-bird: {m(500 * s)} off until {local(close - timedelta(days=10))}.",
            "deadline": f"Application deadline: {local(close)}.",
            "info": f"Free online info session: {local(TODAY + timedelta(days=8), True)}, 7pm.",
            "open_house": f"Open day: {self.long(TODAY + timedelta(days=10))}, 10am–5pm.",
            "prep": f"Free pre-course opens {fig(first - timedelta(days=21))}.",
            "welcome": f"Orientation day: {local(first - timedelta(days=1))}.",
            "ends": f"Final project presentations: {local(end)}.",
            "graduation": f"Demo Day & graduation: {local(end + timedelta(days=5))}.",
            "outcome": "92% of our graduates hired within 6 months.",
            "support": "Includes 6 months of career support after graduation.",
            "post": f"Posted {fig(date(2024, 11, 12))} by the admissions team",
            "updated": f"Updated {local(date(2025, 1, 6))}",
            "testimonial": f"“Three weeks after demo day I had two offers.” — {name}, Batch 2024",
            "tagline": f"Become a developer in {self.city}. Job-ready in months, not years.",
            "button": "Apply now",
            "phone": f"WhatsApp us: {phone} (Mon–Sat 9am–6pm)",
            "copyright": f"© {TODAY.year} {p.camp} {company}. All rights reserved.",
        }
