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
    "LT": "EUR", "SK": "EUR", "SI": "EUR", "HR": "EUR", "GR": "EUR",
}  # fmt: skip
_TLD_CURRENCY = {"ca": "CAD", "uk": "GBP", "au": "AUD", "nz": "NZD", "in": "INR", "sg": "SGD",
                 "ie": "EUR", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR",
                 "se": "SEK", "no": "NOK", "dk": "DKK", "ch": "CHF", "pl": "PLN", "br": "BRL",
                 "tr": "TRY", "ma": "MAD", "sn": "XOF", "ci": "XOF", "id": "IDR", "vn": "VND",
                 "my": "MYR", "th": "THB", "be": "EUR", "lu": "EUR", "cz": "CZK", "hu": "HUF",
                 "ro": "RON", "ua": "UAH", "kr": "KRW", "tw": "TWD", "hk": "HKD", "cn": "CNY",
                 "ee": "EUR", "lv": "EUR", "lt": "EUR", "sk": "EUR"}  # fmt: skip
_KANA = re.compile(r"[\u3040-\u30ff]")
#: Common characters that simplified Chinese writes one way and traditional another.
_SIMPLIFIED = frozenset("万与这们个会时为国学费课报开经动实说对发门间长区书业员习资视网级师")
_TRADITIONAL = frozenset("萬與這們個會時為國學費課報開經動實說對發門間長區書業員習資視網級師")
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
    return named_dollar(text) or script_currency(text)


def named_dollar(text: str) -> str | None:
    """The one dollar the text names, twice or more, where nothing else says: a bare
    "$16,500" beside "NZ$915 a month" and "All prices are in NZD" is New Zealand's. A
    single mention ("C$500 for Canadian students") is no convention of the page. A page
    written in French that prices in "$" ("18 100 $") is Canadian: nowhere else is the
    dollar a French-speaking country's own."""
    if "$" not in text:
        return None
    named = Counter(money.currency_code(m.group()) for m in money.NAMED_DOLLAR.finditer(text))
    if len(named) == 1 and sum(named.values()) >= 2:
        return next(iter(named))
    return "CAD" if not named and in_french(text) else None


def script_currency(text: str) -> str | None:
    """What "¥" and "元" mean on a page whose markup says nothing: the yen where its text
    has kana, the yuan where its Chinese is simplified, the New Taiwan dollar where it is
    traditional (Hong Kong's names its "HK$", which :func:`named_dollar` reads)."""
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
