"""A fifteenth way of wording a program, for :mod:`benchmarks.fifteenth_styles`.

The fourteenth voice (:mod:`benchmarks.fourteenth_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is bootcamps of
Southern Africa beyond South Africa, of Central America and the Caribbean and of the Pacific,
written in English from how their sites word a course, with the local words and number
conventions those sites keep, and without reading bootwatch's rules: Botswana ("P 18,500",
"BWP", Setswana month names, lay-by, Orange Money, HRDC, Sir Seretse Khama Day), Namibia
("N$ 24 000" with spaces, year-first "2025/03/10", Afrikaans months, NTA places), Zambia
("K 15,000", "ZMW", ordinals, TEVETA and the TEVET Fund), Malawi ("MK 850,000", "K850,000",
Airtel Money and TNM Mpamba, an EU-funded place), Guatemala ("Q 9,500", "cuotas" with
Visacuotas, tigo Money, IVA, Semana Santa), Costa Rica ("₡ 850 000", "₡850 000,00", "tasa
cero", INA), the Dominican Republic ("RD$ 65,000", ITBIS, INFOTEP, Carnaval), Jamaica
("J$ 350,000", "JMD$", GCT, HEART/NSTA Trust, CXC), Trinidad and Tobago ("TT$ 12,000", GATE,
City & Guilds, Carnival), Fiji ("FJ$ 4,800", M-PAiSA, TSLS, Fiji Day) and Papua New Guinea
("K 9,000", "PGK", Tok Pisin months, CellMoni) — the Zambian and Malawian kwacha and the kina
all write "K". Salaries in USD and local money, reference prices in dollars, VAT, IVA, ITBIS
and GCT lines, registration and exam fees, stipends, deposits, early-bird discounts, info
sessions and application deadlines are the non-facts.

Amounts are scaled to read like each country's fees (:func:`fifteenth_program`). Same contract
as :class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the fifteenth set's first
look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`, and a development program redesigned into the fifteenth
styles keeps its own code and sign, with Jamaica's lines. One module of about 500 lines because
every sentence of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The fifteenth set's currencies, Jamaican dollars and colones twice as often (the largest of
#: these bootcamp markets).
CURRENCIES = ("BWP", "NAD", "ZMW", "MWK", "GTQ", "CRC", "CRC", "DOP", "JMD", "JMD", "TTD",
              "FJD", "PGK")  # fmt: skip
#: Per currency, tenths of a unit per unit of :func:`pagegen.make_program`'s fee.
SCALE = {"BWP": 15, "NAD": 15, "ZMW": 15, "MWK": 600, "GTQ": 10, "CRC": 600, "DOP": 40,
         "JMD": 250, "TTD": 8, "FJD": 4, "PGK": 6}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"BWP": 50, "NAD": 50, "ZMW": 50, "MWK": 5000, "GTQ": 50, "CRC": 5000, "DOP": 500,
        "JMD": 1000, "TTD": 50, "FJD": 10, "PGK": 10}  # fmt: skip
KINDS = {"BWP": "bw", "NAD": "na", "ZMW": "zm", "MWK": "mw", "GTQ": "gt", "CRC": "cr",
         "DOP": "do", "JMD": "jm", "TTD": "tt", "FJD": "fj", "PGK": "pg"}  # fmt: skip
#: Central America: Spanish words beside English.
SPANISH = ("gt", "cr", "do")
CITY = {"bw": "Gaborone", "na": "Windhoek", "zm": "Lusaka", "mw": "Lilongwe",
        "gt": "Guatemala City", "cr": "San José", "do": "Santo Domingo", "jm": "Kingston",
        "tt": "Port of Spain", "fj": "Suva", "pg": "Port Moresby"}  # fmt: skip
#: Month names as each language writes a date: Setswana, Afrikaans, Spanish, Tok Pisin.
MONTHS = {
    "bw": ("Ferikgong", "Tlhakole", "Mopitlo", "Moranang", "Motsheganong", "Seetebosigo",
           "Phukwi", "Phatwe", "Lwetse", "Diphalane", "Ngwanatsele", "Sedimonthole"),
    "na": ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus",
           "September", "Oktober", "November", "Desember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "pg": ("Janueri", "Februeri", "Mas", "Epril", "Me", "Jun", "Julai", "Ogas", "Septemba",
           "Oktoba", "Novemba", "Disemba"),
}  # fmt: skip
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "bw": ("(Pty) Ltd · Co. Reg. BW00001234567 · Plot 54353, CBD, Gaborone", "+267 391 0190",
           "Registered and accredited with the Botswana Qualifications Authority (BQA).",
           "Kagiso M."),
    "na": ("(Pty) Ltd · Reg. 2019/1234 · Klein Windhoek", "+264 61 255 019",
           "Registered with the Namibia Training Authority (NTA) as a vocational training "
           "provider.", "Ndapewa S."),
    "zm": ("Limited · TPIN 1002345678 · Longacres, Lusaka", "+260 211 255 019",
           "Registered with TEVETA (Technical Education, Vocational and Entrepreneurship "
           "Training Authority).", "Mwila C."),
    "mw": ("Ltd · TPIN 70123456 · Area 47, Lilongwe", "+265 1 755 019",
           "Registered with TEVETA Malawi; certificates endorsed by our industry partners.",
           "Chikondi B."),
    "gt": ("S.A. · NIT 9876543-2 · Zona 10, Ciudad de Guatemala", "+502 2255 0190",
           "Certificado avalado por nuestras empresas aliadas (partner-endorsed certificate).",
           "María José L."),
    "cr": ("S.R.L. · Cédula jurídica 3-102-765432 · Escazú, San José", "+506 4055 0190",
           "Programa de educación no formal (non-formal course) with partner-endorsed "
           "certificate.", "Andrés V."),
    "do": ("S.R.L. · RNC 1-31-23456-7 · Piantini, Santo Domingo", "+1 809 555 0190",
           "Centro operador del sistema INFOTEP (INFOTEP-registered training centre).",
           "Yokasta P."),
    "jm": ("Ltd. · TRN 001-234-567 · New Kingston", "+1 876 555 0190",
           "Approved training provider; certification aligned with HEART/NSTA Trust NVQ-J "
           "standards.", "Shanique R."),
    "tt": ("Limited · BIR 123456-7 · Woodbrook, Port of Spain", "+1 868 555 0190",
           "Registered with the Accreditation Council of Trinidad and Tobago (ACTT).",
           "Kevon A."),
    "fj": ("Pte Limited · TIN 50-12345-0-1 · Victoria Parade, Suva", "+679 331 0190",
           "Registered with the Fiji Higher Education Commission (FHEC).", "Losana T."),
    "pg": ("Limited · IPA 1-123456 · Waigani, Port Moresby", "+675 325 0190",
           "Registered with the National Training Council (NTC) of Papua New Guinea.",
           "Tonny K."),
}  # fmt: skip
#: Per country: money that is not this course's fee (salary, pay in dollars, funding with its
#: own amount and date, another fee, how people pay, an exam fee or stipend) and the tax line.
MONEY = {
    "bw": ("Junior developers in Gaborone earn P 9,000 – P 14,000 a month.",
           "Graduates working remotely earn USD 1,000–1,800 a month.",
           "HRDC levy refund: employers registered with the HRDC claim back up to P 12,000 of "
           "this course; claims close 31/03/2025.",
           "Registration fee: P 350 (non-refundable).",
           "Pay by Orange Money, MyZaka, FNB eWallet or EFT; lay-by accepted.",
           "Prices include VAT at 14%.",
           "Botswana government-sponsored (DTEF) students receive a P 1,200 monthly "
           "allowance, paid by the sponsor."),
    "na": ("Junior developers in Windhoek earn N$ 12 000 – N$ 18 000 per month.",
           "Our graduates working remotely earn USD 1 200+ a month.",
           "NTA (National Training Fund) funded places cover up to N$ 20 000 for unemployed "
           "youth; apply before 2025/02/28.",
           "Registration fee: N$ 450, payable on application.",
           "Pay by EFT, eWallet, BlueWallet or a monthly debit order.",
           "All prices include 15% VAT.",
           "Funded learners receive a transport stipend of N$ 800 a month."),
    "zm": ("Entry-level developer salary in Lusaka: K 8,000 – K 14,000 a month.",
           "Graduates working for foreign companies earn USD 700–1,500 a month.",
           "TEVET Fund bursaries of up to K 9,000 for selected learners; the application "
           "window closes 28th February 2025.",
           "Application fee: K 250 (non-refundable).",
           "Pay by Airtel Money, MTN MoMo, Zamtel Kwacha or bank deposit (Zanaco, FNB).",
           "Fees are inclusive of VAT at 16%.",
           "TEVETA trade test fee: K 600 per candidate, paid to TEVETA."),
    "mw": ("Junior developers in Lilongwe earn MK 450,000 – MK 800,000 a month.",
           "Remote roles pay our graduates USD 500–1,000 a month.",
           "EU-funded (Skills for a Vibrant Economy) places cover MK 600,000 of the fee for "
           "selected youth from the districts.",
           "Application fee: MK 15,000 (non-refundable).",
           "Pay by Airtel Money, TNM Mpamba or deposit at National Bank / Standard Bank.",
           "Prices include VAT at 16.5%.",
           "EU-funded trainees get a monthly stipend of MK 60,000 for transport and lunch."),
    "gt": ("Salario de un desarrollador junior en Guatemala: Q 7,000 – Q 11,000 al mes "
           "(junior salary).",
           "Egresados que trabajan remoto ganan USD 1,200–2,000 al mes.",
           "Becas USAID / Empleando Futuros: cubren hasta Q 6,000 para jóvenes seleccionados; "
           "cierre de convocatoria 28/02/2025.",
           "Inscripción (registration): Q 250, no reembolsable.",
           "Paga con tarjeta, depósito en Banco Industrial o tigo Money.",
           "Precios incluyen IVA 12% (VAT included); factura electrónica FEL.",
           "Examen de certificación internacional: USD 150, se paga aparte (exam fee)."),
    "cr": ("Un desarrollador junior en San José gana ₡ 700 000 – ₡ 1 100 000 al mes.",
           "Egresados que trabajan para empresas de EE. UU. ganan USD 2,000–3,000 al mes.",
           "Los cursos gratuitos del INA son una oferta aparte; becas de la municipalidad "
           "cubren ₡ 300 000 para residentes de Escazú.",
           "Matrícula (registration): ₡ 25 000, no reembolsable.",
           "Pago con tarjeta, SINPE Móvil o transferencia (BAC, Banco Nacional).",
           "IVA 13% incluido (VAT included); factura electrónica de Hacienda.",
           "Examen de certificación: USD 165 por persona, aparte (exam fee)."),
    "do": ("Un desarrollador junior en Santo Domingo gana RD$ 45,000 – RD$ 70,000 al mes.",
           "Nuestros egresados que trabajan remoto ganan USD 1,200–2,500 al mes.",
           "Becas INFOTEP y del programa Oportunidad 14-24: cubren hasta RD$ 40,000; "
           "solicítalas antes del 28/02/2025.",
           "Inscripción (registration fee): RD$ 1,500, no reembolsable.",
           "Paga con tarjeta, tPago, transferencia (Banreservas, Popular) o en cuotas.",
           "Precios incluyen ITBIS 18% (VAT).",
           "Becarios de Oportunidad 14-24 reciben un incentivo de RD$ 5,000 al mes."),
    "jm": ("Junior developers in Kingston earn J$ 180,000 – J$ 300,000 a month.",
           "BPO and remote roles pay our graduates USD 1,200–2,000 a month.",
           "HEART/NSTA Trust sponsored places cover up to J$ 250,000 of the fee; applications "
           "close 28/02/2025.",
           "Registration fee: J$ 5,000 (non-refundable).",
           "Pay by Lynk, bank transfer (NCB, Scotiabank), credit card or a hire purchase "
           "plan through our partner credit union.",
           "Prices include GCT at 15%.",
           "CXC CSEC Information Technology exam fee: USD 60, paid separately to the "
           "Ministry."),
    "tt": ("Entry-level developers in Port of Spain earn TT$ 7,000 – TT$ 11,000 a month.",
           "Graduates working for foreign companies earn USD 1,500+ a month.",
           "GATE (Government Assistance for Tuition Expenses) covers up to TT$ 8,000 for "
           "approved nationals; apply by 28/02/2025.",
           "Registration fee: TT$ 300, non-refundable.",
           "Pay by Linx, WiPay, bank transfer (Republic Bank, First Citizens) or credit card.",
           "Prices are VAT-inclusive (12.5%).",
           "City & Guilds certificate exam fee: TT$ 850 per candidate, paid separately."),
    "fj": ("Junior developers in Suva earn FJ$ 18,000 – FJ$ 26,000 a year.",
           "Our graduates working remotely for Australian firms earn USD 1,500+ a month.",
           "TSLS (Tertiary Scholarships and Loans Service) and NZ MFAT-funded places cover "
           "up to FJ$ 3,000; applications close 28/02/2025.",
           "Registration fee: FJ$ 50 (non-refundable).",
           "Pay by M-PAiSA, MyCash, bank transfer (BSP, ANZ, Westpac) or card.",
           "Prices include VAT at 12.5%.",
           "Sponsored students receive a FJ$ 100 fortnightly bus-fare allowance."),
    "pg": ("Junior developers in Port Moresby earn K 45,000 – K 70,000 a year.",
           "Graduates working for overseas firms earn USD 1,200+ a month.",
           "Australian DFAT- and EU-funded places cover up to K 6,000 for women and youth "
           "from the provinces; apply by 28/02/2025.",
           "Registration fee: K 150 (non-refundable).",
           "Pay by CellMoni, MiBank, BSP transfer or bank cheque; lay-by available.",
           "Prices include GST at 10%.",
           "Provincial government sponsorships pay students a K 300 monthly allowance."),
}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
HOLIDAY = {
    "bw": "No classes on Sir Seretse Khama Day (1 July) or during the Easter break "
    "(18/04/2025 – 21/04/2025).",
    "na": "No classes on Independence Day (2025/03/21), Easter (2025/04/18 – 2025/04/21) or "
    "Cassinga Day (4 May).",
    "zm": "No classes on Youth Day (12th March 2025), Africa Freedom Day (25th May) or "
    "Heroes and Unity Days (7th–8th July).",
    "mw": "No classes on Martyrs' Day (3rd March, 2025), Kamuzu Day (14th May) or Independence "
    "Day (6th July).",
    "gt": "Sin clases en Semana Santa (17/04/2025 – 20/04/2025) ni el 15 de septiembre "
    "(Independence Day).",
    "cr": "Sin clases en Semana Santa (14/04/2025 – 18/04/2025) ni el Día de Juan Santamaría "
    "(11 de abril de 2025).",
    "do": "Sin clases en Carnaval y el Día de la Independencia (27/02/2025) ni en Semana "
    "Santa (18/04/2025).",
    "jm": "No classes on Ash Wednesday (March 5, 2025), Good Friday (April 18, 2025) or "
    "Emancipation Day (August 1).",
    "tt": "No classes on Carnival Monday and Tuesday (3rd–4th March, 2025) or Indian Arrival "
    "Day (30th May).",
    "fj": "No classes on Fiji Day (10 October), Girmit Day (14/05/2025) or during Diwali.",
    "pg": "No classes on Easter (18/04/2025 – 21/04/2025), the King's Birthday (16 June) or "
    "Independence Day (16 September).",
}
#: A cohort's name per country: "{n}" is the cohort's number.
COHORT = {"bw": "Intake {n}", "na": "Intake {n}", "zm": "Intake {n}", "mw": "Cohort {n}",
          "gt": "Cohorte {n}", "cr": "Grupo {n}", "do": "Cohorte {n}", "jm": "Cohort {n}",
          "tt": "Cohort {n}", "fj": "Intake {n}", "pg": "Intake {n}"}  # fmt: skip
#: "Weeks" in each country's words, beside the English.
WEEKS = {"bw": "dibeke di le {w}", "na": "{w} weke", "mw": "masabata {w}",
         "gt": "{w} semanas", "cr": "{w} semanas", "do": "{w} semanas",
         "pg": "{w} wik"}  # fmt: skip
#: A US dollar in each currency, for the reference price some pages add.
RATE = {"BWP": 13.6, "NAD": 18.4, "ZMW": 28, "MWK": 1740, "GTQ": 7.7, "CRC": 510, "DOP": 61,
        "JMD": 157, "TTD": 6.8, "FJD": 2.3, "PGK": 4}  # fmt: skip


def fifteenth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives the
    same program): fees scaled to each country's, monthly payments over 3 to 24 months."""
    p = make_program(seed)
    r = random.Random(seed * 911 + 37)
    currency = r.choice(CURRENCIES)
    upfront = p.upfront * SCALE[currency] // 10
    months = r.choice([3, 6, 10, 12, 24])
    step = STEP[currency]
    monthly = max(step, round(upfront / months / step) * step) if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency] // 10) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def ordinal(d: date, comma: bool = True) -> str:
    """A date with an ordinal ("10th March, 2025"), as Zambian, Malawian and Trinidadian
    pages write it."""
    th = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{th} {d:%B}{',' if comma else ''} {d.year}"


