"""What an unqualified "$", "¥" or "元" means on one page.

Most pages never say which dollar their "$" is. The page does say it in other ways, most
reliable first: JSON-LD's ``priceCurrency``, the region of ``<html lang>``, the country
TLD, a dollar its text names again and again ("NZ$"), the language it is written in
(French prices in "$" are Québec's), and the script of its Chinese or Japanese ("¥" is the
yen beside kana and the yuan beside simplified Chinese). The first of these that speaks is
the page's currency, which the money readers take as the hint for ambiguous signs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from tracker.extract.json_values import dicts
from tracker.normalize import money

_REGION_CURRENCY = {
    "US": "USD", "CA": "CAD", "GB": "GBP", "UK": "GBP", "AU": "AUD", "NZ": "NZD", "IN": "INR",
    "SG": "SGD", "IE": "EUR", "DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR",
    "AT": "EUR", "BE": "EUR", "PT": "EUR", "FI": "EUR", "SE": "SEK", "NO": "NOK", "DK": "DKK",
    "CH": "CHF", "PL": "PLN", "BR": "BRL", "MX": "MXN", "ZA": "ZAR", "NG": "NGN", "TR": "TRY",
    "MA": "MAD", "SN": "XOF", "CI": "XOF", "ML": "XOF", "BF": "XOF", "CM": "XAF", "ID": "IDR",
    "VN": "VND", "MY": "MYR", "TH": "THB", "LU": "EUR", "CZ": "CZK", "HU": "HUF", "RO": "RON",
    "UA": "UAH", "KR": "KRW", "TW": "TWD", "HK": "HKD", "CN": "CNY", "EE": "EUR", "LV": "EUR",
    "LT": "EUR", "SK": "EUR", "SI": "EUR", "HR": "EUR", "GR": "EUR", "AR": "ARS", "CO": "COP",
    "CL": "CLP", "PE": "PEN", "UY": "UYU", "PK": "PKR", "LK": "LKR", "NP": "NPR", "BD": "BDT",
    "EG": "EGP", "BW": "BWP", "NA": "NAD", "ZM": "ZMW", "MW": "MWK", "GT": "GTQ", "CR": "CRC",
    "DO": "DOP", "JM": "JMD", "TT": "TTD", "FJ": "FJD", "PG": "PGK",
}  # fmt: skip
_TLD_CURRENCY = {"ca": "CAD", "uk": "GBP", "au": "AUD", "nz": "NZD", "in": "INR", "sg": "SGD",
                 "ie": "EUR", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR",
                 "se": "SEK", "no": "NOK", "dk": "DKK", "ch": "CHF", "pl": "PLN", "br": "BRL",
                 "tr": "TRY", "ma": "MAD", "sn": "XOF", "ci": "XOF", "id": "IDR", "vn": "VND",
                 "my": "MYR", "th": "THB", "be": "EUR", "lu": "EUR", "cz": "CZK", "hu": "HUF",
                 "ro": "RON", "ua": "UAH", "kr": "KRW", "tw": "TWD", "hk": "HKD", "cn": "CNY",
                 "ee": "EUR", "lv": "EUR", "lt": "EUR", "sk": "EUR", "ar": "ARS",
                 "cl": "CLP", "pe": "PEN", "uy": "UYU", "pk": "PKR", "lk": "LKR", "np": "NPR",
                 "bd": "BDT", "eg": "EGP", "bw": "BWP", "na": "NAD", "zm": "ZMW",
                 "mw": "MWK", "gt": "GTQ", "cr": "CRC", "do": "DOP", "jm": "JMD", "tt": "TTD",
                 "fj": "FJD", "pg": "PGK"}  # fmt: skip
# Not "co": Colombia's TLD is a generic one to the world's startups, so it names no peso.
_KANA = re.compile(r"[\u3040-\u30ff]")
#: Common characters that simplified Chinese writes one way and traditional another.
_SIMPLIFIED = frozenset("万与这们个会时为国学费课报开经动实说对发门间长区书业员习资视网级师")
_TRADITIONAL = frozenset("萬與這們個會時為國學費課報開經動實說對發門間長區書業員習資視網級師")
_DOT_GROUPED_DOLLAR = re.compile(r"\$\s?\d{1,3}(?:\.\d{3})+(?![.,]?\d)")
#: Signs several countries write, each beside the family of currencies it may be, in the
#: order they are tried: one naming of a family's code on the page decides what its sign is.
_FAMILIES = (
    (_DOT_GROUPED_DOLLAR, money.PESOS),
    (re.compile(r"\bRs\.?\s?\d"), money.RUPEES),
    (re.compile(r"\b(?-i:K)\s?\d|\bkwacha\b"), money.KWACHA_KINA),
    (re.compile(r"\d\s?(?-i:Br)\b|\b(?-i:Br)\s?\d"), money.BR_CURRENCIES),
    (re.compile(r"(?<!\w)(?:руб\.?|рублей)(?!\w)"), money.ROUBLES),
    (re.compile(r"\d\s?lei\b"), money.LEI),
    (re.compile(r"\b(?:dinars?|dinara|din\.)|(?<!\w)(?:дин\.|динара|دينار)", re.I), money.DINARS),
    (re.compile(r"\b(?:rials?|riyals?)\b|(?<!\w)ريال", re.I), money.RIALS),
    (re.compile(r"\bC\$"), money.C_DOLLAR),
    (re.compile(r"\bmanat\b|(?<!\w)манат", re.I), money.MANATS),
    (re.compile(r"\b(?-i:L)\s?\d|\d\s?(?-i:L)\b"), money.L_SIGN),
    (re.compile(r"\b(?-i:Bs)\.?\s?\d"), money.BOLIVARES),
    (re.compile(r"\d\s?kr\b|\bkr\.?\s?\d"), money.KRONOR),
)
#: Common words of French and of English; not "de" or "la", which Spanish shares.
_FRENCH_WORDS = frozenset("le les des du et vous votre vos pour une est avec dans au aux".split())
_ENGLISH_WORDS = frozenset("the and you your for with of to in is on are".split())


def page_currency(
    structured: list[Any], region: str, tld: str, shown_text: Callable[[], str]
) -> str | None:
    """The page's currency: JSON-LD's priceCurrency, else ``<html lang>``'s ``region``,
    else the country ``tld``, else what its text (``shown_text``, read only when needed)
    says by the dollar it names or the script it is written in."""
    for node in dicts(structured):
        code = node.get("priceCurrency")
        if isinstance(code, str) and money.currency_code(code):
            return money.currency_code(code)
    if region in _REGION_CURRENCY:
        return _REGION_CURRENCY[region]
    if tld in _TLD_CURRENCY:
        return _TLD_CURRENCY[tld]
    text = shown_text()
    return named_currency(text) or script_currency(text)


def named_currency(text: str) -> str | None:
    """The dollar, peso or rupee the text names most, twice or more and more often than any
    other, where nothing else says: a bare "$16,500" beside "NZ$915 a month" and "All prices
    are in NZD" is New Zealand's, "$ 7.140.000" beside "$120.000 COP" Colombia's, "Rs.
    1,50,000" beside "PKR" Pakistan's. A single mention ("C$500 for Canadian students") is
    no convention of the page. A page written in French that prices in "$" ("18 100 $") is
    Canadian: nowhere else is the dollar a French-speaking country's own. "$" grouped with
    dots ("$ 2.250.000") is no dollar, which groups with commas, but a peso, so then only a
    peso counts, and once is enough ("Desde AR$ 2.250.000" beside "USD" salaries). So for
    "Rs.", written in four countries: no page quotes another's rupee the way pages everywhere
    quote US dollars, so one "PKR" beside "Rs. 1,50,000" makes them Pakistan's. So for every
    sign of :data:`_FAMILIES`: the "K" of the kwachas and the kina ("ZMW"), "Br" (Ethiopia's
    or Belarus's), "руб." (Russia's or Belarus's), "lei" (Romania's or Moldova's), dinars,
    rials and "kr" (Sweden's, Norway's, Denmark's or Iceland's)."""
    families = [family for sign, family in _FAMILIES if sign.search(text)]
    if "$" not in text and "rupee" not in text and not families:
        return None
    namings = [m.group() for m in money.NAMED_CURRENCY.finditer(text)]
    named = Counter(money.currency_code(raw) for raw in namings)
    least = 2
    family = next((f for f in families if any(code in f for code in named)), None)
    if family:
        # the family's own sign names none of it ("C$" is the sign in question)
        named = Counter(money.currency_code(r) for r in namings if not money.is_ambiguous(r))
        named = Counter({code: n for code, n in named.items() if code in family})
        least = 1  # one naming of the family's currency is the best evidence there is
    ranked = named.most_common(2) + [(None, 0)]
    if ranked[0][1] >= least and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return "CAD" if not named and "$" in text and in_french(text) else None


def script_currency(text: str) -> str | None:
    """What "¥" and "元" mean on a page whose markup says nothing: the yen where its text
    has kana, the yuan where its Chinese is simplified, the New Taiwan dollar where it is
    traditional (Hong Kong's names its "HK$", which :func:`named_currency` reads)."""
    if "¥" not in text and "元" not in text:
        return None
    if _KANA.search(text):
        return "JPY"
    simplified = sum(char in _SIMPLIFIED for char in text)
    traditional = sum(char in _TRADITIONAL for char in text)
    if simplified == traditional:
        return None
    return "CNY" if simplified > traditional else "TWD"


def in_french(text: str) -> bool:
    """Whether ``text`` is written in French: more of its words are common French words
    than common English ones (a platform's ``<html lang="en">`` around a French post)."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return sum(w in _FRENCH_WORDS for w in words) > sum(w in _ENGLISH_WORDS for w in words)
