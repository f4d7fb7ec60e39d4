"""A thirteenth way of wording a program, for :mod:`benchmarks.thirteenth_styles`.

The twelfth voice (:mod:`benchmarks.twelfth_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is Spanish-speaking
Latin American and South Asian and Egyptian bootcamps, written in English from how their
sites word a course, with the local words and number conventions those sites keep, and
without reading bootwatch's rules: Argentina ("$ 1.250.000", "ARS 1.250.000", "12 cuotas sin
interés de", a "comisión", Carnaval), Colombia ("$4.500.000 COP", SENA and MinTIC places,
ICETEX credit), Chile ("$2.990.000", dates "10-03-2025", a course with a SENCE code and its
"horas cronológicas", Fiestas Patrias), Peru ("S/ 4,500", IGV, Fiestas Patrias in July),
Uruguay ("$U 89.000", a bare "$ 89.000" in hero copy, INEFOP, Semana de Turismo), with dates
as "10/03/2025" and "lunes 10 de marzo de 2025"; Pakistan ("Rs. 150,000", "Rs. 1,50,000/-",
"PKR 1.5 lakh", "10th March, 2025", a "batch", Ignite and DigiSkills), Bangladesh ("৳75,000",
"Tk 1,25,000/-", bKash and Nagad, Pohela Boishakh) and Egypt ("EGP 45,000", "45,000 ج.م",
"10 مارس 2025", ITIDA and DEPI places, valU instalments). Ramadan timetables and Eid, Semana
Santa breaks, salaries in USD or local money, IVA/IGV/VAT lines, registration fees
(matrícula, inscripción), deposits (reserva de cupo), early-bird discounts, info sessions and
application deadlines are the non-facts.

Amounts are scaled to read like each country's fees (:func:`thirteenth_program`). Same
contract as :class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the thirteenth set's
first look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`, and a development program redesigned into the thirteenth
styles keeps its own code and sign, with Colombia's lines. One module of about 450 lines
because every sentence of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The thirteenth set's currencies, pesos colombianos and rupees twice as often (the largest
#: of these bootcamp markets).
CURRENCIES = ("ARS", "COP", "COP", "CLP", "PEN", "UYU", "PKR", "PKR", "BDT", "EGP")
SCALE = {"ARS": 150, "COP": 600, "CLP": 250, "PEN": 1, "UYU": 10, "PKR": 15, "BDT": 5,
         "EGP": 4}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"ARS": 1000, "COP": 10_000, "CLP": 1000, "PEN": 5, "UYU": 100, "PKR": 500, "BDT": 100,
        "EGP": 50}  # fmt: skip
KINDS = {"ARS": "ar", "COP": "co", "CLP": "cl", "PEN": "pe", "UYU": "uy", "PKR": "pk",
         "BDT": "bd", "EGP": "eg"}  # fmt: skip
LATAM = ("ar", "co", "cl", "pe", "uy")
CITY = {"ar": "Buenos Aires", "co": "Medellín", "cl": "Santiago", "pe": "Lima",
        "uy": "Montevideo", "pk": "Lahore", "bd": "Dhaka", "eg": "Cairo"}  # fmt: skip
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ARABIC = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")  # fmt: skip
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "ar": ("S.R.L. · CUIT 30-71234567-8 · Palermo, CABA", "+54 11 5555-0190",
           "Curso con certificado avalado por la UTN (Universidad Tecnológica Nacional).",
           "Sofía M."),
    "co": ("S.A.S. · NIT 901.234.567-8 · El Poblado, Medellín", "+57 604 555 0190",
           "Programa de educación para el trabajo registrado ante la Secretaría de Educación "
           "(Resolución 202450012345 del 14/06/2024).", "Juan Camilo R."),
    "cl": ("SpA · RUT 77.123.456-7 · Providencia, Santiago", "+56 2 2555 0190",
           "OTEC certificada NCh 2728; código SENCE 1237981234.", "Catalina V."),
    "pe": ("S.A.C. · RUC 20601234567 · Miraflores, Lima", "+51 1 555 0190",
           "Certificado a nombre de la institución, con registro en SUNEDU no requerido.",
           "Diego H."),
    "uy": ("S.A.S. · RUT 217654320018 · Cordón, Montevideo", "+598 2555 0190",
           "Capacitación reconocida por INEFOP (Instituto Nacional de Empleo y Formación "
           "Profesional).", "Valentina S."),
    "pk": ("(Pvt.) Ltd. · NTN 1234567-8 · Gulberg III, Lahore", "+92 42 3555 0190",
           "Certificate verified by our industry partners; PSEB registered company.",
           "Ahmed R."),
    "bd": ("Ltd. · Trade Licence 123456 · Banani, Dhaka-1213", "+880 1700-555019",
           "Certificate recognised by the BASIS member companies we partner with.",
           "Nusrat J."),
    "eg": ("S.A.E. · Commercial Register 123456 · Smart Village, Giza", "+20 2 2555 0190",
           "Certificate accredited by ITIDA (Information Technology Industry Development "
           "Agency).", "Mariam A."),
}  # fmt: skip
#: Per country: money that is not this course's fee (salary, junior pay, funding, another
#: fee, how people pay) and the tax line.
MONEY = {
    "ar": ("Junior developers in Buenos Aires earn USD 1.200–1.800 a month; many companies "
           "pay in dollars.",
           "Sueldo promedio de nuestros egresados: $ 1.450.000 brutos mensuales.",
           "Becas del 50% para los primeros 20 inscriptos de cada comisión.",
           "Matrícula (inscripción): $ 45.000, no reembolsable.",
           "Pagá con Mercado Pago, transferencia o tarjeta; hasta 6 cuotas sin interés con "
           "bancos adheridos.",
           "Precios finales, IVA (21%) incluido; emitimos Factura A para empresas."),
    "co": ("Salario junior en Medellín: $3.500.000 – $5.000.000 COP al mes.",
           "Remote roles pay our graduates USD 1,500–2,500 a month.",
           "Cupos gratuitos MinTIC (Talento Tech) hasta el 28/02/2025 for Colombian citizens; "
           "SENA technical courses are a separate, free offer.",
           "Inscripción: $150.000 COP, no reembolsable.",
           "Financiación con ICETEX o crédito educativo; paga con PSE, Nequi o tarjeta.",
           "Valor exento de IVA (educación para el trabajo)."),
    "cl": ("Sueldo junior en Santiago: $1.200.000 líquidos al mes.",
           "Our graduates start at $1.500.000 brutos a month.",
           "Empresas: franquicia tributaria SENCE cubre hasta $950.000 por participante; "
           "inscripción de la acción hasta el 20-02-2025.",
           "Matrícula: $80.000, descontada del arancel.",
           "Paga con Webpay, transferencia o hasta 12 cuotas precio contado con tarjetas de "
           "crédito.",
           "Boleta exenta de IVA (servicios educacionales)."),
    "pe": ("Sueldo junior en Lima: S/ 3,000 – S/ 4,500 al mes.",
           "Average salary of our graduates: S/ 4,200 a month (planilla).",
           "Becas PRONABEC (Beca 18) no aplican; ofrecemos media beca por convenio con tu "
           "empresa.",
           "Matrícula: S/ 150 (no reembolsable).",
           "Paga con Yape, Plin, transferencia BCP o tarjeta.",
           "Precios incluyen IGV (18%)."),
    "uy": ("Salario junior en Montevideo: $U 60.000 nominales al mes.",
           "Graduates working for US companies earn USD 2,000+ a month.",
           "INEFOP financia hasta el 80% para trabajadores en actividad; consultá plazos.",
           "Reserva de cupo: $U 5.000, descontada del total.",
           "Pagá con Mercado Pago, transferencia BROU, Abitab o Redpagos.",
           "Precios con IVA (22%) incluido."),
    "pk": ("Average fresh graduate salary in Lahore: Rs. 80,000–1,20,000 a month; remote "
           "roles pay USD 800+.",
           "Top graduates placed at PKR 1.8 lakh a month (2024 batch).",
           "Ignite (National Technology Fund) funded seats: fee waived for selected candidates; "
           "DigiSkills.pk courses are free and are a different programme.",
           "Registration fee: Rs. 2,000 (non-refundable).",
           "Pay via JazzCash, Easypaisa, IBFT or card; 10% sibling discount.",
           "Fee inclusive of 16% Punjab sales tax on services."),
    "bd": ("Fresh graduate salary in Dhaka: ৳35,000–50,000 a month.",
           "Our graduates earn Tk 60,000 a month on average.",
           "ICT Division / EDGE scholarships cover up to 100% for selected students; apply by "
           "15/02/2025.",
           "Admission fee: Tk 1,000 (non-refundable).",
           "Pay with bKash, Nagad, Rocket or card.",
           "VAT 15% applicable as per NBR rules."),
    "eg": ("Junior developers in Cairo earn EGP 15,000–25,000 a month; remote jobs pay in "
           "USD.",
           "Our graduates' median first salary: 22,000 ج.م a month.",
           "Free places through DEPI (Digital Egypt Pioneers Initiative) and ITIDA scholarships "
           "for eligible graduates; not this paid programme.",
           "Application fee: EGP 500, non-refundable.",
           "Pay by Fawry, Vodafone Cash, InstaPay or card; instalments with valU.",
           "Prices include 14% VAT (ضريبة القيمة المضافة)."),
}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
HOLIDAY = {
    "ar": "No hay clases en Carnaval (3 y 4 de marzo de 2025) ni en Semana Santa "
    "(17 y 18/04/2025).",
    "co": "Receso de Semana Santa: del 14 al 18 de abril de 2025; no classes on festivos.",
    "cl": "No classes on Fiestas Patrias (18-09-2025 y 19-09-2025) or Viernes Santo (18-04-2025).",
    "pe": "No hay clases por Fiestas Patrias (28 y 29 de julio de 2025) ni Semana Santa.",
    "uy": "Semana de Turismo (Semana Santa): no classes from 14/04/2025 to 18/04/2025.",
    "pk": "Ramadan timings: classes 10:00–14:00 from 1st March, 2025; Eid ul Fitr holidays "
    "30/03/2025 to 02/04/2025.",
    "bd": "No classes on Pohela Boishakh (14/04/2025) or during Eid-ul-Fitr holidays "
    "(29/03/2025 – 03/04/2025).",
    "eg": "Ramadan schedule: evening classes move to after iftar (from 01/03/2025); Eid "
    "al-Fitr break 30/03/2025 – 02/04/2025; no class on Sham El-Nessim (21/04/2025).",
}
#: A cohort's name per country: "{n}" is the cohort's number.
COHORT = {"ar": "Comisión {n}", "co": "Cohorte {n}", "cl": "Generación {n}",
          "pe": "Promoción {n}", "uy": "Grupo {n}", "pk": "Batch {n}", "bd": "Batch-{n}",
          "eg": "Round {n}"}  # fmt: skip


def thirteenth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives
    the same program): fees scaled to each country's, Chilean and Argentine prices ending in
    990.000 half the time, as their price lists do."""
    p = make_program(seed)
    r = random.Random(seed * 887 + 29)
    currency = r.choice(CURRENCIES)
    upfront = p.upfront * SCALE[currency]
    cut = {"CLP": 10_000, "ARS": 10_000}.get(currency, 0)
    upfront -= cut if r.random() < 0.5 and upfront % (cut * 10 or 1) == 0 else 0
    months = r.choice([3, 6, 10, 12, 18])
    step = STEP[currency]
    monthly = max(step, round(upfront / months / step) * step) if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency]) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def lakh(amount: int) -> str:
    """An amount grouped the South Asian way: 1,50,000 and 12,50,000."""
    text = str(amount)
    head, tail = text[:-3], text[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        head, pairs = head[:-2], [head[-2:], *pairs]
    return ",".join([x for x in (head, *pairs) if x] + [tail]) if len(text) > 3 else text


class ThirteenthVoice(Kit):
    """The facts of ``kit``'s program in a thirteenth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 6151 + 53)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 21)
        self.promo = r.randrange(5, 40)  # the number of the next cohort
        self.kind = KINDS.get(kit.p.currency, "co")

    @property
    def native(self) -> bool:
        """Whether the program's currency is this country's (a development program's is not)."""
        return self.p.currency in KINDS

    @property
    def latam(self) -> bool:
        return self.kind in LATAM

    @property
    def lang(self) -> str:
        return f"en-{self.kind.upper()}"

    @property
    def city(self) -> str:
        return CITY[self.kind]

    @property
    def scale(self) -> int:
        return SCALE.get(self.p.currency, 1)

    def gloss(self, words: str) -> str:
        """The Spanish words a Latin American page keeps beside the English ones."""
        return f" ({words})" if self.latam else ""

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 as checkouts and invoices do, 2 with the ISO
        code, 3 as hero copy says it (millones, lakh, a bare "$" where the amount allows)."""
        k, g, dot = self.kind, f"{amount:,}", f"{amount:,}".replace(",", ".")
        if not self.native:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign} {g}.00", f"{code} {g}", f"{g} {code}")[form]
        mill = f"{amount / 1e6:g}".replace(".", ",") if amount % 10_000 == 0 else ""
        if k == "ar":
            return (f"$ {dot}", f"$ {dot},00", f"ARS {dot}", f"AR$ {dot}")[form]
        if k == "co":
            hero = f"${mill} millones" if mill else f"${dot}"
            return (f"${dot} COP", f"$ {dot},00 COP", f"COP {dot}", hero)[form]
        if k == "cl":
            return (f"${dot}", f"${dot} CLP", f"CLP {dot}", f"${dot}.-")[form]
        if k == "pe":
            return (f"S/ {g}", f"S/ {g}.00", f"PEN {g}", f"S/{g}")[form]
        if k == "uy":
            return (f"$U {dot}", f"$U {dot},00", f"UYU {dot}", f"$ {dot}")[form]
        if k == "pk":
            hero = f"PKR {amount / 1e5:g} lakh" if amount % 10_000 == 0 else f"Rs. {g}"
            return (f"Rs. {g}", f"Rs. {lakh(amount)}/-", f"PKR {g}", hero)[form]
        if k == "bd":
            return (f"৳{lakh(amount)}", f"Tk {lakh(amount)}/-", f"BDT {g}", f"Tk {g}")[form]
        return (f"EGP {g}", f"{g} ج.م", f"EGP {g}.00", f"{g} LE")[form]

    def local(self, d: date, short: bool = False) -> str:
        """A date in English words, day first as all these countries write it; ``short``
        gives the weekday and no year."""
        return f"{d:%a} {d.day} {d:%b}" if short else f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday in English."""
        return f"{d:%A}, {self.local(d)}"

    def spanish(self, d: date, weekday: bool = True) -> str:
        """A date in Spanish words ("lunes 10 de marzo de 2025"); in English words with an
        ordinal on Pakistani pages ("10th March, 2025") and in Arabic on Egyptian ones."""
        if self.kind == "pk":
            th = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
                d.day % 10, "th")  # fmt: skip
            return f"{d.day}{th} {d:%B}, {d.year}"
        if self.kind == "eg":
            return f"{d.day} {ARABIC[d.month - 1]} {d.year}"
        if not self.latam:
            return self.long(d)
        day = f"{DIAS[d.weekday()]} " if weekday else ""
        return f"{day}{d.day} de {MESES[d.month - 1]} de {d.year}"

    def numeric(self, d: date) -> str:
        """A date in figures as each country prints it: day first, dashes in Chile."""
        return f"{d:%d-%m-%Y}" if self.kind == "cl" else f"{d:%d/%m/%Y}"

    def cohort_name(self, i: int, d: date) -> str:
        name = COHORT[self.kind].format(n=self.promo + i)
        if self.latam:
            return f"{name} ({MESES[d.month - 1].capitalize()} {d.year})"
        return f"{name} ({d:%b} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name, fig = self.cohort_name(i, d), self.numeric(d)
        return {"ar": f"{name}: inicio {self.spanish(d)}",
                "co": f"{name} — inicia el {self.spanish(d, False)} ({fig})",
                "cl": f"{name}: inicio de clases {fig}",
                "pe": f"{name}: inicio {fig} · starts {self.local(d)}",
                "uy": f"{name}: comienza el {self.long(d)}",
                "pk": f"{name} starting from {self.spanish(d)}",
                "bd": f"{name}: classes begin {fig}",
                "eg": f"{name} starts {self.long(d)} ({self.spanish(d)})"}[self.kind]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        full = self.p.hours[0] >= 35
        if self.latam:
            pace = "full-time (jornada completa)" if full else "part-time (medio tiempo)"
            unit = "horas cronológicas" if self.kind == "cl" else "horas en total"
            extra = f" · {total} {unit}" if total else ""
            return f"{w} weeks ({w} semanas) · {pace}, {h} hours a week{extra}"
        pace = "full-time" if full else "weekend and evening classes"
        extra = f" · {total} contact hours" if total else ""
        return f"Duration: {w} weeks · {pace} · {h} hrs/week{extra}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly), self.months()
        return {"ar": f"O en {n} cuotas sin interés de {m}",
                "co": f"Financia en {n} cuotas mensuales de {m}",
                "cl": f"Hasta {n} cuotas de {m} (precio contado)",
                "pe": f"Pago en {n} cuotas de {m} al mes",
                "uy": f"Financiación: {n} cuotas de {m} por mes",
                "pk": f"Easy installments: {n} monthly installments of {m}",
                "bd": f"Installment plan: {m} per month for {n} months",
                "eg": f"Installments (تقسيط): {m} a month over {n} months"}[self.kind]  # fmt: skip

    def fee_line(self) -> str:
        """The fee with what the country says beside it."""
        m = self.money(self.p.upfront)
        return {"ar": f"Valor total del curso: {m}", "co": f"Inversión (tuition): {m}",
                "cl": f"Arancel (tuition): {m}", "pe": f"Inversión total: {m}",
                "uy": f"Costo del curso: {m}", "pk": f"Course fee: {m} (one-time)",
                "bd": f"Course fee: {m}", "eg": f"Programme fee: {m}"}[self.kind]  # fmt: skip

    def hero(self) -> str:
        """The hero's price line, as a landing page puts it."""
        m = self.money(self.p.upfront, 3)
        return f"Desde {m}" if self.latam else f"Only {m}"

    def terms(self, g: Guarantee) -> str:
        w, win, share = self.p.wording, g.window, g.share
        job, leave = self.gloss("garantía de empleo"), self.gloss("retiro")
        if g.kind == "job_guarantee":
            if w:
                return (f"Job guarantee{job}: no job {win} months after "
                        f"graduation? We give back {share}% of your tuition, as long as you "
                        "attended 90% of classes and applied to five jobs a week.")  # fmt: skip
            return (f"Job guarantee{job}: if you do not get a job within {win} "
                    f"months of graduating, we refund {share}% of the tuition. Conditions: 90% "
                    "attendance and five applications a week.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Satisfaction guarantee: {win} days from the first class to decide; "
                        "leave in that time and get a full refund.")  # fmt: skip
            return (f"Satisfaction guarantee: not convinced within {win} days of the first "
                    "class? You get a full refund.")  # fmt: skip
        if w:
            return (f"Withdrawal{leave}: {share}% of the tuition back if you leave in the "
                    f"first {win} weeks; no refund after that.")  # fmt: skip
        return (f"Withdrawal{leave}: leave within the first {win} weeks and we return "
                f"{share}% of the tuition; nothing is refunded after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Study now, pay later (Income Share Agreement): {pct}% of your monthly salary "
                f"for {months} months, only once you earn {self.money(floor)} a year or "
                "more.")  # fmt: skip

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: figures, or Spanish, ordinal or English words."""
        if form == "long":
            return self.numeric(d)
        return self.spanish(d, False) if self.latam or self.kind == "pk" else self.local(d)

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a thirteenth set of words."""
        p, first, end, m, s = self.p, self.p.starts[0], self.p.ends()[0], self.money, self.scale
        salary, junior, funding, fee, pay, tax = MONEY[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        day, close, es = self.when, self.deadline(), self.latam
        return {
            "salary": salary,
            "junior": junior,
            "funding": funding,
            "fee": fee,
            "pay": pay,
            "tax": tax,
            "holiday": HOLIDAY[self.kind],
            "credential": credential,
            "deposit": (
                f"Reserva tu cupo con {m(200 * s)} (se descuenta del total)."
                if es
                else f"Seat booking: pay {m(200 * s)} now, adjusted in the fee."
            ),
            "scholarship": f"Scholarships of up to {m(1_000 * s)} for women in tech.",
            "early": (
                f"Early bird: {m(400 * s)} de descuento hasta el {day(close - timedelta(10))}."
                if es
                else f"Early bird discount of {m(400 * s)} till {day(close - timedelta(days=10))}."
            ),  # fmt: skip
            "deadline": (
                f"Cierre de inscripciones (application deadline): {day(close)}."
                if es
                else f"Last date to apply: {day(close)}."
            ),  # fmt: skip
            "info": (
                f"Charla informativa gratuita (info session): {day(TODAY + timedelta(8), 'short')}"
                ", 19:00 hs."
                if es
                else f"Free info session (webinar): "
                f"{day(TODAY + timedelta(days=8), 'short')}, 8:00 PM."
            ),  # fmt: skip
            "open_house": f"Open house at our {self.city} campus: "
            f"{self.long(TODAY + timedelta(days=10))}, 10:00–16:00.",
            "prep": f"Free pre-work{self.gloss('nivelación')} opens "
            f"{day(first - timedelta(days=21), 'short')}.",
            "welcome": f"Orientation{self.gloss('bienvenida')}: {day(first - timedelta(days=1))}.",
            "ends": f"Final project presentations: {day(end)}.",
            "graduation": f"Demo Day and graduation: {day(end + timedelta(days=5))}.",
            "outcome": "85% of graduates hired within 6 months (2024 cohorts).",
            "support": f"Career support{self.gloss('acompañamiento laboral')} for 6 months "
            "after you graduate.",
            "post": f"Published {day(date(2024, 11, 12))} by the admissions team",
            "updated": f"Last updated {day(date(2025, 1, 6))}",
            "testimonial": f"“Three months after demo day I got my first job.” — {name}, "
            "2024 graduate",
            "tagline": f"Become a developer in {self.city}. Job-ready in months.",
            "button": "Inscribite"
            if self.kind in ("ar", "uy")
            else "Apply now"
            if not es
            else "Inscríbete",
            "phone": f"WhatsApp / call {phone} (Mon–Fri 9:00–18:00).",
            "copyright": f"© {TODAY.year} {p.camp} Academy {company}. All rights reserved.",
        }
