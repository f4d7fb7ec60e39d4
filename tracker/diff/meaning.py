"""How a guarantee's terms are read to compare them: as words, as figures, as meaning.

:mod:`tracker.diff.terms` decides whether two statements are the same promise; this module
reads each statement. :func:`words` and :func:`figures` serve its word-by-word and
figure comparisons, and :func:`same_meaning` judges an edit.

Restyled copy edits the same terms without changing them: "we refund" becomes "we'll
refund", ". To qualify" becomes " — to qualify", "at least 8 jobs" becomes "8+ jobs", "get
a full refund of the tuition" becomes "we'll refund all the tuition", and a title in front
("Tuition refund schedule:", "[1] Job Placement Guarantee:", "Job guarantee (garantía de
empleo):") comes and goes, and so do words a refund implies ("the tuition you paid", "no
refunds after that"). What must not
change for the promise to be the same:

- its figures, each kind in the order stated (periods, percentages, sums), so two refund
  shares that trade places are a change;
- its words that carry meaning, as a set: conditions ("apply to 8 jobs a week"), what is
  refunded ("tuition", "deposit"), negations ("not", "no", "n't"), the modal words that
  weaken a promise ("may", "can"), and prepositions of time ("before", "after", "within").

Left out of that set: articles, pronouns, forms of "be", "have", "do" and "get", the
future "will"/"'ll", and the joining words "and", "of", "to", "that", "if", "when" and
"means" (the condition itself is in the words after them); in French too ("le", "l'",
"vous", "est", "de", "et", "si"; "ne" but not "pas"), and a French period is the English
one ("6 mois" is "6 months"). "all", "entire" and "whole" refunds are "full" refunds;
being "hired", "employed" or "placed" is one outcome, "return", "repay" and "reimburse" one
remedy, and "at least 5 applications" (French "au moins") is "5 applications" (a count in a
condition is a floor; "at most" still counts). A period "within" or "in the" days after an
event ("within 9 months of graduating", "dans les 9 mois qui suivent la fin") is that many
"after" it, and "après" and "avant" are "after" and "before"; finding a job is getting one
("si vous n'avez pas trouvé d'emploi" is "pas d'emploi"), and every French word of
refunding ("remboursons", "remboursés") is "refund". Two
words of five letters or more spelled nearly alike are one word (a fixed typo), as
:mod:`tracker.diff.terms` reads them.

One module of about 260 lines because words, figures and meaning are read with the same
tables (number words, units, synonyms, titles): split, each reading would import the others'.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from difflib import SequenceMatcher
from typing import Any

TAG = re.compile(r"<[^>]{0,200}>")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)?|[$€£¥₹]")
_ARTICLES = frozenset({"a", "an", "the", "le", "la", "les", "un", "une", "des", "du"})
#: "100 %", as French spaces it, is "100%".
_SPACED_PERCENT = re.compile(r"(\d)[\s\u00a0\u202f]+%")
#: French elisions before a word: "l'intégralité" is "intégralité", "d'emploi" "emploi".
_ELISION = re.compile(r"^(?:l|d|qu|s|j|c|m|t|n)'(?=\w)")
#: Words that name one thing: "get every penny back" and "every cent back" are one promise.
_SYNONYMS = {"penny": "cent", "pennies": "cents"}
_TYPO_RATIO = 0.8  # SequenceMatcher ratio of two spellings of one word ("recieve", "receive")
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}  # fmt: skip
_NUMBER_WORDS.update(fourteen="14", fifteen="15", twenty="20", thirty="30", sixty="60",
                     ninety="90", hundred="100")  # fmt: skip
_NUM = rf"\d+(?:[.,]\d+)*|\b(?:{'|'.join(_NUMBER_WORDS)})\b"
#: A promise's figures: a period of a number and a unit (French puts "first" between them:
#: "les 2 premières semaines"), a percentage, a sum of money.
_FIGURE = re.compile(
    rf"(?P<period>(?:{_NUM})[\s-]*(?:premi(?:er|ère)s?\s+)?(?P<unit>hour|day|week|month|year"
    r"|heure|jour|semaine|mois"
    r"|an|année)s?\b)"
    rf"|(?P<percent>(?:{_NUM})\s*(?:%|percent\b))"
    rf"|(?P<money>[$€£¥₹]\s*\d[\d,.]*|\d[\d,.]*\s*(?:USD|EUR|GBP|dollars|euros|pounds)\b)",
    re.I,
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
#: French units as the English ones they are: "6 mois" and "6 months" are one period.
_IN_ENGLISH = {"heure": "hour", "jour": "day", "semaine": "week", "mois": "month", "an": "year",
               "année": "year"}  # fmt: skip
_UNITS = ("hour", "day", "week", "month", "year")
_A_PERIOD = rf"(?:{_NUM})[\s-]*(?:{'|'.join(_UNITS)})s?\b"
#: A period restated in another unit in brackets: "within 270 days (9 months)" states one
#: window, however another version words it ("within 9 months").
_RESTATED = re.compile(rf"(?P<first>{_A_PERIOD})\s*\((?P<again>{_A_PERIOD})\)", re.I)


#: Words that say how, not what: dropping or adding them keeps the promise.
_FUNCTION = frozenset(
    "and of to for that this these those then so also just with on at as by from into it its"
    " we us our ours you your yours they them their i me my is are be been being was were am"
    " will shall would have has had do does did get gets got getting if when there which who"
    " what"
    # a consequence said as "means" is the one a question mark says: "no job offer within 9
    # months means 100% back" is "no job offer within 9 months? 100% back"
    " means mean"
    # and in French
    " de et à au aux en pour par sur avec que qui vous nous votre vos notre nos il elle ils on"
    " est sont être a avez avons ont ce cette ces se ne y alors si"
    # finding a job is getting one: "si vous n'avez pas trouvé d'emploi" is "pas d'emploi"
    " trouvé trouver trouvez obtenu obtenir"
    # and in English: landing or finding a job offer is getting a job
    " land lands landed find finds found offer offers".split()
)
#: French words of refunding, by their stem: "remboursons", "remboursés", "remboursement".
_REFUND_STEM = "rembours"
_SAME_AS = {"all": "full", "entire": "full", "whole": "full", "cannot": "can not",
            # being hired is one outcome however a page words it
            "hired": "job", "employed": "job", "employment": "job", "placed": "job",
            "placement": "job",
            # and giving the money back one remedy
            "return": "refund", "returned": "refund", "repay": "refund", "repaid": "refund",
            "reimburse": "refund", "reimbursed": "refund",
            # what is refunded, however named, and finishing is completing
            "fee": "tuition", "fees": "tuition", "finish": "complete", "finished": "complete",
            "no": "not",
            # French prepositions of time are the English ones
            "après": "after", "avant": "before", "pendant": "during"}  # fmt: skip
_NOT_BASES = {"ca": "can", "wo": "will", "sha": "shall"}  # "can't", "won't", "shan't"
_SUFFIX = re.compile(r"'(?:ll|re|ve|d|s|m)$")
#: "8+ jobs" and "at least 8 jobs" are "8 jobs": a condition's count is a floor however
#: stated ("at most" stays a word that carries meaning).
_AT_LEAST = re.compile(
    rf"(\d+)\s*\+|\b(?:at\s+least|au\s+moins)\s+(?=\d|(?:{'|'.join(_NUMBER_WORDS)})\b|\w)", re.I
)
#: A period counted from an event, however it is worded: "within 9 months of graduating",
#: "dans les 9 mois qui suivent la fin" are "9 months after" it ("before" stays itself).
_WITHIN_AFTER = re.compile(
    rf"\b(?:within|in\s+the|dans\s+les)\s+(?P<period>(?:{_NUM})[\s-]*(?:{'|'.join(_UNITS)}"
    r"|mois|jours|semaines)s?)\s+(?:of|after|following|qui\s+suivent|suivant)\b",
    re.I,
)
#: A title over the terms: at most four words naming the promise, closed by a colon or a
#: dash, with no condition in it ("Refund schedule —", "[1] Job Placement Guarantee:").
_TITLE = re.compile(
    r"^\s*(?:\[\d{1,2}\]\s*)?(?=[^:—–]{0,60}\b(?:guarantee|refund|policy|schedule|promise"
    r"|trial|terms)\b)(?![^:—–]{0,60}\b(?:if|unless|when|only|before|after|within)\b)"
    r"(?:[^\W\d_][\w'’&-]*\s+){0,3}[^\W\d_][\w'’&-]*\s*(?:\([^()]{1,40}\)\s*)?(?::|\s[—–-])\s+",
    re.IGNORECASE,
)
#: What a refund's terms imply and a restyle may say or leave out: "you paid", "of the fee
#: paid", "no refunds are made after that" (a window's end is its end).
_IMPLIED = re.compile(
    r"\s+(?:that\s+)?you(?:'ve|\s+have)?\s+paid\b|\s+of\s+the\s+(?:fees?|amount)\s+paid\b"
    r"|[;,.]?\s*(?:there\s+(?:are|is)\s+no\s+refunds?|no\s+refunds?(?:\s+(?:are|is|will\s+be)"
    r"\s+(?:made|given|issued|due))?|nothing\s+is\s+refunded)\s+(?:after\s+(?:that|this|then)"
    r"|thereafter|afterwards)\b"
    r"|[;,.]?\s*(?:after\s+(?:that|this)|thereafter)\s*[:,]?\s*(?:there\s+(?:are|is)\s+)?no\s+refunds?\b",
    re.IGNORECASE,
)


def words(text: Any) -> list[str]:
    """The words of ``text`` in order, without markup, quotes, punctuation, articles or
    case: "the “Career Sprint”  phase" -> ["career", "sprint", "phase"]."""
    plain = _SPACED_PERCENT.sub(r"\1%", html.unescape(TAG.sub(" ", str(text or ""))))
    tokens = (_ELISION.sub("", t.replace("’", "'")) for t in _TOKEN.findall(plain.casefold()))
    return [_SYNONYMS.get(t, t) for t in tokens if t not in _ARTICLES]


def figures(text: Any, conditions: bool = True) -> Counter[str]:
    """The periods, percentages and sums ``text`` states, number words as digits: "within
    six months ... 100% of your tuition" -> {"6 month", "100%"}. Without ``conditions``, a
    percentage that measures what the student must do ("attend 90% of classes", "90%
    attendance") is left out: only shares of money refunded count (:func:`_is_share`)."""
    return Counter(f for stated in figure_sequence(text, conditions).values() for f in stated)


def _number(text: str) -> str:
    digits = _DIGITS.search(text)
    if digits:
        return digits.group().replace(",", "")
    word = re.search(r"[a-z]+", text.lower())
    return _NUMBER_WORDS.get(word.group(), "?") if word else "?"


def is_typo(x: str, y: str) -> bool:
    """Two spellings of one word of five letters or more ("recieve", "receive")."""
    if not (x.isalpha() and y.isalpha()) or min(len(x), len(y)) < 5:
        return False
    return sorted(x) == sorted(y) or SequenceMatcher(None, x, y).ratio() >= _TYPO_RATIO


def figure_sequence(text: Any, conditions: bool = True) -> dict[str, list[str]]:
    """The figures of :func:`figures` by kind, each kind in the order stated: two refund
    shares that trade places keep the same figures but not the same sequence."""
    plain = _RESTATED.sub(_larger_unit, html.unescape(TAG.sub(" ", str(text or ""))))
    found: dict[str, list[str]] = {}
    for m in _FIGURE.finditer(plain):
        if m.group("period"):
            unit = m.group("unit").lower()
            kind, value = "period", f"{_number(m.group('period'))} {_IN_ENGLISH.get(unit, unit)}"
        elif m.group("percent"):
            if not conditions and not _is_share(plain, m):
                continue
            kind, value = "percent", f"{_number(m.group('percent'))}%"
        else:
            kind, value = "money", f"${_number(m.group('money'))}"
        found.setdefault(kind, []).append(value)
    return found


#: Words that make a percentage a share of money: "100% of your tuition", "we refund 75%",
#: "100% money-back", "remboursés à 100 %".
_MONEY_WORDS = re.compile(
    r"\b(?:tuition|fees?|costs?|prices?|payments?|paid|money|refund\w*|back|return\w*"
    r"|repa\w*|reimburs\w*|rembours\w*|frais|scolarit\w*)\b",
    re.I,
)
#: How far a share's money words may stand from it, in its clause: "or we refund 100%",
#: "100% of your course fee back".
_SHARE_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*\s+){0,3}$")
_SHARE_AFTER = re.compile(r"^(?:[\s-]*[^\W\d_][\w'’-]*){0,4}")


