"""A nineteenth way of wording a program, for :mod:`benchmarks.nineteenth_styles`.

The eighteenth voice (:mod:`benchmarks.eighteenth_voice`) is being tuned on, so its figures
no longer say how bootwatch reads words nobody wrote rules for. This voice is bootcamps of the
Pacific Islands, the Indian Ocean, the rest of the Caribbean and West and Central Africa's
non-CFA currencies, written in English from how their sites word a course, with the French,
Portuguese, Dutch, Creole, Malagasy, Samoan and Tongan words they keep beside it, and without
reading bootwatch's rules: Samoa ("WS$1,200", "tālā", Samoan months), Tonga ("T$1,200",
"paʻanga", Tongan months; "TOP" is also an English word the pages use), Vanuatu ("VT 150,000",
"vatu", Bislama months), the Solomon Islands ("SI$12,000"), Mauritius ("Rs 45,000", "roupies",
French months), the Seychelles ("SR 15,000"), Madagascar ("4 500 000 Ar", "ariary", Malagasy
months), Mozambique ("65.000,00 MT", "meticais", Portuguese months), Angola ("Kz 900.000,00",
"kwanzas"), Cabo Verde ("100.000$00", the escudo's sign where the decimals go), Haiti ("G
130,000", "gourdes", Creole months), Guyana ("G$200,000"), Suriname ("SRD 35.000", "Sr$",
Dutch months), Barbados ("Bds$2,000"), The Gambia ("D65,000", "dalasi"), Sierra Leone ("Le
22,000", new leones) and Liberia ("L$190,000", American month-first dates).

Haiti's pages often add the fee in "dola ayisyen" (Haitian dollars of five gourdes, a unit of
account and no currency) beside the gourdes: the same fee in another unit, never a second
price, and a reader that takes it for a dollar price is wrong by far. Salaries in local money
and in US dollars or euros, the fee in dollars or euros "for reference only", VAT, TVA, IVA,
GST and BT lines, government and donor funding of part of the fee, registration and exam
fees, deposits, early-bird savings, Independence days, Carnival and Crop Over, the year-end
break, info sessions, deadlines, cohort ends and graduation are the non-facts. Amounts are
scaled to read like each country's fees (:func:`nineteenth_program`). Same contract as
:class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the nineteenth set's first
look; rules are tuned on it since, so the held-out voice is now :mod:`benchmarks.twentyfirst_voice`.
A development program redesigned into the nineteenth styles keeps its own code and sign, with
Barbados's lines. One module of about 650 lines because every sentence of the voice is drawn
from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The nineteenth set's countries, Mauritius, Madagascar and Haiti twice as often.
COUNTRIES = ("ws", "to", "vu", "sb", "mu", "mu", "sc", "mg", "mg", "mz", "ao", "cv", "ht",
             "ht", "gy", "sr", "bb", "gm", "sl", "lr")  # fmt: skip
CURRENCY = {"ws": "WST", "to": "TOP", "vu": "VUV", "sb": "SBD", "mu": "MUR", "sc": "SCR",
            "mg": "MGA", "mz": "MZN", "ao": "AOA", "cv": "CVE", "ht": "HTG", "gy": "GYD",
            "sr": "SRD", "bb": "BBD", "gm": "GMD", "sl": "SLE", "lr": "LRD"}  # fmt: skip
KINDS = {code: kind for kind, code in CURRENCY.items()}
#: Per currency, hundredths of a unit per unit of :func:`pagegen.make_program`'s fee.
SCALE = {"WST": 150, "TOP": 130, "VUV": 6_000, "SBD": 400, "MUR": 2_500, "SCR": 800,
         "MGA": 150_000, "MZN": 2_000, "AOA": 30_000, "CVE": 5_000, "HTG": 5_000,
         "GYD": 10_000, "SRD": 1_500, "BBD": 120, "GMD": 2_500, "SLE": 800,
         "LRD": 7_000}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"WST": 10, "TOP": 10, "VUV": 1_000, "SBD": 50, "MUR": 500, "SCR": 100,
        "MGA": 50_000, "MZN": 500, "AOA": 5_000, "CVE": 500, "HTG": 500, "GYD": 1_000,
        "SRD": 100, "BBD": 10, "GMD": 500, "SLE": 100, "LRD": 1_000}  # fmt: skip
#: A US dollar in each currency, for the reference price some pages add.
RATE = {"WST": 2.75, "TOP": 2.35, "VUV": 119.0, "SBD": 8.4, "MUR": 46.0, "SCR": 14.3,
        "MGA": 4_600.0, "MZN": 63.9, "AOA": 912.0, "CVE": 101.0, "HTG": 131.0,
        "GYD": 209.0, "SRD": 35.5, "BBD": 2.0, "GMD": 71.0, "SLE": 22.7,
        "LRD": 190.0}  # fmt: skip
#: The language a country's pages keep beside English, and its month names.
TONGUE = {"ws": "sm", "to": "to", "vu": "bi", "sb": "", "mu": "fr", "sc": "fr", "mg": "mg",
          "mz": "pt", "ao": "pt", "cv": "pt", "ht": "ht", "gy": "", "sr": "nl", "bb": "",
          "gm": "", "sl": "", "lr": ""}  # fmt: skip
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "mg": ("Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra",
           "Septambra", "Oktobra", "Novambra", "Desambra"),
    "sm": ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema",
           "Oketopa", "Novema", "Tesema"),
    "to": ("Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai", "ʻAokosi",
           "Sepitema", "ʻOkatopa", "Nōvema", "Tīsema"),
    "ht": ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
           "oktòb", "novanm", "desanm"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "bi": ("Januari", "Februari", "Maj", "Epril", "Mei", "Jun", "Julae", "Ogis", "Septemba",
           "Oktoba", "Novemba", "Disemba"),
}  # fmt: skip
CITY = {"ws": "Apia", "to": "Nukuʻalofa", "vu": "Port Vila", "sb": "Honiara",
        "mu": "Ebène", "sc": "Victoria", "mg": "Antananarivo", "mz": "Maputo", "ao": "Luanda",
        "cv": "Praia", "ht": "Port-au-Prince", "gy": "Georgetown", "sr": "Paramaribo",
        "bb": "Bridgetown", "gm": "Serrekunda", "sl": "Freetown", "lr": "Monrovia"}  # fmt: skip
LANGUAGE = {"ws": "Samoan", "to": "Tongan", "vu": "Bislama", "sb": "Pijin", "mu": "French",
            "sc": "Seychellois Creole", "mg": "Malagasy", "mz": "Portuguese",
            "ao": "Portuguese", "cv": "Portuguese", "ht": "Haitian Creole", "gy": "English",
            "sr": "Dutch", "bb": "English", "gm": "Wolof", "sl": "Krio",
            "lr": "English"}  # fmt: skip
NBSP = "\u00a0"
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "ws": ("Ltd · Apia", "+685 25 190", "Registered with the Samoa Qualifications Authority "
           "(SQA) as a post-school education provider.", "Faʻafetai L."),
    "to": ("Ltd · Nukuʻalofa", "+676 25 190", "Registered with the Tonga National "
           "Qualifications and Accreditation Board (TNQAB).", "Sione T."),
    "vu": ("Ltd · Port Vila", "+678 25 190", "Registered with the Vanuatu Qualifications "
           "Authority (VQA).", "Lina K."),
    "sb": ("Company No. 2019-00123 · Honiara", "+677 25 190", "Registered with the Solomon "
           "Islands Tertiary Education and Skills Authority (SITESA).", "John W."),
    "mu": ("Ltd · BRN C19012345 · Ebène", "+230 460 0190", "Registered with the Higher "
           "Education Commission and approved by the MQA.", "Priya R."),
    "sc": ("(Pty) Ltd · Victoria, Mahé", "+248 4 225 190", "Accredited by the Seychelles "
           "Qualifications Authority (SQA).", "Nadia E."),
    "mg": ("SARL · NIF 4001234567 · STAT 62011 11 2019 0 01234 · Antananarivo",
           "+261 34 05 501 90", "Agréé par le Ministère de l'Enseignement Technique et de la "
           "Formation Professionnelle.", "Fanja R."),
    "mz": ("Lda. · NUIT 400123456 · Maputo", "+258 84 550 1900", "Registado na ANEP "
           "(Autoridade Nacional de Educação Profissional).", "Célia M."),
    "ao": ("Lda. · NIF 5401234567 · Luanda", "+244 923 550 190", "Licenciado pelo INEFOP "
           "(Instituto Nacional de Emprego e Formação Profissional).", "Edson P."),
    "cv": ("Lda. · NIF 200123456 · Praia", "+238 260 0190", "Certificado pelo IEFP de Cabo "
           "Verde (certified training provider).", "Ana L."),
    "ht": ("S.A. · Port-au-Prince", "+509 2810 0190", "Autorisé par l'INFP (Institut National "
           "de Formation Professionnelle).", "Widelene J."),
    "gy": ("Inc. · Georgetown", "+592 225 0190", "Registered with the National Accreditation "
           "Council of Guyana (NAC).", "Devon S."),
    "sr": ("N.V. · KvK 12345 · Paramaribo", "+597 420 190", "Erkend door het Ministerie van "
           "Onderwijs, Wetenschap en Cultuur (recognised by the Ministry of Education).",
           "Rishi B."),
    "bb": ("Inc. · Bridgetown", "+1 246 430 0190", "Registered with the Barbados "
           "Accreditation Council (BAC).", "Keisha G."),
    "gm": ("Ltd · TIN 1001234 · Serrekunda", "+220 330 0190", "Accredited by the National "
           "Accreditation and Quality Assurance Authority (NAQAA).", "Fatou J."),
    "sl": ("Ltd · Freetown", "+232 76 550 190", "Accredited by the Tertiary Education "
           "Commission (TEC) of Sierra Leone.", "Mariama K."),
    "lr": ("Inc. · Monrovia", "+231 77 055 0190", "Accredited by the National Commission on "
           "Higher Education (NCHE).", "Emmanuel T."),
}  # fmt: skip
#: Per country: money that is not this course's fee (salary, pay in dollars or euros, funding
#: with its own share and date, the registration fee, an exam fee, how people pay) and tax.
MONEY = {
    "ws": ("Junior developers in Apia earn WS$25,000–40,000 a year.",
           "Graduates working remotely for New Zealand and Australian firms earn NZ$50,000+.",
           "The Samoa Qualifications Authority and MFAT-funded skills programmes cover up to 50% "
           "of the fee for selected learners; apply by 15/02/2025.",
           "Registration fee: WS$50 (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by bank transfer (ANZ, BSP), Digicel MoBS or in cash at the office.",
           "Prices include VAGST (15%)."),
    "to": ("Junior developers in Nukuʻalofa earn T$20,000–35,000 a year.",
           "Graduates working for New Zealand firms earn NZ$55,000 and up.",
           "Donor-funded TVET scholarships cover up to 60% of the fee for selected learners; "
           "apply by 15/02/2025.",
           "Registration fee: T$50 (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by bank transfer (ANZ, BSP, TDB), M-Paʻanga or in cash.",
           "Prices include consumption tax (CT 15%)."),
    "vu": ("Junior developers in Port Vila earn VT 120,000–200,000 a month.",
           "Remote roles for Australian firms pay our graduates A$3,000–5,000 a month.",
           "Australia Pacific Training Coalition and government scholarships cover up to 70% "
           "of the fee for ni-Vanuatu learners; apply by 15/02/2025.",
           "Registration fee: VT 5,000 (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by BRED, NBV or ANZ transfer, or Digicel Mobile Money.",
           "Prices include VAT (15%)."),
    "sb": ("Junior developers in Honiara earn SI$4,000–7,000 a month.",
           "Remote roles for Australian firms pay our graduates A$2,500–4,500 a month.",
           "SITESA and donor partners cover up to 50% of the fee for young jobseekers; apply by "
           "15/02/2025.",
           "Registration fee: SI$200 (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by BSP, ANZ or Bank South Pacific transfer, or Our Telekom mobile money.",
           "Prices include goods tax (10%)."),
    "mu": (f"Junior developers in Ebène earn Rs 30{NBSP}000–50{NBSP}000 a month (about "
           "€600–1,000).",
           "Remote roles for French firms pay our graduates €2,000–3,000 a month.",
           "The HRDC (Human Resource Development Council) refunds up to 75% of the fee to "
           "employers who sponsor staff; apply by 15/02/2025.",
           "Frais d'inscription / registration fee: Rs 1,500 (non-refundable).",
           "Optional certification exam: €150.",
           "Pay by Juice (MCB), my.t money, Blink or card; card instalments are a separate "
           "bank product.",
           "Prices include VAT (TVA 15%)."),
    "sc": ("Junior developers in Victoria earn SR 15,000–25,000 a month.",
           "Remote roles for European firms pay our graduates €1,800–3,000 a month.",
           "The Agency for National Human Resource Development and partners cover up to 60% of "
           "the fee for Seychellois jobseekers; apply by 15/02/2025.",
           "Registration fee: SR 500 (non-refundable).",
           "Optional certification exam: €150.",
           "Pay by MCB, Nouvobanq or SCB transfer, or by card at the office.",
           "Prices include VAT (15%)."),
    "mg": (f"Junior developers in Antananarivo earn 1{NBSP}000{NBSP}000–2{NBSP}000{NBSP}000 Ar "
           "a month (about €200–400).",
           "Remote roles for French firms pay our graduates €800–1,500 a month.",
           "Le FMFP (Fonds Malgache de Formation Professionnelle) prend en charge jusqu'à 50% "
           "des frais (covers up to 50% of the fee); apply by 15/02/2025.",
           f"Droits d'inscription / registration fee: 50{NBSP}000 Ar (non-refundable).",
           "Optional certification exam: €150.",
           "Paiement par MVola, Orange Money, Airtel Money ou virement (BNI, BOA).",
           "Prix TTC (TVA 20%)."),
    "mz": ("Junior developers in Maputo earn 30.000–60.000 MT a month (about US$470–940).",
           "Remote roles for Portuguese firms pay our graduates €1,200–2,000 a month.",
           "O INEFP e parceiros financiam até 60% do valor (cover up to 60% of the fee) para "
           "jovens desempregados; apply by 15/02/2025.",
           "Taxa de inscrição / registration fee: 1.500,00 MT (non-refundable).",
           "Optional certification exam: US$150.",
           "Pagamento por M-Pesa, e-Mola, mKesh ou transferência (BCI, Millennium bim).",
           "Preços com IVA incluído (16%)."),
    "ao": ("Junior developers in Luanda earn 300.000–600.000 Kz a month (about US$330–660).",
           "Remote roles for Portuguese firms pay our graduates €1,200–2,000 a month.",
           "O INEFOP e empresas parceiras financiam até 50% da propina (cover up to 50% of "
           "the fee); apply by 15/02/2025.",
           "Taxa de inscrição / registration fee: 15.000,00 Kz (non-refundable).",
           "Optional certification exam: US$150.",
           "Pagamento por Multicaixa Express, referência Multicaixa ou transferência (BAI, BFA).",
           "Preços com IVA incluído (14%)."),
    "cv": ("Junior developers in Praia earn 60.000$00–100.000$00 a month (about €540–900).",
           "Remote roles for Portuguese firms pay our graduates €1,200–2,000 a month.",
           "O IEFP e o programa Cabo Verde Digital financiam até 50% do valor (cover up to 50% "
           "of the fee); apply by 15/02/2025.",
           "Taxa de inscrição / registration fee: 2.000$00 (non-refundable).",
           "Optional certification exam: €150.",
           "Pagamento por vinti4, transferência (BCA, Caixa Económica) ou numerário.",
           "Preços com IVA incluído (15%)."),
    "ht": ("Junior developers in Port-au-Prince earn 60,000–120,000 gourdes a month (about "
           "US$460–920).",
           "Remote roles for American firms pay our graduates US$1,000–2,000 a month.",
           "Partner NGOs and diaspora-funded scholarships cover up to 70% of the fee for "
           "selected learners; apply by 15/02/2025.",
           "Frè enskripsyon / registration fee: 2,500 gourdes (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by MonCash, NatCash or transfer (Unibank, Sogebank); diaspora relatives can pay "
           "by Zelle.",
           "Prices include TCA (10%)."),
    "gy": ("Junior developers in Georgetown earn G$150,000–300,000 a month.",
           "Remote roles for American firms pay our graduates US$1,500–3,000 a month.",
           "The Board of Industrial Training and oil-sector partners cover up to 50% of the fee "
           "for young Guyanese; apply by 15/02/2025.",
           "Registration fee: G$5,000 (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by MMG, bank transfer (Republic Bank, GBTI) or cash at the office.",
           "Prices include VAT (14%)."),
    "sr": ("Junior developers in Paramaribo earn SRD 15.000–30.000 a month.",
           "Remote roles for Dutch firms pay our graduates €1,800–3,000 a month.",
           "Het SAO en partners vergoeden tot 50% van het cursusgeld (cover up to 50% of the "
           "fee) voor werkzoekenden; apply by 15/02/2025.",
           "Inschrijfgeld / registration fee: SRD 750 (non-refundable).",
           "Optional certification exam: €150.",
           "Betalen via Uni5Pay+, Mope of overschrijving (DSB, Hakrinbank).",
           "Prices include BBS (sales tax, 10%)."),
    "bb": ("Junior developers in Bridgetown earn Bds$3,500–6,000 a month.",
           "Remote roles for Canadian firms pay our graduates US$3,000–5,000 a month.",
           "The TVET Council and the Barbados Vocational Training Board cover up to 50% of the "
           "fee for Barbadians; apply by 15/02/2025.",
           "Registration fee: Bds$100 (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by card, mMoney or transfer (CIBC Caribbean, Republic Bank).",
           "Prices include VAT (17.5%)."),
    "gm": ("Junior developers in Serrekunda earn D15,000–30,000 a month.",
           "Remote roles for European firms pay our graduates €800–1,500 a month.",
           "The Youth Empowerment Project and EU-funded partners cover up to 60% of the fee for "
           "young Gambians; apply by 15/02/2025.",
           "Registration fee: D1,000 (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by Wave, Afrimoney, QMoney or transfer (Trust Bank, GTBank).",
           "Prices include VAT (15%)."),
    "sl": ("Junior developers in Freetown earn Le 5,000–10,000 a month.",
           "Remote roles for foreign firms pay our graduates US$600–1,200 a month.",
           "The Ministry of Technical and Higher Education and donor partners cover up to 50% "
           "of the fee for young jobseekers; apply by 15/02/2025.",
           "Registration fee: Le 300 (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by Orange Money, Afrimoney or transfer (Rokel, Ecobank).",
           "Prices include GST (15%)."),
    "lr": ("Junior developers in Monrovia earn US$300–600 a month (L$57,000–114,000).",
           "Remote roles for American firms pay our graduates US$1,000–2,000 a month.",
           "USAID-backed partners and the Ministry of Youth and Sports cover up to 50% of the "
           "fee for young Liberians; apply by 2/15/2025.",
           "Registration fee: L$2,000 or US$10 (non-refundable).",
           "Optional certification exam: US$150.",
           "Pay by Lonestar MTN MoMo, Orange Money or transfer (Ecobank, LBDI).",
           "Prices include GST (10%)."),
}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
HOLIDAY = {
    "ws": "No classes on Independence Day (1–2 June 2025), White Sunday (13 October 2025) or "
    "over the Teuila Festival week.",
    "to": "No classes on Emancipation Day (4 June 2025), the King's Birthday (4 July 2025) or "
    "Constitution Day (4 November).",
    "vu": "No classes on Independence Day (30 July 2025) or Unity Day (29 November).",
    "sb": "No classes over Independence Day (7 July 2025) or Christmas week.",
    "mu": "No classes on Thaipoosam Cavadee (11 February 2025), Maha Shivaratree (26 February "
    "2025) or National Day (12 March).",
    "sc": "No classes over Carnaval International de Victoria (25–27 April 2025) or on National "
    "Day (18 June).",
    "mg": "No classes over the Fête de l'Indépendance (26 June 2025) or the Martyrs' Day (29 "
    "March).",
    "mz": "No classes on Dia dos Heróis (3 February 2025), Dia da Mulher (7 April 2025) or "
    "Independence Day (25 June).",
    "ao": "No classes over Carnaval (4 March 2025), on Dia da Paz (4 April 2025) or on "
    "Independence Day (11 November).",
    "cv": "No classes over Carnaval (4 March 2025), on Dia da Independência (5 July 2025) or "
    "on Dia do Município da Praia (19 May).",
    "ht": "No classes over Kanaval (2–4 March 2025), on 1 January (Independence Day) or on "
    "Flag Day (18 May).",
    "gy": "No classes on Mashramani (23 February 2025), Phagwah (14 March 2025) or "
    "Emancipation Day (1 August).",
    "sr": "No classes on Holi Phagwa (14 March 2025), Keti Koti (1 July 2025) or "
    "Independence Day (25 November).",
    "bb": "No classes during Crop Over's Grand Kadooment (4 August 2025) or on Independence "
    "Day (30 November).",
    "gm": "No classes on Independence Day (18 February 2025) or over Koriteh (31 March 2025).",
    "sl": "No classes on Independence Day (27 April 2025) or over Eid al-Fitr (31 March 2025).",
    "lr": "No classes on Armed Forces Day (11 February 2025), Independence Day (26 July 2025) "
    "or Thanksgiving (6 November).",
}
#: A cohort's name per country: "{n}" is the cohort's number.
COHORT = {"ws": "Cohort {n}", "to": "Cohort {n}", "vu": "Cohort {n}", "sb": "Intake {n}",
          "mu": "Promo {n}", "sc": "Cohort {n}", "mg": "Promotion {n}", "mz": "Turma {n}",
          "ao": "Turma {n}", "cv": "Turma {n}", "ht": "Pwomosyon {n}", "gy": "Cohort {n}",
          "sr": "Groep {n}", "bb": "Cohort {n}", "gm": "Cohort {n}", "sl": "Batch {n}",
          "lr": "Class {n}"}  # fmt: skip
#: Local words for "starts", per language.
STARTS = {"fr": "début le", "pt": "início a", "mg": "manomboka ny", "sm": "amata i le",
          "to": "kamata ʻi he", "ht": "kòmanse", "nl": "start op", "bi": "stat long"}  # fmt: skip
#: The year-end break after this year's cohorts.
YEAR_END = (date(2025, 12, 20), date(2026, 1, 5))


def country(seed: int) -> str:
    """The country a nineteenth-set program of ``seed`` is from."""
    return random.Random(seed * 2204 + 97).choice(COUNTRIES)


def nineteenth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives the
    same program): fees scaled to each country's, monthly payments over 3 to 12 months."""
    p = make_program(seed)
    r = random.Random(seed * 1237 + 61)
    currency = CURRENCY[country(seed)]
    upfront = p.upfront * SCALE[currency] // 100
    months = r.choice([3, 4, 5, 6, 10, 12])
    step = STEP[currency]
    monthly = max(step, round(upfront / months / step) * step) if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency] // 100) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def spaced(amount: int, space: str = NBSP) -> str:
    """Thousands grouped by spaces, as French-speaking pages write them."""
    return f"{amount:,}".replace(",", space)


