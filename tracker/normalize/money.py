"""Money in text: the one vocabulary of currency signs, codes and words, and how one amount
is read.

Prices (tracker.normalize.prices), income-share floors (tracker.normalize.income_share),
evidence counts, topic tests and the audit's claims all ask the same questions here: is
there a currency in this text, which ISO 4217 code does a sign mean on this page, what is
the amount of this span. price-parser reads the number and the sign; these patterns only
say where an amount can be. It is one module of about 300 lines because those answers share
one vocabulary: a sign added for one question must be seen by all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from price_parser import Price

from tracker.normalize import anchors

#: Every circulating ISO 4217 code, so a page in any country names its currency by code;
#: but not the codes that are English words or abbreviations in capitals ("TOP 10", "ALL 3
#: COURSES", "CUP", "MOP", "SOS", "BOB", "CVE-2024", "BTN"). Albania's "ALL" is a sign of
#: its own (:data:`CUR`).
CODES = frozenset(
    "AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BRL BSD BWP BYN BZD "
    "CAD CDF CHF CLP CNY COP CRC CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP "
    "GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW "
    "KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR "
    "MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD "
    "SCR SDG SEK SGD SHP SLE SLL SRD SSP STN SVC SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH "
    "UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL".split()
)
#: Local abbreviations written where a code would be: "NIS 24,000", "95.000 TL".
CODE_WORDS = {"NIS": "ILS", "TL": "TRY", "RMB": "CNY"}
DOLLARS = frozenset(
    {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD", "NAD", "JMD", "TTD", "FJD"}
)
#: Pesos written with the dollar's "$": "$ 1.250.000" in Buenos Aires, Bogotá or Santiago.
PESOS = frozenset({"ARS", "COP", "CLP", "UYU", "MXN", "DOP"})
#: The kwacha of Zambia and of Malawi and Papua New Guinea's kina, all written "K".
KWACHA_KINA = frozenset({"ZMW", "MWK", "PGK"})
#: "Rs." in India, Pakistan, Sri Lanka and Nepal, and in Mauritius and the Seychelles
RUPEES = frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"})
KRONOR = frozenset({"SEK", "NOK", "DKK", "ISK"})
_DIRHAMS = frozenset({"AED", "MAD"})
_CFA_FRANCS = frozenset({"XOF", "XAF"})  # West and Central Africa's "FCFA"
_YUAN = frozenset({"CNY", "TWD", "HKD"})  # "元" is the unit of all three
#: The Arab world's dinars and rials, named alike: "dinars", "riyal", "ريال".
DINARS = frozenset({"JOD", "KWD", "BHD", "IQD", "TND", "DZD", "LYD", "RSD"})
#: The leu of Romania and of Moldova ("lei"); the rouble of Russia and of Belarus ("руб.");
#: the "Br" of Ethiopia's birr and of the Belarusian rouble.
LEI = frozenset({"RON", "MDL"})
ROUBLES = frozenset({"RUB", "BYN"})
BR_CURRENCIES = frozenset({"ETB", "BYN"})
RIALS = frozenset({"SAR", "QAR", "OMR", "YER", "IRR"})
#: Canada's "C$" is Nicaragua's córdoba too; Azerbaijan's and Turkmenistan's manat; the
#: "L" of Albania's lek and of Honduras's lempira; "Bs." of Bolivia and Venezuela.
C_DOLLAR = frozenset({"CAD", "NIO"})
MANATS = frozenset({"AZN", "TMT"})
L_SIGN = frozenset({"ALL", "HNL"})
BOLIVARES = frozenset({"BOB", "VES"})
#: The dinars and rials with three decimal places (fils, baisa, millimes): "KD 450.000" is
#: four hundred and fifty dinars.
THREE_PLACES = frozenset({"JOD", "KWD", "BHD", "OMR", "TND", "LYD"})
_FIXED = {
    "us$": "USD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD",
    "s$": "SGD", "hk$": "HKD", "mx$": "MXN", "r$": "BRL", "€": "EUR", "euro": "EUR",
    "euros": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "₹": "INR", "zł": "PLN",
    "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", "円": "JPY", "fr": "CHF", "ksh": "KES",
    "kshs": "KES", "php": "PHP", "r": "ZAR",
    "n": "NGN", "rp": "IDR", "rm": "MYR", "₫": "VND", "đ": "VND", "vnđ": "VND", "đồng": "VND",
    "฿": "THB", "บาท": "THB", "baht": "THB", "nt$": "TWD", "cn¥": "CNY", "kč": "CZK",
    "ft": "HUF", "forint": "HUF", "грн": "UAH", "₴": "UAH", "лв": "BGN",
    "лева": "BGN", "₩": "KRW", "원": "KRW", "$u": "UYU", "s/": "PEN", "৳": "BDT", "tk": "BDT",
    "ج.م": "EGP", "e£": "EGP", "le": "EGP", "l.e": "EGP", "ar$": "ARS", "col$": "COP",
    "₸": "KZT", "тг": "KZT", "₾": "GEL", "ლარი": "GEL", "֏": "AMD", "դրամ": "AMD", "₼": "AZN",
    "so'm": "UZS", "сум": "UZS", "₮": "MNT", "төгрөг": "MNT", "gh₵": "GHS",
    "gh¢": "GHS", "birr": "ETB", "tsh": "TZS", "ush": "UGX", "shs": "UGX",
    "frw": "RWF", "n$": "NAD", "rd$": "DOP", "j$": "JMD", "tt$": "TTD", "fj$": "FJD",
    # and the other dollars named by a prefix: Liberia's, Tonga's pa'anga, Samoa's tālā,
    # the Solomons', Guyana's, Suriname's, Barbados's; Mozambique's metical after the amount
    "l$": "LRD", "t$": "TOP", "ws$": "WST", "si$": "SBD", "g$": "GYD", "sr$": "SRD",
    "bds$": "BBD", "mt": "MZN", "meticais": "MZN", "pa'anga": "TOP", "paʻanga": "TOP",
    "p": "BWP", "pula": "BWP", "q": "GTQ", "quetzal": "GTQ", "quetzales": "GTQ", "₡": "CRC",
    "colón": "CRC", "colones": "CRC", "mk": "MWK", "kina": "PGK",
    # the Arab world's letters, before the amount ("JD 1,250", "KD 450", "BD 380.500",
    # "RO 420", "QR 9,500") or after it ("45 000 DA", "1 250,000 DT", "150,000,000 L.L."),
    # and its Arabic signs after the amount ("1,250 د.أ")
    "jd": "JOD", "kd": "KWD", "bd": "BHD", "ro": "OMR", "qr": "QAR", "l.l": "LBP",
    "dt": "TND", "da": "DZD", "د.أ": "JOD", "د.ا": "JOD", "د.ك": "KWD", "د.ب": "BHD",
    "ر.ع": "OMR", "ر.ق": "QAR", "ل.ل": "LBP", "د.ع": "IQD", "د.ت": "TND", "د.ج": "DZD",
    "ر.س": "SAR", "د.إ": "AED", "د.ل": "LYD",
    # the Balkans' and Russia's: "48.000 din.", "дин.", "ден.", "1.250 KM", "120 000 Lekë",
    # "ALL 120,000", "90 000 ₽"
    "ден": "MKD", "денари": "MKD", "денара": "MKD", "den": "MKD", "km": "BAM", "км": "BAM",
    "lekë": "ALL", "leke": "ALL", "lek": "ALL", "all": "ALL", "₽": "RUB", "eura": "EUR",
    # Central and South Asia's, and the Americas' still unnamed: "45 000 сом", "смн",
    # "сомонӣ", "؋12,000", "Ks", "៛", "₭", "Rf", "Nu.", "₲", "Gs.", "guaraníes", "lempiras"
    "сом": "KGS", "som": "KGS", "смн": "TJS", "сомонӣ": "TJS", "somoni": "TJS", "؋": "AFN",
    "afghanis": "AFN", "afghani": "AFN", "ks": "MMK", "kyat": "MMK", "៛": "KHR",
    "riel": "KHR", "₭": "LAK", "kip": "LAK", "rf": "MVR", "nu": "BTN", "₲": "PYG",
    "gs": "PYG", "guaraníes": "PYG", "guaranies": "PYG", "bolivianos": "BOB",
    "lempiras": "HNL", "córdobas": "NIO", "cordobas": "NIO", "bob": "BOB", "btn": "BTN",
    "top": "TOP",
    "toman": "IRR", "تومان": "IRR",
}  # fmt: skip
# Symbols shared by several currencies: the page's hint decides, else the commonest one.
_AMBIGUOUS = {
    "$": (DOLLARS | PESOS, "USD"), "dollar": (DOLLARS, "USD"), "dollars": (DOLLARS, "USD"),
    "rs": (RUPEES, "INR"), "rupee": (RUPEES, "INR"), "rupees": (RUPEES, "INR"),
    "kr": (KRONOR, "SEK"),
    "¥": (frozenset({"JPY", "CNY"}), "JPY"), "元": (_YUAN, "CNY"),
    ":-": (KRONOR, "SEK"),  # Swedish whole kronor: "45 000:-"
    # Morocco writes "35 000 DH", the Emirates "Dhs 18,500"; both say "dirhams"
    "dh": (_DIRHAMS, "MAD"), "dhs": (_DIRHAMS, "AED"), "dirham": (_DIRHAMS, "AED"),
    "dirhams": (_DIRHAMS, "AED"),
    "fcfa": (_CFA_FRANCS, "XOF"), "f cfa": (_CFA_FRANCS, "XOF"),
    "cfa": (_CFA_FRANCS, "XOF"),  # as price-parser reads "F CFA"; CUR never matches it alone
    "k": (KWACHA_KINA, "ZMW"), "kwacha": (frozenset({"ZMW", "MWK"}), "ZMW"),
    "pesos": (PESOS, "MXN"),
    "dinar": (DINARS, "JOD"), "dinars": (DINARS, "JOD"), "دينار": (DINARS, "JOD"),
    "riyal": (RIALS, "SAR"), "riyals": (RIALS, "SAR"), "rial": (RIALS, "OMR"),
    "rials": (RIALS, "OMR"), "ريال": (RIALS, "SAR"),
    "din": (DINARS, "RSD"), "dinara": (DINARS, "RSD"), "дин": (DINARS, "RSD"),
    "динара": (DINARS, "RSD"), "динар": (DINARS, "RSD"),
    "lei": (LEI, "RON"), "руб": (ROUBLES, "RUB"), "рублей": (ROUBLES, "RUB"),
    "br": (BR_CURRENCIES, "ETB"),
    "c$": (C_DOLLAR, "CAD"), "manat": (MANATS, "AZN"), "манат": (MANATS, "AZN"),
    "l": (L_SIGN, "ALL"), "bs": (BOLIVARES, "BOB"),
}  # fmt: skip
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24,
}  # fmt: skip

#: Every currency sign bootwatch knows; the ones written after their number; the ones only
#: after it ("지원" is "apply" and holds the won's "원", so "지원 50명" is no ₩50).
_POST_ONLY_SIGNS = "元원"
SIGNS = "$€£₹¥₺₦₱₪円₫฿₩₴৳₸₾֏₼₮₵₡₽؋៛₭₲" + _POST_ONLY_SIGNS
POST_SIGNS = "€£₹円₫₴৳₸₾֏₼₮₡₽៛₭" + _POST_ONLY_SIGNS
_PRE_SIGNS = "".join(sign for sign in SIGNS[1:] if sign not in _POST_ONLY_SIGNS)  # not "$"
_ISO = r"\b(?-i:" + "|".join(sorted(CODES | set(CODE_WORDS))) + r")\b"  # capitals: not "try 5"
#: The rand's "R", the naira's plain "N", the pula's "P", the quetzal's "Q", the "K" of
#: kwacha and kina and the lempira's "L" ("R62 500", "N787,500", "P 18,500", "K850,000",
#: "L 25,000"), and the codes that are English words in capitals (Albania's "ALL",
#: Bolivia's "BOB", Bhutan's "BTN", Tonga's "TOP"), only before grouped thousands or with cents
#: ("Q700.00"), so "R2-D2", "N95", "Q4 2025", "ALL 3 COURSES" and room "R101" are no money.
_LETTER_SIGN = (
    r"\b(?-i:[RNPQKL]|ALL|BOB|BTN|TOP)"
    r"(?=\s?(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:[.,]\d\d)?|\d{2,3}\.\d\d)(?![\d,.]\d))"
)
#: The prefixes that name a country's dollar or peso before "$": "NZ$", "RD$", "Bds$".
_DOLLAR_PREFIXES = r"US|CA|C|AU|A|NZ|S|HK|MX|NT|AR|COL|RD|N|J|TT|FJ|L|T|WS|SI|G|Sr|Bds"
CUR = (
    # a code before the "$" says which dollar or peso it is: "MXN $79,200"; Brazil's "R$"
    # (the code a word of its own: "Tuition$9,900", glued by CSS, is no Namibian "N$")
    rf"(?:(?:{_ISO}\s?)?(?:\b(?:{_DOLLAR_PREFIXES}|R))?\$(?:(?-i:U)(?=\s?\d))?|(?-i:CN)?¥"
    rf"|(?-i:E)?£|[{_PRE_SIGNS}]|zł|{_ISO}"
    rf"|\b(?:rs|kr|kshs?)(?![a-z])\.?|\b(?-i:Php)\b\.?|{_LETTER_SIGN}"
    # the rupiah's "Rp", the ringgit's "RM" and a dirham's "Dhs", before a number only (two
    # digits or more after "RM", or grouped thousands: "RM 5" is more often a room than five
    # ringgit, "RM7,700" is ringgit)
    r"|\b(?-i:Rp|Dhs?|Tk|Br|TSh|Tsh|USh|Shs|MK)(?=\.?\s?\d)|\b(?-i:RM)(?=\s?\d(?:\d|[,.]\d{3}))"
    # the Arab world's letter signs, in capitals and before a number only: "JD 1,250", and
    # the Maldives', Bhutan's, Paraguay's and Bolivia's: "Rf 18,000", "Nu. 45,000", "Gs.
    # 5.700.000", "Bs. 12.500"
    r"|\b(?-i:JD|KD|BD|RO|QR)(?=\s?\d)|\b(?-i:Rf|Nu|Gs|Bs)\.?(?=\s?\d)"
    # Ghana's cedi: "GH₵ 8,500", "GH¢8,500"
    r"|\b(?-i:GH)[₵¢]"
    # Peru's sol: "S/ 4,500", "S/. 4,500"
    r"|\b(?-i:S)/\.?(?=\s?\d))"
)
# "$" after its number too, as Canadian French writes it ("6 400 $"), but not the "$" of
# the next amount ("$500 $600"); and Cabo Verde's cifrão between escudos and centavos
# ("375.000$00").
POST_CUR = (
    rf"(?:[{POST_SIGNS}]|\$(?!\s?\d)|(?<=\d)\$\d\d(?!\d)|zł|{_ISO}"
    r"|\b(?:euros?|dollars?|pounds?|rupees?|kr)\b"
    r"|:-(?![\d-])|\b(?-i:DH|Dhs|F\s?CFA|VNĐ|Kč|Ft)(?!\w)|(?:dirhams?|baht|đồng|đ|บาท)(?!\w)"
    r"|\b(?:lei|forint|грн|лв\.?|лева)(?!\w)|(?<!\w)ج\.\s?م(?!\w)"
    # Egypt's "24,800 LE", in capitals only
    r"|\b(?-i:LE\b|L\.E\.)"
    # and the tenge's "тг", the lari's "ლარი", the dram's "դրամ", "manat", "so'm", "сум",
    # "төгрөг", "birr", Rwanda's "FRw"
    r"|(?<!\w)(?:тг|ლარი|դրամ|manat|so'm|сум|төгрөг|birr|FRw|Frw)(?!\w)"
    # and "pula", "kwacha", "kina", "quetzales", "colones" and "pesos"
    r"|\b(?:pula|kwacha|kina|quetzal(?:es)?|col[oó]n(?:es)?|pesos)\b"
    # and dinars and rials, the Maghreb's "DT" and "DA" (in capitals), Lebanon's "L.L.", and
    # the Arabic signs: "د.أ", "د.ك", "ر.ع.", "ل.ل."
    r"|\b(?:dinars?|riyals?|rials?)\b|(?<!\w)(?:دينار|ريال)|\b(?-i:DT|DA)(?!\w)|\b(?-i:L\.L)\.?"
    r"|(?<!\w)(?:د\.\s?[أاكبعتجإل]|ر\.\s?[عقس]|ل\.\s?ل)\.?(?!\w)"
    # and the Balkans', Moldova's, Belarus's and Russia's, after the amount: "48.000 din.",
    # "dinara", "дин.", "ден.", "денари", "1.250 KM" (after three digits or cents: "10 KM" is
    # a distance), "Lekë" and after cents "L" ("99 500,00 L"), "lei", "4 200 Br", "руб.",
    # "рублей", "eura"
    r"|\b(?:din\.|dinara|den\.|lek[eë]?|eura)(?!\w)|(?<!\w)(?:дин\.|динара|динар|ден\.|денари"
    r"|денара|руб\.?|рублей)(?!\w)|(?:(?<=\d{3})|(?<=[,.]\d\d))\s?(?-i:KM|КМ)(?!\w)"
    r"|(?<=\d{3}[,.]\d\d)\s?(?-i:L)(?!\w)|(?<=\d)\s?(?-i:Br|Ks|MT)(?!\w)"
    # and "сом", "смн", "сомонӣ", "somoni", "manat", "манат", "afghanis", "kyat", "riel",
    # "kip", "guaraníes", "bolivianos", "lempiras", "córdobas", and tomans (of ten rials)
    r"|(?<!\w)(?:сом|смн|сомонӣ|манат|تومان)(?!\w)|\b(?:som|somoni|manat|afghanis?|kyat|riel"
    r"|kip|guaran[ií]es|bolivianos|lempiras|c[oó]rdobas|toman|meticais)\b)"
)
# Thousands grouped by comma, dot, (thin, no-break) space or a Swiss apostrophe ("17'690"),
# Indian lakhs, or bare digits;
# then cents; never starting or ending inside a longer number ("1,92", half of "2023");
# then a multiple: "$12.5k", "₹1.9 Lakh", "₹2 crore", "1,99 millió Ft", "990만 원", "12 萬元".
NUM = (
    r"(?<!\d)(?<!\d[.,])(?:\d{1,3}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.\u00a0\u202f '’]\d{3})+|\d+)"
    r"(?:[.,]\d{1,2})?(?![.,]?\d)(?:\s?k\b|\s(?:lakhs?|lacs?|crores?|millions?|millió|juta|triệu)\b"
    r"|\s(?:millones|millón|mln|сая|тыс\.)(?!\w)|(?-i:M)\b|\s?[万萬만]"
    # Spanish thousands before the currency's name: "850 mil colones" ("$5 mil" may be
    # an American five million, so only before a name)
    r"|\smil(?=\s(?:colones|pesos|quetzales|d[oó]lares|soles|lempiras|c[oó]rdobas)\b))?"
)
#: Multiples written after the number: "₹1.9 Lakh" is ₹190,000, "Rp 25 juta" (Indonesian),
#: "35 triệu" (Vietnamese) and "1,99 millió" (Hungarian) are millions, and Chinese and
#: Korean count in ten thousands ("1.98万元" is ¥19,800, "990만 원" is ₩9,900,000).
_MULTIPLES = {"k": 1_000, "lakh": 100_000, "lac": 100_000, "crore": 10_000_000,
              "million": 1_000_000, "millió": 1_000_000, "millones": 1_000_000,
              "millón": 1_000_000, "mln": 1_000_000, "сая": 1_000_000, "m": 1_000_000,
              "juta": 1_000_000, "mil": 1_000, "тыс.": 1_000,
              "triệu": 1_000_000, "万": 10_000, "萬": 10_000, "만": 10_000}  # fmt: skip
_MULTIPLE = re.compile(  # the currency may follow it: "35 triệu đồng", "52k $", "12 萬元"
    r"\d\s?(?:(k(?!s)|lakh|lac|crore|million|millió|millones|millón|mln|сая|juta|triệu|тыс\.)s?"
    r"(?!\w)"
    r"|\s(mil)(?=\s\w)"
    r"|((?-i:M))\b|([万萬만]))(?=\D*$)",
    re.IGNORECASE,
)
# ",-" closes whole crowns before their sign: "59 900,- Kč"
AMOUNT = rf"(?:{CUR}\s?{NUM}(?:\s?{POST_CUR})?|{NUM}(?:,-)?\s?{POST_CUR})"
#: A currency before or after an amount: text without one holds no price.
CURRENCY = re.compile(f"{CUR}|{POST_CUR}", re.IGNORECASE)
SYMBOL = re.compile(f"[{re.escape(SIGNS)}]")
#: A dollar, peso or rupee named by its country: "NZ$915", "A$", "NZD", "COP", "PKR", "$U".
NAMED_CURRENCY = re.compile(
    rf"\b(?:{_DOLLAR_PREFIXES})\$|\$U(?=\s?\d)|\b(?:"
    + "|".join(
        sorted(
            DOLLARS
            | PESOS
            | RUPEES
            | KWACHA_KINA
            | DINARS
            | RIALS
            | LEI
            | ROUBLES
            | BR_CURRENCIES
            | C_DOLLAR
            | MANATS
            | L_SIGN
            | BOLIVARES
            | KRONOR
        )
    )
    + r")\b"
)
CURRENCY_WORDS = ("euro", "dollar", "pound", "rupee", "zł", ":-", "dh", "cfa", "dirham", "baht",
                  "đ", "บาท", "lei", "forint", "грн", "лв", "лева", "ج.م", "тг", "ლარი",
                  "դրամ", "manat", "so'm", "сум", "төгрөг", "birr", "frw", "pula", "kwacha",
                  "kina", "quetzal", "colon", "colón", "pesos", "dinar", "riyal", "rial", "دينار",
                  "ريال", "د.", "ر.", "ل.", "l.l", " din.", "dinara", "дин", "ден", "lek", "км",
                  "руб", "рублей", " eura", "сом", "смн", "манат", "manat", " som", "somoni",
                  "afghani", "kyat", "riel", " kip", "guaran", "bolivianos", "lempiras",
                  "córdobas", "cordobas", "toman", "تومان")  # fmt: skip
#: Signs whose case tells them from common letters ("Ft" is the forint's, "ft" a foot).
_CASED_SIGNS = ("Kč", "Ft")
#: Egypt's "LE" after its number, and Albania's "L" after the cents of hundreds or more
#: ("99 500,00 L", not "1,50 L" of water): found by case, since "le" is in countless words.
CASED_POST = re.compile(r"(?<=\d)\s?(?:LE\b|L\.E\.)|(?<=\d{3}[,.]\d\d)\s?L(?!\w)")
NUMBER_WORD = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
#: A run of two or three capitals, a code when it is one of CODES or CODE_WORDS: one short
#: pattern and a set lookup, far cheaper to scan than an alternation of every code.
_CAPITALS = re.compile(r"[A-Z][A-Z]{1,2}(?![A-Z])")  # a capital first: the scan skips in C
_CODE_SET = CODES | set(CODE_WORDS)


def _codes(text: str) -> Iterator[int]:
    for m in _CAPITALS.finditer(text):
        at = m.start()
        if m.group() in _CODE_SET and not (at and text[at - 1].isupper()):
            yield at


def iso_codes(text: str) -> list[int]:
    """Where ``text`` writes a currency code ("USD", "NIS", "USD1,200"; not "USDA")."""
    return list(_codes(text))


def has_iso_code(text: str) -> bool:
    """Whether ``text`` writes a currency code anywhere (:func:`iso_codes`, stopping at one)."""
    return next(_codes(text), None) is not None


RS_KR_WORD = re.compile(  # in lowered text
    r"(?<![a-z])(?:rs|kr|kshs?|php|rp|rm|dhs?|tk|s/|br|tsh|ush|shs|gh|mk|jd|kd|bd|ro|qr|dt|da|km"
    r"|rf|nu|gs|bs|ks|mt)"
    r"(?![a-z])"
)
LETTER_SIGNED = re.compile(_LETTER_SIGN)
POST_WORDS = ("euro", "dollar", "pound", "rupee", "zł", "kr", ":-", "dh", "f cfa", "fcfa",
              "dirham", "baht", "đ", "vnđ", "บาท", "million", "triệu", "millió", "kč", "ft",
              "lei", "forint", "грн", "лв", "лева", "ج.م", "millones", "millón", "тг", "ლარი",
              "դրամ", "manat", "so'm", "сум", "төгрөг", "birr", "frw", "mln", "сая", "pula",
              "kwacha", "kina", "quetzal", "colon", "colón", "pesos", " mil ", "dinar", "riyal",
              "rial", "دينار", "ريال", "د.", "ر.", "ل.", "l.l", " dt", " da", " din.", "dinara",
              "дин", "ден", "lek", " km", "км", "руб", "рублей", " eura", " br", "тыс", "сом",
              "смн", "манат", "manat", " som", "somoni", "afghani", "kyat", "riel", " kip",
              "guaran", "bolivianos", "lempiras", "córdobas", "cordobas", "toman", "تومان",
              " ks", " mt", "meticais")  # fmt: skip


def currency_code(token: str, *, hint: str | None = None) -> str | None:
    """ISO 4217 code for a currency symbol, code or word: "US$" -> "USD", "€" -> "EUR";
    "$", "kr" and "¥" are ambiguous and take ``hint`` when it is one of their currencies."""
    key = token.strip().rstrip(".").lower()
    hint = hint.upper() if hint else None
    if key.upper() in CODES:
        return key.upper()
    if token.strip() in CODE_WORDS:
        return CODE_WORDS[token.strip()]
    if key in _AMBIGUOUS:
        options, default = _AMBIGUOUS[key]
        return hint if hint in options else default
    return _FIXED.get(key)


#: Arabic-Indic and Persian digits, and the Arabic thousands and decimal separators, as the
#: Western digits and marks they are ("١٬٦٦٠" is "1,660"); one character for one.
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "01234567890123456789,.")


def western_digits(text: str) -> str:
    """``text`` with Eastern Arabic digits written as Western ones, at the same positions."""
    return text.translate(_EASTERN_DIGITS)


_TOMAN = ("toman", "تومان")
#: The run of a number in an amount span, with its separators.
_NUMBER_RUN = re.compile(r"\d[\d,.\u00a0\u202f ]*\d")


def _three_place_amount(span: str) -> Decimal | None:
    """A three-decimal currency's amount, when its last separator marks the decimals: before
    exactly three digits and unlike the separators before it ("KD 1,250.000", "1 250,000
    DT"), or a dot that is the only separator ("KD 450.000", "BD 380.500"), as the Gulf and
    the Levant write their fils, or a comma before Tunisia's "DT" ("370,000 DT"). Any other
    lone comma ("TND 1,250", "1,250 د.أ") stays a thousands separator."""
    run = _NUMBER_RUN.search(span)
    if not run:
        return None
    number = run.group().rstrip(" \u00a0\u202f")
    last = max(number.rfind("."), number.rfind(","))
    if last < 0 or len(number) - last - 1 != 3:
        return None
    head, mark = number[:last], number[last]
    others = set(re.findall(r"[,.\u00a0\u202f ]", head))
    # Tunisia writes its millimes after a comma, its "DT" after the amount: "370,000 DT"
    tunisian = mark == "," and re.search(r"\bDT\b", span[run.end() :]) is not None
    if (others and mark not in others) or (not others and (mark == "." or tunisian)):
        return Decimal(re.sub(r"\D", "", head) + "." + number[last + 1 :])
    return None


def is_ambiguous(token: str) -> bool:
    """Whether a sign names one of several currencies ("C$", "Rs.", "kr"), as the page says."""
    return token.strip().rstrip(".").lower() in _AMBIGUOUS


#: Cabo Verde's escudos, the cifrão standing where the decimal mark would: "375.000$00".
_ESCUDO = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)\$(\d\d)(?!\d)")


def read_amount(span: str, hint: str | None) -> tuple[str, str | None] | None:
    """Amount (two-place decimal string) and currency of one amount span, or None."""
    escudo = _ESCUDO.search(span)
    if escudo:
        return f"{int(escudo[1].replace('.', ''))}.{escudo[2]}", "CVE"
    price = Price.fromstring(span.replace("’", "'"))  # price-parser knows only ASCII "'"
    if price.amount is None:
        return None
    multiple = _MULTIPLE.search(span)
    if multiple:
        amount = price.amount * _MULTIPLES[next(g for g in multiple.groups() if g).lower()]
    else:
        amount = price.amount
    codes = [c for c in re.findall(r"\b[A-Z]{3}\b", span) if c in CODES]
    token = codes[0] if codes else price.currency
    found = CURRENCY.search(span) if not codes else None
    # price-parser does not know words such as "dollars", and reads "E£" as "£"
    if found and (token is None or token in found.group(0) and token != found.group(0)):
        token = found.group(0)
    code = currency_code(token, hint=hint) if token else None
    if token and token.strip().lower() in _TOMAN:  # the everyday unit of ten rials
        amount *= 10
    if code in THREE_PLACES and not multiple:
        amount = _three_place_amount(span) or amount
    try:
        text = str(amount.quantize(Decimal("0.01")))
    except InvalidOperation:
        return None
    return text, code


def count_word(word: str | None) -> int | None:
    """ "5" or "five" -> 5; None for no word."""
    if not word:
        return None
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def has_currency(text: str) -> bool:
    """Whether ``CURRENCY`` matches in ``text``: what a block needs before it is worth
    reading for prices or counting. A symbol settles it; only text with a currency word or
    code in it pays for the full pattern, which Python's re scans slowly."""
    if SYMBOL.search(text) or any(sign in text for sign in _CASED_SIGNS):
        return True
    if "L" in text and CASED_POST.search(text):
        return True
    low = anchors.lowered(text)
    if low is None or anchors.has_any(low, CURRENCY_WORDS) or has_iso_code(text):
        return CURRENCY.search(text) is not None
    # CURRENCY's only other alternatives
    return RS_KR_WORD.search(low) is not None or LETTER_SIGNED.search(text) is not None
