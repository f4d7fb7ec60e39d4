"""An eighteenth way of wording a program, for :mod:`benchmarks.eighteenth_styles`.

The seventeenth voice (:mod:`benchmarks.seventeenth_voice`) is being tuned on, so its figures
no longer say how bootwatch reads words nobody wrote rules for. This voice is bootcamps of
Central and Southern Asia and of the Andes, the River Plate and Central America, written in
English from how their sites word a course, with the local words, scripts and digits they keep
beside the English, and without reading bootwatch's rules: Kyrgyzstan ("45 000 сом", Russian
months), Tajikistan ("3 500 смн", "сомонӣ"), Turkmenistan ("2 100 manat", "манат"),
Afghanistan ("؋50,000", "افغانی" in Dari digits, Solar Hijri dates with Dari month names),
Iran (rials and the everyday toman, Persian digits, Solar Hijri dates beside Gregorian ones),
Myanmar ("1,500,000 Ks", "ကျပ်" in Burmese digits, Burmese month names), Cambodia (US dollars
or riel, "៛", Khmer digits and months), Laos ("9,000,000 ₭", "kip", "ກີບ", Lao months), the
Maldives ("MVR 12,000", "Rf", "ރ."), Bhutan ("Nu. 45,000", lakh grouping), Paraguay
("₲ 4.500.000", "Gs."), Bolivia ("Bs. 4.200"), Honduras ("L 15,000", "lempiras") and
Nicaragua ("C$ 21,000", "córdobas"), with Spanish months in the Americas.

Iran's truth is in rials. Every Iranian page states the fee in rials ("IRR 450,000,000",
"۴۵۰٬۰۰۰٬۰۰۰ ریال"), the legal unit, the one invoices and the ISO code name, and writes the
same fee in tomans beside it ("45,000,000 toman", one toman being ten rials), as Iranian
sites do for the reader; the toman figure is the same fee in another unit, never a second
price, and a reader that takes it for rials is ten times short. Cambodian programs are priced
in US dollars (most of them) or in riel; a Cambodian program in dollars is told apart from a
development one by the country its seed draws (:func:`country`).

Salaries in local money and US dollars, the fee in dollars "for reference only", VAT, GST, ISV and
IVA lines, employment-agency, government and NGO funding of part of the fee, registration and exam
fees, deposits, early-bird savings, Nowruz, Thingyan, Khmer and Lao New Year, Losar, Eid and Semana
Santa, the year-end break, info sessions, deadlines, cohort ends and graduation are the non-facts.
Amounts are scaled to read like each country's fees (:func:`eighteenth_program`). Same contract as
:class:`pagegen.Kit`: the terms state the true window and refund share, and ``Program.wording``
restyles them without new meaning. Held out for the eighteenth set's first look; rules are tuned on
it since, so the held-out voice is now :mod:`benchmarks.twentyfirst_voice`. A development program
redesigned into the eighteenth styles keeps its own code and sign, with Bhutan's lines. One module
of about 730 lines because every sentence of the voice is drawn from the same program and locale
tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The eighteenth set's countries, Kyrgyzstan, Iran and Paraguay twice as often.
COUNTRIES = ("kg", "kg", "tj", "tm", "af", "ir", "ir", "mm", "kh", "la", "mv", "bt", "py",
             "py", "bo", "hn", "ni")  # fmt: skip
#: Each country's currency; a Cambodian program is in riel or, more often, in US dollars.
CURRENCY = {"kg": "KGS", "tj": "TJS", "tm": "TMT", "af": "AFN", "ir": "IRR", "mm": "MMK",
            "kh": "KHR", "la": "LAK", "mv": "MVR", "bt": "BTN", "py": "PYG", "bo": "BOB",
            "hn": "HNL", "ni": "NIO"}  # fmt: skip
KINDS = {code: kind for kind, code in CURRENCY.items()}
#: Per currency, hundredths of a unit per unit of :func:`pagegen.make_program`'s fee.
SCALE = {"KGS": 400, "TJS": 50, "TMT": 35, "AFN": 700, "IRR": 5_000_000, "MMK": 25_000,
         "KHR": 41_000, "USD": 10, "LAK": 150_000, "MVR": 200, "BTN": 750, "PYG": 75_000,
         "BOB": 70, "HNL": 250, "NIO": 350}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"KGS": 500, "TJS": 50, "TMT": 50, "AFN": 500, "IRR": 1_000_000, "MMK": 10_000,
        "KHR": 10_000, "USD": 5, "LAK": 100_000, "MVR": 50, "BTN": 500, "PYG": 50_000,
        "BOB": 50, "HNL": 100, "NIO": 100}  # fmt: skip
#: A US dollar in each currency, for the reference price some pages add.
RATE = {"KGS": 87.0, "TJS": 10.9, "TMT": 3.5, "AFN": 70.5, "IRR": 820_000.0, "MMK": 2_100.0,
        "KHR": 4_100.0, "LAK": 21_800.0, "MVR": 15.42, "BTN": 86.5, "PYG": 7_900.0,
        "BOB": 6.96, "HNL": 25.5, "NIO": 36.6}  # fmt: skip
#: Where the site's second language is Russian.
RUSSIAN = ("kg", "tj", "tm")
#: Where it is Spanish.
SPANISH = ("py", "bo", "hn", "ni")
#: Where Gregorian dates in figures are written year first ("2025/03/15").
YEAR_FIRST = ("af", "ir")
CITY = {"kg": "Bishkek", "tj": "Dushanbe", "tm": "Ashgabat", "af": "Kabul", "ir": "Tehran",
        "mm": "Yangon", "kh": "Phnom Penh", "la": "Vientiane", "mv": "Malé", "bt": "Thimphu",
        "py": "Asunción", "bo": "Santa Cruz de la Sierra", "hn": "Tegucigalpa",
        "ni": "Managua"}  # fmt: skip
LANGUAGE = {"kg": "Russian", "tj": "Tajik", "tm": "Turkmen", "af": "Dari", "ir": "Persian",
            "mm": "Burmese", "kh": "Khmer", "la": "Lao", "mv": "Dhivehi", "bt": "Dzongkha",
            "py": "Spanish", "bo": "Spanish", "hn": "Spanish", "ni": "Spanish"}  # fmt: skip
#: Each country's time zone and its offset from UTC in minutes, for the class start times.
ZONE = {"kg": ("Asia/Bishkek", 360), "tj": ("Asia/Dushanbe", 300),
        "tm": ("Asia/Ashgabat", 300), "af": ("Asia/Kabul", 270), "ir": ("Asia/Tehran", 210),
        "mm": ("Asia/Yangon", 390), "kh": ("Asia/Phnom_Penh", 420),
        "la": ("Asia/Vientiane", 420), "mv": ("Indian/Maldives", 300),
        "bt": ("Asia/Thimphu", 360), "py": ("America/Asuncion", -180),
        "bo": ("America/La_Paz", -240), "hn": ("America/Tegucigalpa", -360),
        "ni": ("America/Managua", -360)}  # fmt: skip
MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "my": ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်",
           "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"),
    "km": ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
           "តុលា", "វិច្ឆិកា", "ធ្នូ"),
    "lo": ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ",
           "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"),
    # the Solar Hijri months, from the spring equinox: Iran's names and Afghanistan's
    "fa": ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
           "دی", "بهمن", "اسفند"),
    "prs": ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی",
            "دلو", "حوت"),
}  # fmt: skip
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "my": "၀၁၂၃၄၅၆၇၈၉", "km": "០១២៣៤៥៦៧៨៩"}
NBSP = "\u00a0"
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "kg": ("ОсОО · ИНН 02104201910123 · Бишкек", "+996 312 55 01 90",
           "Licensed by the Ministry of Education and Science of the Kyrgyz Republic; a "
           "resident of the High Technology Park.", "Aigerim T."),
    "tj": ("ҶДММ · РМА 020012345 · Душанбе", "+992 37 221 01 90",
           "Licensed by the Ministry of Education and Science of Tajikistan for additional "
           "education.", "Farangis R."),
    "tm": ("HJ · Aşgabat", "+993 12 45 01 90",
           "Registered with the Ministry of Education of Turkmenistan as a training centre.",
           "Merjen A."),
    "af": ("Ltd. · TIN 1001234567 · Kabul", "+93 20 210 0190",
           "Registered with the Ministry of Labour as a private vocational training centre.",
           "Mursal H."),
    "ir": ("Co. (سهامی خاص) · شناسه ملی 14001234567 · تهران", "+98 21 8855 0190",
           "Licensed by the Technical and Vocational Training Organization (TVTO, سازمان فنی "
           "و حرفه‌ای کشور).", "Sara M."),
    "mm": ("Co., Ltd. · Reg. No. 123456789 · Yangon", "+95 9 450 550 190",
           "Registered with the Directorate of Investment and Company Administration (DICA).",
           "Thiri A."),
    "kh": ("Co., Ltd. · VAT TIN K001-901234567 · Phnom Penh", "+855 23 955 190",
           "Recognised by the Ministry of Labour and Vocational Training (MLVT).", "Sokha C."),
    "la": ("Sole Co., Ltd. · Enterprise Reg. 0123/ERO · Vientiane", "+856 21 555 190",
           "Licensed by the Ministry of Education and Sports.", "Somphone K."),
    "mv": ("Pvt Ltd · C-0123/2019 · Malé", "+960 330 0190",
           "Registered with the Maldives Qualifications Authority (MQA).", "Aishath N."),
    "bt": ("Licence No. 1012345 · Thimphu", "+975 2 335 190",
           "Accredited by the Bhutan Qualifications and Professional Certification Authority "
           "(BQPCA).", "Karma D."),
    "py": ("S.A. · RUC 80012345-6 · Asunción", "+595 21 555 190",
           "Habilitado por el SINAFOCAL como centro de formación (registered training "
           "centre).", "Lucía B."),
    "bo": ("S.R.L. · NIT 1023456027 · Santa Cruz de la Sierra", "+591 3 355 0190",
           "Registered with the Ministry of Education's alternative education office.",
           "Mateo Q."),
    "hn": ("S. de R.L. · RTN 08019012345678 · Tegucigalpa", "+504 2255 0190",
           "Registered with INFOP as a training provider.", "Daniela M."),
    "ni": ("S.A. · RUC J0310000123456 · Managua", "+505 2255 0190",
           "Acreditado por INATEC (accredited training centre).", "José R."),
}  # fmt: skip
#: Per country: money that is not this course's fee (salary, pay in dollars, funding with its
#: own share and date, the registration fee, an exam fee, how people pay) and the tax line.
MONEY = {
    "kg": (f"Junior developers in Bishkek earn 40{NBSP}000–70{NBSP}000 сом a month (about "
           "$460–800).",
           "Graduates working remotely for foreign clients earn $1,000–2,000 a month.",
           "The High Technology Park and a USAID-funded skills programme cover up to 50% of "
           "the fee for women and registered jobseekers; apply by 15.02.2025.",
           f"Вступительный взнос / registration fee: 1{NBSP}000 сом (non-refundable).",
           "Optional certification exam: $150, paid to Pearson VUE.",
           "Pay by card, Elsom, MBank or O!Dengi; card instalments from MBank or Bakai Bank are "
           "a separate product of your bank.",
           "Prices include VAT (НДС 12%)."),
    "tj": (f"Junior developers in Dushanbe earn 2{NBSP}500–4{NBSP}500 смн a month (about "
           "$230–410).",
           "Remote roles for foreign firms pay our graduates $800–1,500 a month.",
           "The Agency for Labour and Employment and a GIZ project cover up to 60% of the fee "
           "for registered jobseekers; apply by 15.02.2025.",
           "Registration fee: 100 сомонӣ (non-refundable).",
           "Optional certification exam: $150.",
           "Pay in cash at the office, by Alif Mobi or DC Wallet, or by Korti Milli card; bank "
           "instalments are a separate loan.",
           "Prices include VAT (14%)."),
    "tm": ("Junior developers in Ashgabat earn 3 000–5 000 manat a month.",
           "Graduates working for foreign firms earn $700–1,200 a month.",
           "The Ministry of Labour and Social Protection's retraining scheme covers up to 50% "
           "of the fee for registered jobseekers; apply by 15.02.2025.",
           "Registration fee: 100 manat (non-refundable).",
           "Optional certification exam: 500 manat.",
           "Pay in cash or by Altyn Asyr card at the office; bank instalments are a separate "
           "loan.",
           "Prices include VAT (15%)."),
    "af": ("Junior developers in Kabul earn ؋15,000–30,000 a month (about $210–420).",
           "Remote roles for foreign firms pay our graduates $500–1,200 a month.",
           "UNDP and partner NGO scholarships cover up to 80% of the fee for women studying "
           "online; apply by 2025/02/15.",
           "Registration fee: ؋1,000 (non-refundable).",
           "Optional certification exam: $100.",
           "Pay in cash at the office, by HesabPay or M-Paisa, or by bank transfer (AIB, "
           "Azizi Bank).",
           "Prices include business receipts tax (BRT 10%)."),
    "ir": ("Junior developers in Tehran earn 25–40 million toman (۲۵ تا ۴۰ میلیون تومان) a "
           "month.",
           "Remote roles for foreign firms pay our graduates $800–1,500 a month.",
           "The Technical and Vocational Training Organization and partner companies cover up "
           "to 50% of the fee for selected learners; apply by 2025/02/15.",
           "Registration fee: 500,000 toman (IRR 5,000,000), non-refundable.",
           "Optional certification exam: $150, paid abroad.",
           "Pay through the Shaparak (شاپرک) card gateway or by card-to-card transfer; a bank "
           "loan (وام) is a separate product of your bank.",
           "Prices include VAT (مالیات بر ارزش افزوده 10%)."),
    "mm": ("Junior developers in Yangon earn 600,000–1,200,000 Ks a month.",
           "Remote roles for foreign firms pay our graduates $400–1,000 a month.",
           "Partner NGO and employer sponsorships cover up to 50% of the fee for selected "
           "learners; apply by 15/02/2025.",
           "Registration fee: 20,000 Ks (non-refundable).",
           "Optional certification exam: $150.",
           "Pay by KBZPay, Wave Money, AYA Pay or CB Pay; card instalments are your bank's own "
           "product.",
           "Prices include commercial tax (5%)."),
    "kh": ("Junior developers in Phnom Penh earn $350–600 a month (1,435,000–2,460,000៛).",
           "Remote roles for foreign firms pay our graduates $800–1,500 a month.",
           "The Skills Development Fund (SDF) and partner companies cover up to 70% of the fee "
           "for selected learners; apply by 15/02/2025.",
           "Registration fee: $20 (82,000៛), non-refundable.",
           "Optional certification exam: $150.",
           "Pay by ABA Pay, ACLEDA, Wing or any KHQR app; card instalments are a separate bank "
           "product.",
           "Prices include VAT (10%)."),
    "la": ("Junior developers in Vientiane earn 4,000,000–7,000,000 kip a month.",
           "Remote roles for foreign firms pay our graduates $500–1,000 a month.",
           "Skills projects of the Ministry of Education and Sports with Lao-German cooperation "
           "cover up to 60% of the fee for selected learners; apply by 15/02/2025.",
           "Registration fee: 200,000 ₭ (non-refundable).",
           "Optional certification exam: $150.",
           "Pay by BCEL One, LDB Trust or in cash at the office; card instalments are a separate "
           "bank product.",
           "Prices include VAT (10%)."),
    "mv": ("Junior developers in Malé earn MVR 12,000–18,000 a month (about $780–1,170).",
           "Remote roles for foreign firms pay our graduates $1,200–2,000 a month.",
           "The Ministry of Higher Education, Labour and Skills Development co-funds up to 70% "
           "of the fee for Maldivian jobseekers; apply by 15/02/2025.",
           "Registration fee: MVR 250 (non-refundable).",
           "Optional certification exam: $150.",
           "Pay by BML transfer, Favara or card; BML card instalments are a separate bank "
           "product.",
           "Prices include GST (8%)."),
    "bt": ("Junior developers in Thimphu earn Nu. 25,000–40,000 a month.",
           "Remote roles for foreign firms pay our graduates $800–1,500 a month.",
           "The Ministry of Industry, Commerce and Employment's skilling programme covers up "
           "to 70% of the fee for registered jobseekers; apply by 15/02/2025.",
           "Registration fee: Nu. 500 (non-refundable).",
           "Optional certification exam: $150.",
           "Pay by mBoB, mPay or bank transfer (BoB, BNB); card instalments are a separate bank "
           "product.",
           "Education services are exempt from sales tax."),
    "py": ("Junior developers in Asunción earn ₲ 5.000.000–8.000.000 a month (about US$ "
           "640–1.030).",
           "Remote roles for foreign firms pay our graduates US$ 1.200–2.500 a month.",
           "SNPP and SINAFOCAL cover up to 50% of the fee for registered jobseekers (becas de "
           "capacitación); apply by 15/02/2025.",
           "Matrícula / registration fee: Gs. 200.000 (non-refundable).",
           "Optional certification exam: US$ 150.",
           "Pago con tarjeta, Tigo Money, transferencia o Bancard; las cuotas con tarjeta de "
           "crédito son un producto de tu banco (a separate bank product).",
           "Precios con IVA incluido (10%)."),
    "bo": ("Junior developers in Santa Cruz earn Bs 5.000–8.000 a month.",
           "Remote roles for foreign firms pay our graduates US$ 1.000–2.000 a month.",
           "The Ministry of Labour's employment programme and partner companies cover up to "
           "50% of the fee for registered jobseekers; apply by 15/02/2025.",
           "Matrícula / registration fee: Bs. 150 (non-refundable).",
           "Optional certification exam: US$ 150.",
           "Pago por QR Simple, transferencia o tarjeta; las cuotas del banco son un producto "
           "aparte (a separate bank product).",
           "Precios con IVA incluido (13%), con factura."),
    "hn": ("Junior developers in Tegucigalpa earn L 20,000–30,000 a month.",
           "Remote roles for foreign firms pay our graduates $1,000–2,000 a month.",
           "INFOP and USAID-backed partners cover up to 50% of the fee for young jobseekers; "
           "apply by 15/02/2025.",
           "Matrícula / registration fee: L 500 (non-refundable).",
           "Optional certification exam: $150.",
           "Pago con tarjeta, Tigo Money o transferencia (BAC, Banco Atlántida); las cuotas "
           "con tarjeta son un producto del banco.",
           "Precios incluyen ISV (15%)."),
    "ni": ("Junior developers in Managua earn C$ 20,000–35,000 a month.",
           "Remote roles for foreign firms pay our graduates $1,000–2,000 a month.",
           "INATEC and partner companies cover up to 50% of the fee for young jobseekers; "
           "apply by 15/02/2025.",
           "Matrícula / registration fee: C$ 700 (non-refundable).",
           "Optional certification exam: $150.",
           "Pago con tarjeta o transferencia (BAC, Banpro, Lafise); las cuotas con tarjeta de "
           "crédito son un producto del banco.",
           "Precios incluyen IVA (15%)."),
}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
HOLIDAY = {
    "kg": "No classes on Nooruz (21 March 2025), Orozo Ait (31 March 2025), 1 May or Victory "
    "Day (9 May).",
    "tj": "No classes over Navruz (21–24 March 2025), on Idi Ramazon (31 March 2025) or on "
    "Independence Day (9 September).",
    "tm": "No classes over Nowruz (21–22 March 2025), on Oraza Baýramy (30 March 2025) or on "
    "Independence Day (27 September).",
    "af": "No classes over Eid al-Fitr (30 March – 1 April 2025) or Eid al-Adha (6–9 June 2025).",
    "ir": "No classes over the Nowruz holidays (نوروز، ۱ تا ۴ فروردین ۱۴۰۴ / 21–24 March "
    "2025), on Sizdah Bedar (2 April 2025) or on Eid al-Fitr (31 March 2025).",
    "mm": "No classes over Thingyan, the water festival (13–16 April 2025), and Myanmar New "
    "Year (17 April 2025).",
    "kh": "No classes over Khmer New Year (Choul Chnam Thmey, 14–16 April 2025) or Pchum Ben "
    "(21–23 September 2025).",
    "la": "No classes over Pi Mai Lao (14–16 April 2025) or on That Luang Day (5 November 2025).",
    "mv": "No classes over Eid al-Fitr (30 March – 2 April 2025) or on Independence Day (26 July).",
    "bt": "No classes on Losar (28 February 2025), the Birth Anniversary of Guru Rinpoche (6 "
    "July 2025) or National Day (17 December).",
    "py": "No classes over Semana Santa (17–18 April 2025), on 1 May or on Independence Day "
    "(14–15 May).",
    "bo": "No classes over Carnaval (3–4 March 2025), on Good Friday (18 April 2025) or on "
    "the Andean-Amazonian New Year (21 June).",
    "hn": "No classes over Semana Santa (17–19 April 2025), on 1 May or during the Semana "
    "Morazánica (1–3 October 2025).",
    "ni": "No classes over Semana Santa (17–18 April 2025), on 1 May or on 19 July.",
}
#: A cohort's name per country: "{n}" is the cohort's number.
COHORT = {"kg": "Поток {n}", "tj": "Гурӯҳи {n}", "tm": "Topar {n}", "af": "Batch {n}",
          "ir": "دوره {n}", "mm": "Batch {n}", "kh": "Batch {n}", "la": "Batch {n}",
          "mv": "Batch {n}", "bt": "Cohort {n}", "py": "Cohorte {n}", "bo": "Cohorte {n}",
          "hn": "Cohorte {n}", "ni": "Cohorte {n}"}  # fmt: skip
#: The year-end break after this year's cohorts.
YEAR_END = (date(2025, 12, 29), date(2026, 1, 4))


def country(seed: int) -> str:
    """The country an eighteenth-set program of ``seed`` is from."""
    return random.Random(seed * 1490 + 89).choice(COUNTRIES)


def eighteenth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives the
    same program): fees scaled to each country's, monthly payments over 3 to 12 months."""
    p = make_program(seed)
    r = random.Random(seed * 991 + 59)
    kind = country(seed)
    currency = CURRENCY[kind]
    if kind == "kh" and r.random() < 0.65:
        currency = "USD"
    upfront = p.upfront * SCALE[currency] // 100
    months = r.choice([3, 4, 6, 10, 12])
    step = STEP[currency]
    monthly = max(step, round(upfront / months / step) * step) if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency] // 100) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def jalali(d: date) -> tuple[int, int, int]:
    """The Solar Hijri (Persian) year, month and day of a Gregorian date."""
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = d.year + 1 if d.month > 2 else d.year
    days = (355666 + 365 * d.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400
            + d.day + before[d.month - 1])  # fmt: skip
    year = -1595 + 33 * (days // 12053)
    days %= 12053
    year += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        year += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return year, 1 + days // 31, 1 + days % 31
    return year, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def script(text: str, digits: str) -> str:
    """``text`` with its ASCII digits in another script's (``DIGITS``)."""
    return text.translate(str.maketrans("0123456789", DIGITS[digits]))


def spaced(amount: int, space: str = NBSP) -> str:
    """Thousands grouped by spaces, as Russian-speaking pages write them."""
    return f"{amount:,}".replace(",", space)


def dotted(amount: int) -> str:
    """Thousands grouped by dots, as Paraguayan and Bolivian pages write them."""
    return f"{amount:,}".replace(",", ".")


def lakh(amount: int) -> str:
    """Indian grouping, as Bhutanese pages often write ngultrum: "1,20,000"."""
    text = str(amount)
    if len(text) <= 3:
        return text
    head, tail = text[:-3], text[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail]) if head else ",".join([*groups, tail])