class FifteenthVoice(Kit):
    """The facts of ``kit``'s program in a fifteenth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 6007 + 43)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 21)
        self.intake = r.randrange(2, 25)  # the number of the next cohort
        self.kind = KINDS.get(kit.p.currency, "jm")

    @property
    def native(self) -> bool:
        """Whether the program's currency is this country's (a development program's is not)."""
        return self.p.currency in KINDS

    @property
    def spanish(self) -> bool:
        return self.kind in SPANISH

    @property
    def lang(self) -> str:
        return f"{'es' if self.spanish else 'en'}-{self.kind.upper()}"

    @property
    def city(self) -> str:
        return CITY[self.kind]

    @property
    def scale(self) -> float:
        return SCALE.get(self.p.currency, 10) / 10

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 as checkouts and receipts do, 2 with the ISO
        code, 3 as hero copy says it (thousands in words, the currency's name)."""
        g, s = f"{amount:,}", f"{amount:,}".replace(",", " ")
        if not self.native:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign} {g}.00", f"{code} {g}", f"{g} {code}")[form]
        mil = f"{amount // 1000} mil" if amount % 1000 == 0 and amount < 1_000_000 else ""
        forms = {
            "bw": (f"P {g}", f"BWP {g}.00", f"BWP {g}", f"{g} pula"),
            "na": (f"N$ {s}", f"N${s}.00", f"NAD {s}", f"N${g}"),
            "zm": (f"K {g}", f"ZMW {g}.00", f"ZMW {g}", f"{g} kwacha"),
            "mw": (f"MK {g}", f"MWK {g}.00", f"MWK {g}", f"K{g}"),
            "gt": (f"Q {g}", f"Q{g}.00", f"GTQ {g}", f"{g} quetzales"),
            "cr": (f"₡ {s}", f"₡{s},00", f"CRC {g}", f"{mil} colones" if mil else f"₡{s}"),
            "do": (f"RD$ {g}", f"RD${g}.00", f"DOP {g}", f"{mil} pesos" if mil else f"RD${g}"),
            "jm": (f"J$ {g}", f"JMD${g}.00", f"JMD {g}", f"${g} JMD"),
            "tt": (f"TT$ {g}", f"TTD ${g}.00", f"TTD {g}", f"${g} TT"),
            "fj": (f"FJ$ {g}", f"FJD ${g}.00", f"FJD {g}", f"${g} FJD"),
            "pg": (f"K {g}", f"PGK {g}.00", f"PGK {g}", f"{g} kina"),
        }  # fmt: skip
        return forms[self.kind][form]

    def local(self, d: date, short: bool = False) -> str:
        """A date in English words, day first except in Jamaica; ``short`` gives the weekday
        and no year."""
        if self.kind == "jm":
            return f"{d:%a}, {d:%b} {d.day}" if short else f"{d:%B} {d.day}, {d.year}"
        return f"{d:%a} {d.day} {d:%b}" if short else f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday in English."""
        return f"{d:%A}, {self.local(d)}"

    def native_day(self, d: date) -> str:
        """A date as the country writes it in its own words: Setswana, Afrikaans, Spanish,
        Tok Pisin, or English ordinals."""
        k = self.kind
        if k in ("bw", "na", "pg"):
            return f"{d.day} {MONTHS[k][d.month - 1]} {d.year}"
        if self.spanish:
            return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
        if k == "jm":
            return f"{d:%A}, {d:%B} {d.day}, {d.year}"
        return ordinal(d, comma=k != "fj")

    def numeric(self, d: date) -> str:
        """A date in figures: year first with slashes in Namibia, day first elsewhere."""
        return f"{d:%Y/%m/%d}" if self.kind == "na" else f"{d:%d/%m/%Y}"

    def cohort_name(self, i: int, d: date) -> str:
        return f"{COHORT[self.kind].format(n=self.intake + i)} ({d:%b} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name, fig, own = self.cohort_name(i, d), self.numeric(d), self.native_day(d)
        return {"bw": f"{name}: starts {self.long(d)} ({own})",
                "na": f"{name}: classes commence {fig} ({own})",
                "zm": f"{name} commences on {own}",
                "mw": f"{name}: opening date {own}",
                "gt": f"{name}: inicia el {own} · starts {fig}",
                "cr": f"{name}: inicio {fig} ({own})",
                "do": f"{name}: arranca el {own} / starts {self.local(d)}",
                "jm": f"{name}: begins {own}",
                "tt": f"{name}: start date {own}",
                "fj": f"{name}: classes begin {self.long(d)}",
                "pg": f"{name}: kirap long {own} · starts {fig}"}[self.kind]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        own = WEEKS.get(self.kind, "").format(w=w)
        weeks = f"{w} weeks ({own})" if own else f"{w} weeks"
        pace = "full-time" if self.p.hours[0] >= 35 else "part-time, evenings and Saturdays"
        extra = f" · {total} contact hours" if total else ""
        return f"Duration: {weeks} · {pace} · {h} hours a week{extra}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly, 1), self.months()
        return {"bw": f"Lay-by: {m} a month for {n} months (Orange Money or debit order)",
                "na": f"Payment plan: {n} monthly debit orders of {m}",
                "zm": f"Pay in instalments: {m} monthly for {n} months via Airtel Money",
                "mw": f"Instalments: {m} per month for {n} months (Airtel Money or Mpamba)",
                "gt": f"Visacuotas: {n} cuotas de {m} ({m} a month for {n} months)",
                "cr": f"Tasa cero: {n} cuotas mensuales de {m} ({n} monthly payments)",
                "do": f"Financiamiento: {n} cuotas de {m} al mes ({m} a month)",
                "jm": f"Payment plan: {m} monthly for {n} months",
                "tt": f"Payment plan: {m} per month over {n} months by standing order",
                "fj": f"Pay as you learn: {m} a month for {n} months via M-PAiSA",
                "pg": f"Lay-by: {m} per month for {n} months (CellMoni or BSP)"
                }[self.kind]  # fmt: skip

    def fee_line(self) -> str:
        """The fee with what the country says beside it."""
        m = self.money(self.p.upfront)
        return {"bw": f"Course fee: {m}", "na": f"Tuition fee: {m} (once-off)",
                "zm": f"Programme fee: {m}", "mw": f"Tuition fee: {m} per learner",
                "gt": f"Inversión (tuition): {m}", "cr": f"Costo del programa (tuition): {m}",
                "do": f"Inversión total (tuition): {m}", "jm": f"Tuition: {m}",
                "tt": f"Programme fee: {m}", "fj": f"Course fee: {m}",
                "pg": f"Skul fi (tuition): {m}"}[self.kind]  # fmt: skip

    def hero(self) -> str:
        """The hero's price line, as a landing page puts it."""
        m = self.money(self.p.upfront, 3)
        return f"Desde {m}" if self.spanish else f"Only {m}"

    def terms(self, g: Guarantee) -> str:
        w, win, share = self.p.wording, g.window, g.share
        job = " (garantía de empleo)" if self.spanish else ""
        if g.kind == "job_guarantee":
            if w:
                return (f"Job guarantee{job}: no job offer {win} months after you graduate? "
                        f"{share}% of your tuition comes back to you, provided you attended 90% "
                        "of classes and sent five applications a week.")  # fmt: skip
            return (f"Job guarantee{job}: if you are not employed within {win} months of "
                    f"graduation, we refund {share}% of the tuition. Conditions: 90% "
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
        return (f"Study now, pay later (Income Share Agreement): {pct}% of your monthly salary "
                f"for {months} months, only once you earn at least {self.money(floor)} a "
                "year.")  # fmt: skip

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: in figures, or in the country's own words."""
        return self.numeric(d) if form == "long" else self.native_day(d)

    def schedule(self) -> str:
        """Class times, with the zone where the page names one."""
        if self.kind == "fj":
            return "Classes run 5:30–8:30 pm (FJT), Monday to Thursday."
        if self.spanish:
            return "Horario: lunes a jueves de 18:30 a 21:30; sábados de 9:00 a 13:00."
        return "Classes run 5:30–8:30 pm, Monday to Thursday; Saturday labs 9:00 am–1:00 pm."

    def reference(self) -> str:
        """The fee in dollars for reference, as many of these pages add under it."""
        usd = round(self.p.upfront / RATE.get(self.p.currency, 1) / 10) * 10
        return (
            f"≈ USD {usd:,} at today's rate, for reference only; you are billed in "
            f"{self.p.currency}."
        )

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a fifteenth set of words."""
        p, first, end, m = self.p, self.p.starts[0], self.p.ends()[0], self.money
        salary, junior, funding, fee, pay, tax, extra = MONEY[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        day, close, s = self.when, self.deadline(), self.scale
        return {
            "salary": salary,
            "junior": junior,
            "funding": funding,
            "fee": fee,
            "pay": pay,
            "tax": tax,
            "extra": extra,
            "reference": self.reference(),
            "holiday": HOLIDAY[self.kind],
            "schedule": self.schedule(),
            "credential": credential,
            "deposit": f"Reserve your seat with a deposit of {m(round(200 * s))}, deducted from "
            "the fee.",
            "scholarship": f"Scholarships of up to {m(round(1_000 * s))} for women in tech.",
            "early": f"Early-bird discount of {m(round(400 * s))} until "
            f"{day(close - timedelta(days=10))}.",
            "deadline": f"Application deadline: {day(close)}.",
            "info": f"Free info session (online): {day(TODAY + timedelta(days=8), 'words')}, "
            "6:00 pm.",
            "open_house": f"Open day at our {self.city} campus: "
            f"{self.long(TODAY + timedelta(days=10))}, 10:00–14:00.",
            "prep": f"Free pre-course starts {day(first - timedelta(days=21), 'words')}.",
            "welcome": f"Orientation: {day(first - timedelta(days=1))}.",
            "ends": f"Capstone presentations: {day(end)}.",
            "graduation": f"Demo Day and graduation: {day(end + timedelta(days=5))}.",
            "outcome": "79% of graduates employed within 6 months (2024 cohorts).",
            "support": "Career support for 6 months after you graduate.",
            "post": f"Published {day(date(2024, 11, 12))} by the admissions team",
            "updated": f"Last updated {day(date(2025, 1, 6))}",
            "testimonial": f"“Three months after demo day I signed my first offer.” — {name}, "
            "2024 graduate",
            "tagline": f"Become a developer in {self.city}. Job-ready in months.",
            "button": "Inscríbete / Apply now" if self.spanish else "Apply now",
            "phone": f"WhatsApp {phone} (Mon–Fri 8:00–17:00).",
            "copyright": f"© {TODAY.year} {p.camp} Academy {company}. All rights reserved.",
        }
