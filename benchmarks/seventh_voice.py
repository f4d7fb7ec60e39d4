"""A seventh way of wording a program, for :mod:`benchmarks.seventh_styles`.

Held out for the seventh set's first look; rules are tuned on it since, so the held-out
voice is now :mod:`benchmarks.twentyfirst_voice`. A development program redesigned into the
seventh styles keeps its currency: its amounts print with its own code and sign, and its
locale lines fall back to the Australian ones.

The sixth voice (:mod:`benchmarks.sixth_voice`) is being tuned on, so its figures no longer
say how bootwatch reads words nobody wrote rules for. This voice is continental-European
and Latin-American bootcamps written in English by non-native marketers, and Australian
providers, written from how such sites word a course and without reading bootwatch's rules:
amounts with a dot or an apostrophe for thousands and the sign after ("6.900 €",
"6.900,- €", "CHF 12'500.–", "R$ 9.990,00", "MXN $45,000", "$45,000.00 MXN",
"AUD 14,990"), German and Spanish words beside the English ("Ratenzahlung", "Inicio /
Start", "Ende / End", "meses sin intereses", "Dauer", "Wochen"), day-first dotted and
slashed dates (14.04.2025, 14/04/2025, yearless "28.02."), "Kick-off on 3rd of March",
"approx. 40h per week", a job guarantee worded as "money back if you are not hired in 6
months after the bootcamp", a "test phase", an "exit in the first 2 weeks" refund. Its
non-facts are of the same kinds as the other voices': "Ø Einstiegsgehalt" and "ab 52k €
brutto", salary gains in percent, FEE-HELP's repayment threshold, the Bildungsgutschein and
other funding that pays the whole fee, scholarships, VAT and company lines, a friends bonus,
the application deadline, an early bird (a discount and a date), the info evening, the open
campus day, onboarding, Demo Day and the Abschluss, end dates, an optional internship,
career coaching for months, teaching units of 45 minutes, post and "Stand" dates, a
testimonial's hire date, taglines and buttons.

Brazilian and Mexican amounts are scaled to read like their fees (:func:`seventh_program`),
and half the amounts end in 90 as such price lists do. Same contract as
:class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. One module of about 280 lines
because every sentence of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The seventh set's currencies, euros twice as often.
CURRENCIES = ("EUR", "EUR", "CHF", "BRL", "MXN", "AUD")
SCALE = {"BRL": 3, "MXN": 6}
#: Per currency: the company line, the phone, the tax line, and what funds a whole course.
LOCALE = {
    "EUR": ("Academy GmbH · HRB 201884 B · Amtsgericht Charlottenburg", "+49 30 2089 1734",
            "All prices are VAT-exempt according to § 4 Nr. 21 UStG.",
            "Bildungsgutschein (education voucher): 100% funded for jobseekers registered "
            "with the Agentur für Arbeit or the Jobcenter."),
    "CHF": ("Academy AG · CHE-123.456.789", "+41 44 508 21 90", "Prices excl. 8.1% MWST.",
            "Registered with the RAV? Your course can be funded 100% by the unemployment "
            "insurance (ALV)."),
    "BRL": ("Escola de Tecnologia Ltda. · CNPJ 12.345.678/0001-90", "+55 11 4003-2190",
            "Payment by Pix, boleto or cartão de crédito; nota fiscal for every payment.",
            "Bolsas (scholarships) of up to 50% for women, Black and Indigenous students."),
    "MXN": ("Academia S.A. de C.V. · RFC BCA190312AB1", "+52 55 4170 2290",
            "Precios con IVA incluido (16%). Factura disponible.",
            "Becas de hasta 30% para mujeres en tecnología (scholarships for women in tech)."),
    "AUD": ("Institute Pty Ltd · CRICOS Provider 03921K · TOID 45321", "+61 2 8006 1190",
            "Course fees are GST-free.",
            "Government-subsidised places under Fee-Free TAFE for eligible students."),
}  # fmt: skip

#: Where each currency's school is, for the times its data carries.
ZONES = {"EUR": "Europe/Berlin", "CHF": "Europe/Zurich", "BRL": "America/Sao_Paulo",
         "MXN": "America/Mexico_City", "AUD": "Australia/Sydney"}  # fmt: skip


def seventh_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives
    the same program): reals and pesos scaled, half the amounts ending in 90."""
    p = make_program(seed)
    r = random.Random(seed * 389 + 11)
    currency = r.choice(CURRENCIES)
    scale = SCALE.get(currency, 1)
    upfront = p.upfront * scale - (10 if r.random() < 0.5 else 0)
    isa = (p.isa[0], p.isa[1], p.isa[2] * scale) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, isa=isa,
                   monthly=p.monthly * scale if p.monthly else None)  # fmt: skip


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class SeventhVoice(Kit):
    """The facts of ``kit``'s program in a seventh set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 4733 + 29)  # the page's fixed choices, drawn once
        self.gap = r.randrange(8, 16)
        self.hike = r.choice([31, 38, 44])

    @property
    def continental(self) -> bool:
        return self.p.currency in ("EUR", "CHF", "BRL")

    def group(self, amount: int) -> str:
        text = f"{amount:,}"
        return {"EUR": text.replace(",", "."), "BRL": text.replace(",", "."),
                "CHF": text.replace(",", "'")}.get(self.p.currency, text)  # fmt: skip

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 with decimals (checkout), 2 with the ISO code,
        3 short (hero copy)."""
        code, g = self.p.currency, self.group(amount)
        if code == "EUR":
            return (f"{g} €", f"{g},00 €", f"EUR {g}", f"{g},- €")[form]
        if code == "CHF":
            return (f"CHF {g}", f"CHF {g}.00", f"{g} CHF", f"CHF {g}.–")[form]
        if code == "BRL":
            return (f"R$ {g},00", f"R$ {g},00", f"BRL {g}", f"R$ {g}")[form]
        if code == "MXN":
            return (f"MXN ${g}", f"${g}.00 MXN", f"${g} MXN", f"MX${g}")[form]
        if code == "AUD":
            return (f"AUD {g}", f"AUD {g}.00", f"${g} AUD", f"A${g}")[form]
        sign = SIGNS[code]  # a development program redesigned into this set's styles
        return (f"{code} {g}", f"{code} {g}.00", f"{sign}{g} {code}", f"{sign}{g}")[form]

    @staticmethod
    def day(d: date, form: str = "dot") -> str:
        if form == "dot":
            return f"{d:%d.%m.%Y}"
        if form == "dot_short":  # yearless, as continental copy prints near dates
            return f"{d:%d.%m.}"
        if form == "slash":
            return f"{d:%d/%m/%Y}"
        if form == "slash_short":
            return f"{d:%d/%m}"
        if form == "ordinal":  # "3rd of March 2025"
            return f"{ordinal(d.day)} of {d:%B %Y}"
        if form == "kickoff":  # yearless: "3rd of March"
            return f"{ordinal(d.day)} of {d:%B}"
        if form == "words":
            return f"{d.day} {d:%B %Y}"
        if form == "iso":
            return d.isoformat()
        return f"{d:%d.%m.%Y}"

    def local(self, d: date, short: bool = False) -> str:
        """A date as the school's country prints it: dotted in Europe, slashed in Latin
        America, in words in Australia."""
        if self.p.currency in ("EUR", "CHF"):
            return self.day(d, "dot_short" if short else "dot")
        if self.p.currency in ("BRL", "MXN"):
            return self.day(d, "slash_short" if short else "slash")
        return f"{d.day} {d:%B}" if short else self.day(d, "words")

    @property
    def zone(self) -> str:
        return ZONES.get(self.p.currency, "UTC")

    def stamp(self, d: date, hour: int = 0, minute: int = 0) -> str:
        """A local time on ``d`` with the school's UTC offset, as CMSs store a date
        ("2025-03-03T00:00+01:00")."""
        t = datetime(d.year, d.month, d.day, hour, minute, tzinfo=ZoneInfo(self.zone))
        return t.isoformat(timespec="minutes")

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}h" if low == high else f"{low}–{high}h"

    def pace(self) -> str:
        return "full-time" if self.p.hours[0] >= 40 else "part-time (evenings + Saturday)"

    def duration(self) -> str:
        total = f", {self.p.hours_total} hours in total" if self.p.hours_total else ""
        return f"{self.p.weeks} weeks {self.pace()}{total} · approx. {self.per_week()} per week"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The monthly plan as each country's price lists word it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly), self.months()
        return {
            "EUR": f"Ratenzahlung (instalments): {n} monthly rates of {m}",
            "CHF": f"Ratenzahlung (instalments): {n} monthly rates of {m}",
            "BRL": f"or {n}x of {m} per month, sem juros (no interest)",
            "MXN": f"or {n} meses sin intereses: {m} per month",
        }.get(self.p.currency, f"Payment plan: {m} per month over {n} months")

    def terms(self, g: Guarantee) -> str:
        w = self.p.wording
        if g.kind == "job_guarantee":
            if w:
                return (f"Jobgarantie — money back if you're not hired in {g.window} months "
                        f"after the bootcamp: you get {g.share}% of the course fee back, if you "
                        "attended min. 90% of the classes and sent 5 applications per week."
                        )  # fmt: skip
            return (f"Jobgarantie: money back if you are not hired in {g.window} months after "
                    f"the bootcamp. You get {g.share}% of the course fee back if you attended "
                    "min. 90% of the classes and sent 5 applications per week.")  # fmt: skip
        if g.kind == "money_back":
            dash = " —" if w else ":"
            return (f"Test phase{dash} if the bootcamp is not for you, cancel in the first "
                    f"{g.window} days and we pay back your complete fee.")  # fmt: skip
        if w:
            return (f"Exit in the first {g.window} weeks — you get back {g.share}% of the "
                    "participation fee; a later exit is not refundable.")  # fmt: skip
        return (f"Exit in the first {g.window} weeks: you get back {g.share}% of the "
                "participation fee. A later exit is not refundable.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Study now, pay later (ISA): you pay {pct}% of your gross monthly salary for "
                f"{months} months, but only once you earn more than {self.money(floor)} per "
                "year.")  # fmt: skip

    def deadline(self, start: date | None = None) -> date:
        """The application deadline, a week or two before ``start`` (the first cohort's)."""
        return (start or self.p.starts[0]) - timedelta(days=self.gap)

    def info_evening(self, start: date | None = None) -> date:
        """The info evening before ``start``'s deadline (a Thursday, as such schools hold)."""
        d = self.deadline(start) - timedelta(days=9)
        return d - timedelta(days=(d.weekday() - 3) % 7)

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a seventh set of words."""
        p, first, end, m = self.p, self.p.starts[0], self.p.ends()[0], self.money
        company, phone, tax, funding = LOCALE.get(p.currency, LOCALE["AUD"])
        salaries = {
            "EUR": ("Ø Einstiegsgehalt (average starting salary) of our graduates: 48.000 € "
                    "brutto.", "Junior developer jobs in Berlin: ab 52k € brutto."),
            "CHF": ("Ø Einstiegslohn of our alumni: CHF 92'000 per year.",
                    "Junior jobs in Zürich pay from CHF 85k."),
            "BRL": ("Salário médio inicial (average first salary): R$ 6.800 per month.",
                    "Vagas júnior a partir de R$ 5k/mês."),
            "MXN": ("Sueldo promedio de egresados: $32,000 MXN mensuales.",
                    "Junior roles from $28k MXN al mes."),
            "AUD": ("Graduates' average starting salary: AUD 78,000 + super.",
                    "Junior roles in Sydney start at A$70k."),
        }  # fmt: skip
        salary, junior = salaries.get(p.currency, salaries["AUD"])
        threshold = (
            "FEE-HELP available: defer your fee and repay it through the tax system once you "
            "earn over A$54,435."
            if p.currency == "AUD"
            else f"Low income (under {m(25_000 * SCALE.get(p.currency, 1))} per year)? Ask "
            "for our social discount."
        )
        units = p.weeks * p.hours[0] * 4 // 3  # teaching units of 45 minutes
        early, local = self.deadline() - timedelta(days=self.gap + 6), self.local
        return {
            "salary": salary,
            "junior": junior,
            "hike": f"+{self.hike}% more salary after the career change (alumni survey 2024).",
            "threshold": threshold,
            "funding": funding,
            "scholarship": f"Women in Tech Stipendium: up to {m(1_500)} off.",
            "tax": tax,
            "referral": f"Friends-Bonus: you get {m(300)} cashback for every friend who signs "
            "the contract.",
            "deadline": f"Bewerbungsschluss (application deadline): {local(self.deadline(), True)}",
            "early": f"Early bird -15% until {self.local(early, True)}",
            "info": f"Infoabend (info evening) online: Thursday {self.local(self.info_evening())}"
            ", 18:30",
            "open_day": f"Open Campus Day: Saturday, {self.local(TODAY + timedelta(days=11))}, "
            "11–15h.",
            "onboarding": f"Welcome Day & Onboarding: {self.local(first - timedelta(days=3))}.",
            "demo_day": f"Demo Day + Abschluss (graduation): {local(end + timedelta(days=1))}.",
            "ends": f"Ende / End of the bootcamp: {self.local(end)}.",
            "internship": "Afterwards an optional internship (Praktikum) of 8 weeks in a "
            "partner company.",
            "coaching": "Career coaching for 6 months after the Abschluss.",
            "units": f"Maßnahmenumfang: {units} UE à 45 min · Maßnahme-Nr. 955/0123/2025.",
            "class_size": "Max. 24 participants per class.",
            "post": f"Blog · published {self.local(date(2024, 11, 12))}",
            "updated": f"Stand (last update): {self.local(date(2025, 1, 7))}",
            "testimonial": "“After the bootcamp I was hired directly!” — Lukas M., Batch #14, "
            f"hired on {self.local(date(2024, 12, 2))}",
            "tagline": "Jobgarantie-Bootcamp",
            "button": "Jetzt bewerben / Apply now",
            "cta": "Book your free Beratungsgespräch (consultation)",
            "brochure": "Download Curriculum (PDF)",
            "phone": f"Hotline {phone} (Mo–Fr 9–18h)",
            "copyright": f"© {TODAY.year} {p.camp} {company} · Impressum · Datenschutz · AGB "
            "· Widerrufsbelehrung",
        }