def _is_share(plain: str, m: re.Match[str]) -> bool:
    """Whether the percentage ``m`` is a share of money refunded, by the words next to it in
    its clause: "or we refund 100%" and "100% of your tuition" are, "attend 90% of classes" and
    "Conditions: 90% attendance" are what a student must do."""
    before = _SHARE_BEFORE.search(plain, 0, m.start())
    after = _SHARE_AFTER.match(plain[m.end() : m.end() + 80])
    near = (before.group() if before else "") + " " + (after.group() if after else "")
    return bool(_MONEY_WORDS.search(near))


def _larger_unit(m: re.Match[str]) -> str:
    """Of a period and its restatement, the one in the larger unit ("9 months")."""
    return max(
        m["first"], m["again"], key=lambda p: max(i for i, u in enumerate(_UNITS) if u in p.lower())
    )


def same_meaning(old: Any, new: Any) -> bool:
    """Whether two edits of the same terms state the same figures in the same order and the
    same meaning-carrying words (see the module docstring)."""
    a, b = _untitled(str(old or "")), _untitled(str(new or ""))
    if figure_sequence(a) != figure_sequence(b):
        return False
    mine, theirs = meaning_words(a), meaning_words(b)
    return all(any(w == o or is_typo(w, o) for o in theirs) for w in mine - theirs) and all(
        any(w == o or is_typo(w, o) for o in mine) for w in theirs - mine
    )


def meaning_words(text: str) -> set[str]:
    """The words of ``text`` that carry its meaning: "If you don't get a job, we'll refund
    all of it." -> {"not", "job", "refund", "full"}."""
    out: set[str] = set()
    text = _WITHIN_AFTER.sub(lambda m: f"{m['period']} after", text)
    for word in words(_AT_LEAST.sub(lambda m: m[1] or "", text)):
        if word.endswith("n't"):
            base = word[:-3]
            out.update(w for w in (_NOT_BASES.get(base, base), "not") if w not in _FUNCTION)
            continue
        word = "refund" if word.startswith(_REFUND_STEM) else _SUFFIX.sub("", word)
        for part in _SAME_AS.get(word, word).split():
            if part not in _FUNCTION:
                out.add(_NUMBER_WORDS.get(part, part))
    return out


def _untitled(terms: str) -> str:
    """``terms`` without a title in front ("Job guarantee (garantía de empleo):") and
    without what they imply (:data:`_IMPLIED`)."""
    return _IMPLIED.sub("", _TITLE.sub("", terms, count=1))