def dotted(amount: int) -> str:
    """Thousands grouped by dots, as Portuguese- and Dutch-speaking pages write them."""
    return f"{amount:,}".replace(",", ".")


def end(text: str) -> str:
    """A sentence's full stop, unless one ends it already."""
    return text if text.endswith(".") else f"{text}."


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st."""
    tail = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


class NineteenthVoice(Kit):
    """The facts of ``kit``'s program in a nineteenth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 7027 + 41)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 21)
        self.intake = r.randrange(2, 40)  # the number of the next cohort
        self.own = KINDS.get(kit.p.currency)
        self.kind = self.own or "bb"

    @property
    def native(self) -> bool:
        """Whether the program's currency is this country's (a development program's is not)."""
        return self.own is not None

    @property
    def tongue(self) -> str:
        return TONGUE[self.kind]

    @property
    def lang(self) -> str:
        return {"ws": "en-WS", "to": "en-TO", "vu": "en-VU", "sb": "en-SB", "mu": "en-MU",
                "sc": "en-SC", "mg": "fr-MG", "mz": "pt-MZ", "ao": "pt-AO", "cv": "pt-CV",
                "ht": "fr-HT", "gy": "en-GY", "sr": "nl-SR", "bb": "en-BB", "gm": "en-GM",
                "sl": "en-SL", "lr": "en-LR"}[self.kind]  # fmt: skip

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
        forms = {
            "ws": (f"WS${g}", f"WST {g}.00", f"WST {g}", f"{g} tālā"),
            "to": (f"T${g}", f"TOP {g}.00", f"TOP {g}", f"{g} paʻanga"),
            "vu": (f"VT {g}", f"{g} VT", f"VUV {g}", f"{g} vatu"),
            "sb": (f"SI${g}", f"SBD {g}.00", f"SBD {g}", f"SI$ {g}"),
            "mu": (f"Rs {g}", f"Rs {s},00", f"MUR {g}", f"{s} roupies"),
            "sc": (f"SR {g}", f"SCR {g}.00", f"SCR {g}", f"{g} rupees"),
            "mg": (f"{s} Ar", f"{s},00 MGA", f"MGA {g}", f"{s} ariary"),
            "mz": (f"{d},00 MT", f"MT {d},00", f"MZN {g}", f"{d} meticais"),
            "ao": (f"Kz {d},00", f"{d},00 Kz", f"AOA {g}", f"{d} kwanzas"),
            "cv": (f"{d}$00", f"{d}$00 CVE", f"CVE {g}", f"{d} escudos"),
            "ht": (f"G {g}", f"HTG {g}.00", f"HTG {g}", f"{g} gourdes"),
            "gy": (f"G${g}", f"GYD {g}.00", f"GYD {g}", f"G$ {g}"),
            "sr": (f"SRD {d}", f"Sr$ {d},00", f"SRD {g}", f"{d} SRD"),
            "bb": (f"Bds${g}", f"BBD {g}.00", f"BBD {g}", f"Bds$ {g}"),
            "gm": (f"D{g}", f"GMD {g}.00", f"GMD {g}", f"{g} dalasi"),
            "sl": (f"Le {g}", f"SLE {g}.00", f"SLE {g}", f"{g} leones"),
            "lr": (f"L${g}", f"LRD {g}.00", f"LRD {g}", f"{g} Liberian dollars"),
        }  # fmt: skip
        return forms[self.kind][form]

    def dola(self, gourdes: int) -> str:
        """Gourdes in the Haitian dollar of account, five gourdes each."""
        return f"{gourdes // 5:,} dola ayisyen"

    def local(self, d: date) -> str:
        """A date in English words, day first (month first in Liberia)."""
        if self.kind == "lr":
            return f"{d:%B} {d.day}, {d.year}"
        return f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday in English."""
        if self.kind in ("gm", "sl", "gy", "bb"):
            return f"{d:%A} {ordinal(d.day)} {d:%B} {d.year}"
        return f"{d:%A}, {self.local(d)}"

    def numeric(self, d: date) -> str:
        """A date in figures: "15/03/2025", "15-03-2025" or Liberia's "3/15/2025"."""
        if self.kind == "lr":
            return f"{d.month}/{d.day}/{d.year}"
        if self.kind == "sr":
            return f"{d:%d-%m-%Y}"
        return f"{d:%d/%m/%Y}"

    def native_day(self, d: date) -> str:
        """A date in the country's own words: "15 mars 2025", "15 de março de 2025", "15
        Martsa 2025", "15 Maʻasi 2025", "15 maart 2025"; English where English is all."""
        t = self.tongue
        if not t:
            return self.long(d)
        month = MONTHS[t][d.month - 1]
        if t == "pt":
            return f"{d.day} de {month} de {d.year}"
        if t == "fr" and d.day == 1:
            return f"1er {month} {d.year}"
        return f"{d.day} {month} {d.year}"

    def cohort_name(self, i: int, d: date) -> str:
        return f"{COHORT[self.kind].format(n=self.intake + i)} ({d:%b} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name, fig, own = self.cohort_name(i, d), self.numeric(d), self.native_day(d)
        if self.tongue:
            return f"{name}: {STARTS[self.tongue]} {own} · starts {self.long(d)}"
        return f"{name}: starts {self.long(d)} ({fig})"

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def weeks_own(self, w: int) -> str:
        """The weeks in the country's own words."""
        words = {"fr": "semaines", "pt": "semanas", "sm": "vaiaso", "to": "uike", "ht": "semèn",
                 "nl": "weken", "bi": "wik"}  # fmt: skip
        word = words.get(self.tongue)
        if self.tongue == "mg":
            return f"herinandro {w}"
        return f"{w} {word}" if word else f"{w} weeks of study"

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        pace = "full-time" if self.p.hours[0] >= 35 else "part-time, evenings and Saturdays"
        extra = f" · {total} hours of training in all" if total else ""
        return f"Duration: {w} weeks ({self.weeks_own(w)}) · {pace} · {h} hours a week{extra}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The school's own payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly, 1), self.months()
        t = self.tongue
        if t == "fr":
            return f"Paiement échelonné : {n} mensualités de {m} ({m} a month for {n} months)"
        if t == "pt":
            return f"Pagamento em {n} prestações mensais de {m} ({m} a month for {n} months)"
        if t == "nl":
            return f"Betalen in termijnen: {n} x {m} per maand ({m} a month for {n} months)"
        if t == "ht":
            return f"Peye an vèsman: {n} vèsman chak mwa de {m} ({m} a month for {n} months)"
        return f"Payment plan: {n} monthly instalments of {m} ({m} a month, interest-free)"

    def fee_line(self) -> str:
        """The fee with what the country writes beside it."""
        m = self.money(self.p.upfront)
        if not self.native:
            return f"Tuition: {m}"
        label = {"fr": "Frais de formation (tuition)", "pt": "Propina (tuition)",
                 "mg": "Saram-pianarana (tuition)", "sm": "Totogi aʻoga (tuition)",
                 "to": "Totongi ako (tuition)", "ht": "Frè etid (tuition)",
                 "nl": "Cursusgeld (tuition)", "bi": "Skul fi (tuition)"}.get(
            self.tongue, "Programme fee (tuition)")  # fmt: skip
        line = f"{label}: {m} · {self.money(self.p.upfront, 2)}"
        if self.kind == "ht":
            line += f" ({self.dola(self.p.upfront)})"
        return line

    def hero(self) -> str:
        """The hero's price line, as a landing page puts it."""
        if self.native and self.kind == "to":
            return f"TOP value: the full programme for {self.money(self.p.upfront, 3)}"
        if self.native and self.kind == "ht":
            return (f"Tout pwogram nan: {self.money(self.p.upfront, 3)} "
                    f"({self.dola(self.p.upfront)})")  # fmt: skip
        if self.native and self.tongue in ("fr", "mg"):
            return f"Le programme complet : {self.money(self.p.upfront, 3)}"
        if self.native and self.tongue == "pt":
            return f"Investimento total: {self.money(self.p.upfront, 3)}"
        return f"The full programme: {self.money(self.p.upfront, 3)}"

    def terms(self, g: Guarantee) -> str:
        w, win, share = self.p.wording, g.window, g.share
        gloss = {"fr": "garantie d'emploi", "pt": "garantia de emprego", "mg": "garantie "
                 "d'emploi", "sm": "faʻamaonia galuega", "to": "fakapapauʻi ngāue",
                 "ht": "garanti travay", "nl": "baangarantie",
                 "bi": "garanti blong wok"}.get(self.tongue, "job guarantee")  # fmt: skip
        if g.kind == "job_guarantee":
            if w:
                return (f"Job guarantee ({gloss}): with no job offer {win} months after you "
                        f"graduate, {share}% of the tuition is paid back to you, provided you "
                        "complete every project and apply to five roles each week.")  # fmt: skip
            return (f"Job guarantee ({gloss}): if you have no job offer within {win} months of "
                    f"graduating, we refund {share}% of the tuition. You must complete all "
                    "projects and apply to at least five roles a week.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Money-back guarantee: treat the first {win} days of classes as a "
                        "trial; leave within them and everything you paid comes back.")  # fmt: skip
            return (f"Money-back guarantee: attend for {win} days from the first class, and if "
                    "the course is not for you, withdraw and get a full refund.")  # fmt: skip
        if w:
            return (f"Refund policy: leave within the first {win} weeks and {share}% of the "
                    "tuition is returned to you; nothing is refunded after that.")  # fmt: skip
        return (f"Refund policy: withdraw within the first {win} weeks and we refund {share}% of "
                "the tuition; no refunds are made after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (f"Income Share Agreement (study now, pay when hired): once you earn at least "
                f"{self.money(floor)} a year, pay {pct}% of your monthly salary for {months} "
                "months.")  # fmt: skip

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: in figures, or in the country's own words."""
        return self.native_day(d) if form != "long" else self.numeric(d)

    def schedule(self) -> str:
        return ("Classes Monday to Thursday, 17:30–20:30 local time; Saturday labs from 9:00 "
                "(online for the outer islands and provinces).")  # fmt: skip

    def year_end(self) -> str:
        a, b = YEAR_END
        return f"Year-end break: {self.numeric(a)} – {self.numeric(b)}; classes resume after it."

    def reference(self) -> str:
        """The fee in dollars or euros for reference, as many of these pages add under it."""
        if not self.native:
            return (f"Fees are charged in {self.p.currency}; card payments in other currencies "
                    "at your bank's rate.")  # fmt: skip
        rate = RATE[self.p.currency]
        if self.tongue in ("fr", "pt", "mg", "nl") and self.kind not in ("mz", "ao"):
            eur = round(self.p.upfront / rate / 1.08 / 10) * 10
            return (f"≈ €{eur:,} at today's rate, for reference only; you are billed in "
                    f"{self.p.currency}.")  # fmt: skip
        usd = round(self.p.upfront / rate / 10) * 10
        return (f"≈ US${usd:,} at today's rate, for reference only; you are billed in "
                f"{self.p.currency}.")  # fmt: skip

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a nineteenth set of words."""
        p, first, last, m = self.p, self.p.starts[0], self.p.ends()[0], self.money
        salary, abroad, funding, fee, exam, pay, tax = MONEY[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        day, close, s = self.when, self.deadline(), self.scale
        apply = {"fr": "S'inscrire", "pt": "Inscreva-se", "mg": "Misoratra anarana",
                 "sm": "Lesitala", "to": "Lesisita", "ht": "Enskri", "nl": "Inschrijven",
                 "bi": "Rejista"}.get(self.tongue, "Register")  # fmt: skip
        return {
            "salary": salary,
            "abroad": abroad,
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
            "deposit": f"Secure your place with a deposit of {m(round(100 * s))}, deducted from "
            "the fee.",
            "scholarship": f"Merit scholarships of up to {m(round(1_000 * s))} for the best "
            "entry-test results.",
            "early": end(
                f"Early bird: save {m(round(500 * s))} when you enrol before "
                f"{day(close - timedelta(days=10))}"
            ),
            "deadline": end(f"Applications close {day(close)}"),
            "info": f"Free online info session: {day(TODAY + timedelta(days=8), 'words')}, 18:00.",
            "open_house": f"Open day at our {self.city} campus: "
            f"{self.long(TODAY + timedelta(days=10))}, 10:00–14:00.",
            "prep": end(
                "The free pre-course (HTML, CSS and JavaScript basics) opens "
                f"{day(first - timedelta(days=21), 'words')}"
            ),
            "welcome": end(f"Welcome day: {day(first - timedelta(days=2))}"),
            "ends": end(f"The cohort ends with demo day on {day(last)}"),
            "graduation": end(f"Graduation and certificates: {day(last + timedelta(days=7))}"),
            "outcome": "78% of our 2024 graduates were working in tech within 6 months.",
            "support": "Career coaching for 6 months after graduation.",
            "post": f"Published {day(date(2024, 11, 12))} by the admissions team",
            "updated": f"Last updated {day(date(2025, 1, 6))}",
            "testimonial": f"“I got my first remote contract before graduation.” — {name}, 2024 "
            "graduate",
            "tagline": f"The top coding school in {self.city}. Classes in English and "
            f"{LANGUAGE[self.kind]}.",
            "button": f"{apply} / Apply now",
            "phone": f"WhatsApp {phone} (Mon–Fri 8:30–16:30).",
            "copyright": f"© {TODAY.year} {p.camp} Academy {company}. All rights reserved.",
        }
