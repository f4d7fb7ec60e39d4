"""Whether two statements of a guarantee's terms say the same thing.

Pages re-render terms in ways that change bytes and not meaning: typographic quotes for
straight ones, non-breaking or doubled spaces, left-over markup or entities, a fixed typo,
a dropped article. A changed number ("6 months" -> "12 months", "50%" -> "75%"), another
word that carries meaning, or a new condition is a change of terms. So terms are first
compared as their words, without quotes, punctuation, articles and case, and two words of
five letters or more spelled nearly alike ("recieve"/"receive") count as one.

Terms whose words differ are an *edit* of the same text when most of their words are alike
in order. Sentences that both state word for word are set aside and the rest compared the
same way, so a promise restated in new copy beside a condition kept as it was ("Conditions:
90% attendance and five applications a week.") is judged on the restated part. Restyled
copy edits terms without changing them ("we refund" -> "we'll refund", "at least 8" ->
"8+", a title that comes and goes), so an edit is the same promise when it states the same
figures in the same order and the same words that carry meaning
(:func:`tracker.diff.meaning.same_meaning`: conditions, what is refunded, negations, "may",
"before"/"after"). A redesign often restates the promise in new copy
("Land a job within 9 months or get 100% of your tuition back" -> "If you aren't hired
within 9 months after graduation, we return 100% of the tuition"), where no word-level
comparison can tell meaning; such a *rewrite* is the same promise when it states the same
figures: its periods ("9 months", "the first 14 days"), refund shares ("100%") and sums
("$500"); a share of 100% is a whole refund, stated or not ("get a full refund" is "100%
fee refund"). So a rewrite that changes the window or the share is still a change; a
rewrite's conditions in other words are not compared, their percentages ("attend 90% of
classes") included.

A window ("within 9 months of completing") is the same when its words are, or when it
states the same period counted from the same point: "of finishing", "of graduating" and
"the end of the course" are one point, "of enrolling" and "the first class" another; "the
first 14 days" count from the start and "after the bootcamp" from its end
(:func:`same_window`).
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from typing import Any

from tracker.diff.meaning import TAG, figures, is_typo, same_meaning, words
from tracker.normalize.sentences import split_sentences

#: Words alike in order, as a share of both texts, above which a text is an edit of the other.
_EDIT_RATIO = 0.65


def same_terms(old: Any, new: Any) -> bool:
    """Whether ``old`` and ``new`` terms mean the same (see the module docstring)."""
    a, b = words(old), words(new)
    if _same_words(a, b):
        return True
    if not a or not b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= _EDIT_RATIO:
        return same_meaning(old, new)  # an edit of the same text
    kept_old, kept_new = _without_shared_sentences(str(old or ""), str(new or ""))
    if kept_old != str(old or ""):
        # The sentences both state are the same; the others say the rest of the promise.
        return bool(kept_old.strip()) == bool(kept_new.strip()) and same_terms(kept_old, kept_new)
    return _rewrite_figures(old) == _rewrite_figures(new)


def _rewrite_figures(text: Any) -> Counter[str]:
    """The figures a rewrite must keep: the promise's periods, sums and refund shares, not
    the percentages of its conditions, which new copy words its own way ("You must attend
    90% of classes" may go to the fine print). "100%" is left out: a refund is whole unless
    it says otherwise, so "get a full refund" restated as "100% fee refund" keeps its
    figures, while "50%" on either side is still a change."""
    found = figures(text, conditions=False)
    del found["100%"]
    return found


def _same_words(a: list[str], b: list[str]) -> bool:
    if a == b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or is_typo(x, y) for x, y in zip(a, b, strict=True))


def _without_shared_sentences(old: str, new: str) -> tuple[str, str]:
    """``old`` and ``new`` without the sentences both state word for word: "Conditions: 90%
    attendance and five applications a week." kept as it was beside a restated promise."""
    mine = split_sentences(TAG.sub(" ", old))
    theirs = split_sentences(TAG.sub(" ", new))
    shared = [
        (m, t) for m in mine for t in theirs if (wm := words(m)) and _same_words(wm, words(t))
    ]
    if not shared:
        return old, new
    drop_mine, drop_theirs = {m for m, _ in shared}, {t for _, t in shared}
    return (
        " ".join(m for m in mine if m not in drop_mine),
        " ".join(t for t in theirs if t not in drop_theirs),
    )


def same_window(old: Any, new: Any) -> bool:
    """Whether two statements of a guarantee (their terms alike) give the same window. A
    window stated on one side only is the same when the other side's terms state its period
    ("Try the first 14 days risk-free" beside the window "during the first 14 days"): the
    window is read from the terms, and some wordings put no "within" before the period."""
    a, b = old.get("window"), new.get("window")
    if a and b:
        meant = _window_meaning(a), _window_meaning(b)
        if None not in meant:  # each a period from a known point: those decide
            return meant[0] == meant[1]
        return same_terms(a, b)
    stated, other = (a, new) if a else (b, old)
    if not stated:
        return True
    return figures(stated) <= figures(other.get("terms")) and bool(figures(stated))


#: Words that say a window counts from the end of the program, or from its start:
#: "within 9 months of completing" and "of finishing" are one window, "of enrolling" another.
#: "the first class" is the start, and so in French: "la fin de la formation" is the end,
#: "le premier cours" the start.
_WINDOW_FROM = (
    ("end", re.compile(r"\b(?:complet\w*|finish\w*|graduat\w*|end|ending|conclu\w*|fin)\b", re.I)),
    ("start", re.compile(r"\b(?:start\w*|begin\w*|commenc\w*|enrol\w*|joining|début"
                         r"|(?:first|premi\w+)\s+(?:class|lesson|session|cours|séance)s?)\b",
                         re.I)),
)  # fmt: skip
_PERIOD_TEXT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty"
    r"|sixty|ninety)[\s-]*(?:premi(?:er|ère)s?\s+)?(?:hours?|days?|weeks?|months?|years?|heures?"
    r"|jours?|semaines?|mois"
    r"|ans?|années?)\b",
    re.I,
)
_FIRST = re.compile(
    r"\b(?:first|premi\w+)\s+(?:\d+|[a-z]+)[\s-]*(?:hours?|days?|weeks?|months?)\b"
    r"|\b\d+\s+premi(?:er|ère)s?\s+(?:heures|jours|semaines|mois)\b",
    re.I,
)
_AFTER = re.compile(r"\b(?:after|following|après)\b", re.I)
_WINDOW_WORDS = re.compile(r"\b(?:within|during|in|the|first|of|after|from|following|your|a"
                           r"|program\w*|course|bootcamp|business|calendar|certificate|diploma"
                           r"|training|studies|class|classes|batch|cohort"
                           # and the French: "dans les 6 mois qui suivent la fin de la formation"
                           r"|dans|les|qui|suivent|suivant|après|sous|pendant|la|le|de|du|des"
                           r"|votre|formation|programme)\b", re.I)  # fmt: skip


def _window_meaning(window: str) -> tuple[Any, str] | None:
    """A window as its period and what it counts from: ("9 months", "end") for "within 9
    months of completing the course"; None when it holds words beside those (a condition
    such as "of passing the exam"), which only a comparison of its words can weigh."""
    period = figures(window)
    if not period:
        return None
    rest = _PERIOD_TEXT.sub(" ", window)
    anchor = next((name for name, pattern in _WINDOW_FROM if pattern.search(rest)), "")
    if not anchor:  # "the first 14 days" count from the start, "after the bootcamp" its end
        anchor = "start" if _FIRST.search(window) else "end" if _AFTER.search(rest) else ""
    for _, pattern in _WINDOW_FROM:
        rest = pattern.sub(" ", rest)
    if _WINDOW_WORDS.sub(" ", rest).strip(" -–,.()"):
        return None
    return period, anchor