def plural(n: int, one: str, few: str, many: str) -> str:
    """The Russian plural of ``n``: 21 неделя, 22 недели, 25 недель."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def end(text: str) -> str:
    """A sentence's full stop, unless one ends it already."""
    return text if text.endswith(".") else f"{text}."


class EighteenthVoice(Kit):
    """The facts of ``kit``'s program in an eighteenth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 6113 + 37)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 21)
        self.intake = r.randrange(2, 40)  # the number of the next cohort
        cambodian = kit.p.currency == "USD" and country(kit.p.seed) == "kh"
        self.own = KINDS.get(kit.p.currency) or ("kh" if cambodian else None)
        self.kind = self.own or "bt"

    @property
    def native(self) -> bool:
        """Whether the program's currency is this country's (a development program's is not;
        a Cambodian program in dollars is)."""
        return self.own is not None

    @property
    def russian(self) -> bool:
        return self.kind in RUSSIAN

    @property
    def spanish(self) -> bool:
        return self.kind in SPANISH

    @property
    def lang(self) -> str:
        return {"kg": "ru-KG", "tj": "tg-TJ", "tm": "tk-TM", "af": "fa-AF", "ir": "fa-IR",
                "mm": "my-MM", "kh": "km-KH", "la": "lo-LA", "mv": "dv-MV", "bt": "en-BT",
                "py": "es-PY", "bo": "es-BO", "hn": "es-HN", "ni": "es-NI"}[self.kind]  # fmt: skip

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
        if not self.native:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{sign} {g}.00", f"{code} {g}", f"{g} {code}")[form]
        if self.kind == "kh" and self.p.currency == "USD":
            return (f"${g}", f"USD {g}.00", f"USD {g}", f"US${g}")[form]
        forms = {
            "kg": (f"{s} сом", f"{s},00 сом", f"KGS {g}", f"{s} som"),
            "tj": (f"{s} смн", f"{s},00 сомонӣ", f"TJS {g}", f"{s} somoni"),
            "tm": (f"{s} manat", f"{s},00 TMT", f"TMT {g}", f"{s} манат"),
            "af": (f"؋{g}", f"AFN {g}.00", f"AFN {g}", f"{g} afghanis"),
            "ir": (f"IRR {g}", f"{g} rials", f"IRR {g}", f"{g} rials"),
            "mm": (f"{g} Ks", f"MMK {g}.00", f"MMK {g}", f"{g} kyat"),
            "kh": (f"{g}៛", f"KHR {g}", f"KHR {g}", f"{g} riel"),
            "la": (f"{g} ₭", f"LAK {g}", f"LAK {g}", f"{g} kip"),
            "mv": (f"MVR {g}", f"MVR {g}.00", f"MVR {g}", f"Rf {g}"),
            "bt": (f"Nu. {g}", f"Nu. {g}.00", f"BTN {g}", f"Nu. {lakh(amount)}"),
            "py": (f"₲ {d}", f"Gs. {d}", f"PYG {g}", f"{d} guaraníes"),
            "bo": (f"Bs. {d}", f"Bs {d},00", f"BOB {g}", f"{d} bolivianos"),
            "hn": (f"L {g}", f"L {g}.00", f"HNL {g}", f"{g} lempiras"),
            "ni": (f"C$ {g}", f"C$ {g}.00", f"NIO {g}", f"{g} córdobas"),
        }  # fmt: skip
        return forms[self.kind][form]

    def toman(self, rials: int) -> str:
        """Rials in the everyday unit, tomans of ten rials each."""
        return f"{rials // 10:,} toman"

    def script_money(self, amount: int) -> str:
        """The amount as the page's own script or word writes it beside the card's."""
        if not self.native:
            return f"{amount:,} {self.p.currency}"
        g = f"{amount:,}"
        if self.kind == "kh" and self.p.currency == "USD":
            return f"{script(g, 'km')} ដុល្លារ"
        return {"kg": f"{spaced(amount)} KGS", "tj": f"{spaced(amount)} сомонӣ",
                "tm": f"{spaced(amount)} манат",
                "af": f"{script(g.replace(',', '٬'), 'fa')} افغانی",
                "ir": f"{script(g.replace(',', '٬'), 'fa')} ریال",
                "mm": f"{script(g, 'my')} ကျပ်", "kh": f"{script(dotted(amount), 'km')} រៀល",
                "la": f"{dotted(amount)} ກີບ", "mv": f"ރ. {g}", "bt": f"Nu. {lakh(amount)}",
                "py": f"Gs. {dotted(amount)}", "bo": f"{dotted(amount)} Bs",
                "hn": f"L. {g}", "ni": f"C${g}"}[self.kind]  # fmt: skip

    def local(self, d: date) -> str:
        """A date in English words, day first."""
        return f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday in English."""
        return f"{d:%A}, {self.local(d)}"

    def numeric(self, d: date) -> str:
        """A Gregorian date in figures: "15.03.2025", "2025/03/15" or "15/03/2025"."""
        if self.russian:
            return f"{d:%d.%m.%Y}"
        if self.kind in YEAR_FIRST:
            return f"{d:%Y/%m/%d}"
        return f"{d:%d/%m/%Y}"

    def native_day(self, d: date) -> str:
        """A date in the country's own words and digits: "15 марта 2025 г.", "۲۵ اسفند ۱۴۰۳",
        "၂၀၂၅ ခုနှစ် မတ်လ ၁၅ ရက်", "ថ្ងៃទី១៥ ខែមីនា ឆ្នាំ២០២៥", "15 de marzo de 2025"."""
        k = self.kind
        if self.russian:
            return f"{d.day} {MONTHS['ru'][d.month - 1]} {d.year} г."
        if self.spanish:
            return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
        if k in ("af", "ir"):
            y, m, day = jalali(d)
            return script(f"{day} {MONTHS['fa' if k == 'ir' else 'prs'][m - 1]} {y}", "fa")
        if k == "mm":
            return script(f"{d.year} ခုနှစ် {MONTHS['my'][d.month - 1]}လ {d.day} ရက်", "my")
        if k == "kh":
            return script(f"ថ្ងៃទី{d.day} ខែ{MONTHS['km'][d.month - 1]} ឆ្នាំ{d.year}", "km")
        if k == "la":
            return f"{d.day} {MONTHS['lo'][d.month - 1]} {d.year}"
        return self.local(d)

    def cohort_name(self, i: int, d: date) -> str:
        return f"{COHORT[self.kind].format(n=self.intake + i)} ({d:%b} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name, fig, own = self.cohort_name(i, d), self.numeric(d), self.native_day(d)
        if self.russian:
            word = {"kg": "старт", "tj": "оғоз", "tm": "başlanýar"}[self.kind]
            return f"{name}: {word} {own} · starts {self.long(d)}"
        if self.spanish:
            return f"{name}: inicia el {own} · starts {fig}"
        local = {"af": "آغاز", "ir": "شروع", "mm": "စတင်မည်", "kh": "ចាប់ផ្តើម",
                 "la": "ເລີ່ມ"}.get(self.kind)  # fmt: skip
        if local:
            return f"{name}: starts {self.long(d)} · {local} {own}"
        return f"{name}: starts {self.long(d)} ({fig})"

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def weeks_own(self, w: int) -> str:
        """The weeks in the country's own words and digits."""
        if self.russian:
            return f"{w} {plural(w, 'неделя', 'недели', 'недель')}"
        if self.spanish:
            return f"{w} semanas"
        return {"af": script(f"{w} هفته", "fa"), "ir": script(f"{w} هفته", "fa"),
                "mm": script(f"{w} ပတ်", "my"), "kh": script(f"{w} សប្តាហ៍", "km"),
                "la": f"{w} ອາທິດ", "mv": f"{w} ހަފްތާ", "bt": f"{w} བདུན་ཕྲག"}[self.kind]  # fmt: skip

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        if self.p.hours[0] >= 35:
            pace = "tiempo completo / full-time" if self.spanish else "full-time"
        else:
            pace = "online, evenings and weekends"
        extra = f" · {total} training hours" if total else ""
        return f"Duration: {w} weeks ({self.weeks_own(w)}) · {pace} · {h} hours a week{extra}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The school's own payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly, 1), self.months()
        if self.russian:
            payments = plural(n, "платёж", "платежа", "платежей")
            return (f"Рассрочка от школы, без банка: {n} {payments} по {m} ({m} a month for "
                    f"{n} months)")  # fmt: skip
        if self.spanish:
            return f"Plan de cuotas: {n} cuotas mensuales de {m} ({m} a month for {n} months)"
        gloss = {"af": "قسط", "ir": "اقساط", "mm": "အရစ်ကျ", "kh": "បង់រំលោះ", "la": "ຜ່ອນຈ່າຍ",
                 "mv": "instalments", "bt": "instalments"}[self.kind]  # fmt: skip
        return f"Payment plan ({gloss}): {n} monthly payments of {m} ({m} a month)"

    def fee_line(self) -> str:
        """The fee with what the country writes beside it: its script, digits or tomans."""
        m = self.money(self.p.upfront)
        if not self.native:
            return f"Tuition: {m}"
        label = {"kg": "Стоимость обучения (tuition)", "tj": "Арзиши таҳсил (tuition)",
                 "tm": "Okuw tölegi (tuition)", "af": "فیس کورس (tuition)",
                 "ir": "شهریه (tuition)", "mm": "သင်တန်းကြေး (tuition)",
                 "kh": "តម្លៃវគ្គសិក្សា (tuition)", "la": "ຄ່າຮຽນ (tuition)",
                 "mv": "Course fee (tuition)", "bt": "Course fee (tuition)",
                 "py": "Arancel (tuition)", "bo": "Costo del programa (tuition)",
                 "hn": "Inversión (tuition)",
                 "ni": "Costo del curso (tuition)"}[self.kind]  # fmt: skip
        line = f"{label}: {m} · {self.script_money(self.p.upfront)}"
        if self.kind == "ir":
            line += f" ({self.toman(self.p.upfront)})"
        return line

    def hero(self) -> str:
        """The hero's price line, as a landing page puts it."""
        if self.native and self.russian:
            return f"Обучение от {self.money(self.p.upfront)} · the full programme"
        if self.native and self.spanish:
            return f"Inversión total: {self.money(self.p.upfront, 3)}"
        if self.native and self.kind == "ir":
            return (f"The full programme: {self.money(self.p.upfront, 3)} "
                    f"({self.toman(self.p.upfront)})")  # fmt: skip
        return f"The full programme: {self.money(self.p.upfront, 3)}"

    def terms(self, g: Guarantee) -> str:
        w, win, share = self.p.wording, g.window, g.share
        gloss = {"kg": "гарантия трудоустройства", "tj": "кафолати кор",
                 "tm": "işe ýerleşmek kepilligi", "af": "تضمین کار", "ir": "تضمین استخدام",
                 "mm": "အလုပ်အကိုင်အာမခံ", "kh": "ធានាការងារ", "la": "ຮັບປະກັນວຽກ",
                 "mv": "job guarantee", "bt": "job guarantee", "py": "garantía de empleo",
                 "bo": "garantía de empleo", "hn": "garantía de empleo",
                 "ni": "garantía de empleo"}[self.kind]  # fmt: skip
        if g.kind == "job_guarantee":
            if w:
                return (f"Job guarantee ({gloss}): without a job offer {win} months after you "
                        f"graduate, you are paid back {share}% of the tuition, provided you "
                        "finish every project and apply to five roles each week.")  # fmt: skip
            return (f"Job guarantee ({gloss}): if you have no job offer within {win} months of "
                    f"graduating, we refund {share}% of the tuition. You must finish all "
                    "projects and apply to at least five roles a week.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Money-back guarantee: the first {win} days of classes are a trial; "
                        "leave inside them and all you paid is returned.")  # fmt: skip
            return (f"Money-back guarantee: attend for {win} days from the first class, and if "
                    "the course is not right for you, withdraw and get a full refund.")  # fmt: skip
        if w:
            return (f"Refund policy: leave within the first {win} weeks and {share}% of the "
                    "tuition comes back to you; nothing is refunded after that.")  # fmt: skip
        return (f"Refund policy: withdraw within the first {win} weeks and we refund {share}% of "
                "the tuition; there are no refunds after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        gloss = "acuerdo de ingresos compartidos" if self.spanish else "pay after you are hired"
        return (f"Income Share Agreement ({gloss}): once you earn at least {self.money(floor)} "
                f"a year, pay {pct}% of your monthly salary for {months} months.")  # fmt: skip

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: in figures, or in the country's own words."""
        return self.native_day(d) if form != "long" else self.numeric(d)

    def class_time(self) -> tuple[str, str]:
        """The time classes begin, locally ("10:00") and in UTC ("T04:00:00Z")."""
        _, offset = ZONE[self.kind]
        utc = (10 * 60 - offset) % (24 * 60)
        return "10:00", f"T{utc // 60:02d}:{utc % 60:02d}:00Z"

    def schedule(self) -> str:
        """Class times, in the country's time."""
        zone = ZONE[self.kind][0]
        if self.kind in ("ir", "af"):
            return (f"Live online classes Saturday to Wednesday, 18:00–21:00 ({zone}); no "
                    "classes on Fridays.")  # fmt: skip
        return (f"Classes Monday to Thursday, 18:30–21:30 ({zone}); Saturday workshops from "
                "10:00.")  # fmt: skip

    def year_end(self) -> str:
        a, b = YEAR_END
        return f"Year-end break: {self.numeric(a)} – {self.numeric(b)}; classes resume after it."

    def reference(self) -> str:
        """The fee in another currency for reference, as many of these pages add under it."""
        if self.native and self.p.currency == "USD":
            riel = self.p.upfront * 4_100
            return (f"≈ {riel:,}៛ at 4,100 riel to the dollar, for reference only; fees are "
                    "charged in US dollars.")  # fmt: skip
        usd = round(self.p.upfront / RATE.get(self.p.currency, 1.0) / 10) * 10
        if self.p.currency == "USD":
            usd = round(self.p.upfront * 86.5 / 10) * 10
            return f"≈ Nu. {usd:,} at today's rate, for reference only; you are billed in USD."
        return (f"≈ US$ {usd:,} at today's rate, for reference only; you are billed in "
                f"{self.p.currency}.")  # fmt: skip

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in an eighteenth set of words."""
        p, first, last, m = self.p, self.p.starts[0], self.p.ends()[0], self.money
        salary, junior, funding, fee, exam, pay, tax = MONEY[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        day, close, s = self.when, self.deadline(), self.scale
        apply = {"kg": "Записаться", "tj": "Сабти ном", "tm": "Ýazyl", "af": "ثبت نام",
                 "ir": "ثبت‌نام", "mm": "လျှောက်ထားရန်", "kh": "ចុះឈ្មោះ", "la": "ລົງທະບຽນ",
                 "mv": "Register", "bt": "Enrol", "py": "Inscribite", "bo": "Inscríbete",
                 "hn": "Inscríbete", "ni": "Inscríbete"}[self.kind]  # fmt: skip
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
            "break": self.year_end(),
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
            "outcome": "81% of our 2024 graduates were working in tech within 6 months.",
            "support": "Career support for 6 months after graduation.",
            "post": f"Published {day(date(2024, 11, 12))} by the admissions team",
            "updated": f"Last updated {day(date(2025, 1, 6))}",
            "testimonial": f"“I had two offers before graduation day.” — {name}, 2024 graduate",
            "tagline": f"Become a developer in {self.city}. Classes in English and "
            f"{LANGUAGE[self.kind]}.",
            "button": f"{apply} / Apply now",
            "phone": f"WhatsApp / Telegram {phone} (Mon–Fri 9:00–17:00).",
            "copyright": f"© {TODAY.year} {p.camp} Academy {company}. All rights reserved.",
        }
