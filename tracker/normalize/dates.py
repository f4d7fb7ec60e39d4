"""Cohort start dates, "self-paced" flags and date evidence from short blocks of page text.

Calendar dates are found with one precompiled regex ("Nov 14th, 2022", "14 November",
"Jan. 9", "2022-11-14", "11/14/2022", "14.11.2022", "14-11-2022"); only those short spans go to
``dateparser``, because ``search_dates`` over a whole text is slow and reads "may" or "2 days
ago" as dates. A month without a day ("January 2023") is not a calendar date: a start day
is never guessed.

A date counts as a start only in a sentence with start context (see ``_START``; "First
day" labels a start too), or after a heading that has it ("Upcoming cohorts"), or in a
sentence that goes on with the starts of the one before ("After that: May 24 and Aug 2"),
or when the caller says so (``context_known``).
A date right after "enrol by", "apply before", "deadline", "started", "hired", "since", "posted on"
or "updated" is a deadline, history or page metadata, not a start, and is skipped even with
``context_known``.

The cue nearest before a date decides: after "deadline", "apply", an event around a cohort
("info session", "open evening", "campus tour", "orientation", "induction", "demo day",
"graduation", an aptitude test or admissions interview), its end ("ends", "concludes"), or
page metadata ("posted", "reviewed") (``_OTHER``) with no start word after it, a date is not
a start, and a label such as "Ends", "Batch ends" or "Application deadline" on the line
before a date rules it out too.

French pages are read with their own words: month names after the day ("le 1er mars
2025"), start cues ("début le", "rentrée", "prochaine session", "Cohorte d'hiver", "Volée
49"), other dates ("date limite", "réunion d'information", "portes ouvertes", "fin",
"vacances", "publié le") and joiners ("du 10 mars au 20 juin", "10 mars et 19 mai").

Numeric dates (slashed, dotted or hyphenated) are read in the page's order
(:func:`numeric_order`): "07/03/2025" is March 7
on a page that also writes "23/08/2024", July 3 on one that writes "08/23/2024".

Dates joined by "-", "to", "through", "until", "and ends", "ending" or "runs until" (weekday
names around them aside: "Friday 14 March - Tuesday 3 June") are one
cohort with an end; dates joined by "," / "and" / "or" / "then" / "followed by" are separate
starts sharing a trailing year ("Jan 9, Feb 6 and Mar 6, 2023"). A date left without a year
takes its next occurrence on or after ``today``.

It is one module of about 350 lines because the cue rules decide together: a date's
nearest cue, the label before it and the sentence it sits in are read in one pass, and a
range, a list and a continuation share the year and the context of the dates before them.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

import dateparser

from tracker.facts import Cohort
from tracker.normalize import anchors
from tracker.normalize.sentences import split_sentences
from tracker.normalize.zones import local_day

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
#: French month names, read only after their day ("le 1er mars 2025"), as French writes
#: them: alone, "mars" and "mai" are also words.
_MONTH_FR = (
    r"(?:janv(?:ier|\.)|févr(?:ier|\.)|fevrier|mars|avr(?:il|\.)|mai|juin|juil(?:let|\.)|août|aout"
    r"|sept(?:embre|\.)|oct(?:obre|\.)|nov(?:embre|\.)|déc(?:embre|\.)|decembre)(?!\w)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_DAY_FR = r"(?:3[01]|[12]\d|0?[1-9])(?:er)?\b"
_YEAR = r"(?:,?\s*(?P<{}>(?:19|20)\d\d)\b)?"
_DATE = re.compile(
    # Chinese, Japanese and Korean year-first dates, which may touch the word before them
    r"(?P<y10>(?:19|20)\d\d)\s?[年년]\s?(?:0?[1-9]|1[0-2])\s?[月월]\s?(?:3[01]|[12]\d|0?[1-9])\s?[日일]"
    rf"|\b(?:{_MONTH}\s*{_DAY}{_YEAR.format('y1')}"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR.format('y2')}"
    rf"|{_DAY_FR}\s+{_MONTH_FR}{_YEAR.format('y8')}"
    # year first is always year, month, day: "2022-11-14", "2025/02/11", "2025.02.11"
    r"|(?P<y3>(?:19|20)\d\d)(?P<sep>[-/.])\d\d?(?P=sep)\d\d?\b(?![-/.]\d)"
    # and as Hungarian writes it, each part closed by a dot: "2025. 03. 14."
    r"|(?<![.\d])(?P<y9>(?:19|20)\d\d)\.\s(?:0?[1-9]|1[0-2])\.\s(?:3[01]|[12]\d|0?[1-9])\."
    r"|\d\d?/\d\d?/(?P<y4>(?:19|20)\d\d)\b"
    # as US colleges write it: "Class begins: Sat 3/15/25"
    r"|\d\d?/\d\d?/(?P<y7>\d\d)\b(?![/.,]?\d)"
    # day first with dots, also spaced as Czech and Slovak write it: "10. 3. 2025"
    r"|\d\d?\.\s?\d\d?\.\s?(?P<y5>(?:19|20)\d\d)\b"
    r"|\d\d?-\d\d?-(?P<y6>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)
_YEAR_GROUPS = ("y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10")
#: A numeric date whose order the page's convention decides: "07/03/2025", "07.03.2025",
#: "07-03-2025".
_NUMERIC = re.compile(r"\b(\d\d?)([/.-])(\d\d?)\2(?:19|20)\d\d\b")
#: The same with a two-digit year, slashed only ("3/15/25"): "1.2.25" is a version number.
_NUMERIC_SHORT = re.compile(r"\b(\d\d?)(/)(\d\d?)/\d\d\b(?![/.,]?\d)")
#: Words that make a sentence about starting. "started" is left out: it reports history.
_START = re.compile(
    r"\b(?:starts?|starting|start[- ]dates?|begins?|beginning|commenc(?:e|es|ing)"
    r"|commencement\s+(?:date|of\s+(?:classes|studies|the\s+(?:course|program|programme)))"
    r"|(?:course|program|programme|class|term)\s+commencement|cohorts?|batch(?:es)?"
    r"|intakes?|next (?:class|session|course|program)|kicks? off|classes begin|runs? from"
    r"|first (?:day|class|lesson|session)s?"
    # and in French: "début le", "démarre le", "rentrée", "prochaine session", "Cohorte
    # d'hiver", "Volée 49", "Promo #14"
    r"|début|débute\w*|démarr\w*|commencent|rentrée|prochaines?\s+sessions?|cohortes?"
    r"|volée|promo\s*#?\d+|sessions?\s+d(?:e\s|')"
    # when a class meets, as a course system labels it: "Meeting Dates", or "Dates" alone
    r"|(?:class|course|meeting|session|program(?:me)?)\s+dates|(?m:^)\W*dates(?=\s*(?:[:|]|$)))\b"
    # and in Chinese and Korean, which no word boundary sets apart: a course or class opens
    r"|開課|开课|開班|开班|開學|开学|개강",
    re.IGNORECASE,
)
#: What every _START phrase holds, in lowered text: without one, _START is not run.
_START_WORD = re.compile(
    "start|begin|commenc|cohort|batch|intake|next|kick|run|first|dates|début|démarr|rentrée"
    "|session|volée|promo|開課|开课|開班|开班|開學|开学|개강"
)
#: A sentence that goes on with the dates of the one before ("Next start: May 4. After
#: that: July 13 and Sept 7."): it lists more of the same starts.
_CONTINUES = re.compile(
    r"^\W*(?:after that|then|and then|later|followed by|thereafter|after this|also"
    r"|more (?:dates|starts))\b",
    re.IGNORECASE,
)
#: Words right before a date that make it a deadline, history or page metadata.
_NOT_START = re.compile(
    r"\b(?:posted|published|updated|modified|written|deadline|due|by|before|apply|register"
    r"|started|began|launched|founded|graduated|since"
    r"|enrol+(?:ment)?"
    # French: "publié le", "mis à jour le", "avant le", "au plus tard le", "depuis le"
    r"|publiée?|mise?\s+à\s+jour|avant|au\s+plus\s+tard|depuis|d'ici)\b\W*(?:on|by|before|is|in"
    r"|le)?\W*$",
    re.IGNORECASE,
)
#: A weekday named beside a date: "Friday 14 March", "15 February 2025, Saturday", "(Sun.)".
_WEEKDAY = (
    r"\(?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?"
    r"|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b\.?\)?"
)
_RANGE_GAP = re.compile(
    # "Friday 14 March 2025 - Tuesday 3 June 2025": the weekdays around the dash are the
    # range's, not a break in it
    rf",?\s*(?:{_WEEKDAY}\s*)?"
    r"\s*(?:-|–|—|to|through|thru|until|till|au|jusqu'au"
    r"|,?\s*(?:and\s+)?(?:ends?|ending|finish(?:es|ing)?|runs?\s+(?:until|till|through|to))"
    rf"(?:\s+on)?)\s*(?:{_WEEKDAY},?\s*)?",
    re.IGNORECASE,
)
#: A word between two dates (not an abbreviation such as "г." after a Bulgarian date).
_WORD = re.compile(r"[^\W\d_]{3,}")
_LIST_GAP = re.compile(
    r"\s*(?:,|;|&|/|and|or|then|plus|followed\s+by|as\s+well\s+as|et|puis|ou|\s)*\s*",
    re.IGNORECASE,
)
#: Cues that a date is something other than a start: a deadline, an event around a cohort
#: (info session, orientation, demo day), its end, or page metadata. The cue nearest
#: before a date decides between these and _START: "Apply by Feb 20 to start March 9".
_OTHER = re.compile(
    r"\b(?:deadlines?|due|apply|applications?|register|registration|early[- ]bird"
    r"|info(?:rmation)?\s+(?:sessions?|evenings?|nights?|days?)|open\s+(?:[\w-]+\s+)?(?:house|days?|evenings?"
    r"|nights?|events?)|webinars?|workshops?|meetups?|hackathons?|masterclass(?:es)?"
    r"|livestreams?|orientation|onboarding|induction|taster|tours?|showcase"
    # and in German: an info evening, an application deadline ("Infoabend",
    # "Bewerbungsschluss", "Anmeldefrist")
    r"|infoabend\w*|info-?veranstaltung\w*|(?:bewerbungs|anmelde)(?:schluss|frist)"
    # and in French: applications and registrations, a deadline, an info meeting, an open
    # day, a defence, a diploma ceremony, an end, holidays, publication
    r"|candidatures?|inscriptions?|date\s+limite|clôture|réunions?\s+d'information"
    r"|portes\s+ouvertes|webinaires?|ateliers?|soutenances?|remise\s+des\s+diplômes|fin"
    r"|se\s+termine|terminée?|jusqu'au|vacances|congés?|fériés?|publiée?|mise?\s+à\s+jour"
    r"|enregistrée?|journée\s+d'intégration|pré-?formation|pas\s+de\s+cours"
    # a course before the course, and a day without class
    r"|pre-?course|no\s+class(?:es)?"
    # a day around the course, or another course: "Welcome day", "Final presentations",
    # "Free prep course opens 24.1.2025"
    r"|presentations?|welcome\s+(?:days?|weeks?|evenings?)|prep(?:aratory)?\s+(?:course|class"
    r"|program(?:me)?)s?|pre-?work"
    # a step of admission: "Aptitude test (online): 5 February", "entrance exam", "interview"
    r"|(?:aptitude|admissions?|entrance|placement|coding|technical)\s+(?:tests?|exams?"
    r"|assessments?|challenges?|interviews?)|interviews?"
    r"|graduat\w*|commencement\s+(?:exercises|speakers?)|demo\s+day"
    r"|(?:last|final)\s+(?:day|class|session|week)|enrol+\s+(?:by|before)"
    # any ceremony ("Certificate ceremony: 24th August"), and when enrolment opens
    r"|ceremon(?:y|ies)|enrol+(?:ment)?\s+(?:opens?|period|window)"
    r"|ends?|ending|finish(?:es|ing)?|conclud\w*|closes?|posted"
    r"|published|update[ds]?|reviewed|modified"
    # a graduate's story: "— Lukas M., Batch #14, hired on 02/12/2024"
    r"|hired)\b"
    # and in Chinese and Korean: an info session, a deadline, registration, a ceremony, a
    # holiday, presentations, completion and graduation
    r"|說明會|说明会|설명회|截止|마감|報名|报名|典禮|典礼|假期|放假|休假|휴강|發表|发表|발표"
    r"|結訓|结训|結業|结业|畢業|毕业|수료|졸업",
    re.IGNORECASE,
)
#: A start word that is the other event's own verb, right after its name: "Free pre-course
#: starts 1st February", "Orientation begins on 3 March". The event starts, not a cohort.
_EVENT_VERB = re.compile(r"\s+(?:starts|begins|commences|kicks\s+off)", re.I)
_TERMINAL = re.compile(r"[.!?]\s*$")
#: A button's words between cohorts ("Apply now"): they label no date.
_CALL_TO_ACTION = re.compile(
    r"\W*(?:apply|register|enrol+|book|sign\s+up|reserve|join)(?:\s+(?:now|today|here))?\W*$",
    re.I,
)
_BOTH = re.compile(r"\b(?:and|or)\b|[&/]")
_SELF_PACED = re.compile(
    r"\bself[- ]?paced\b|\bstart (?:any ?time|whenever)\b"
    r"|\b(?:learn|study|go|work) at your own pace\b"
    r"|\benrol+ (?:any ?time|at any time)\b",
    re.IGNORECASE,
)
_SELF_PACED_WORDS = ("pace", "start any", "start whenever", "enrol")  # one is in each phrase
_NEGATED = re.compile(r"\b(?:not|isn't|no|never|non)\b[\s-]*(?:a |an |fully |entirely )?$", re.I)
_ISO = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)(?:$|[T\s])")
#: Microsoft's JSON date, as ASP.NET serializers write a DateTime: milliseconds since the
#: epoch, and the server's UTC offset when the value was local ("/Date(1740441600000)/",
#: "/Date(1740459600000-0500)/").
_MS_JSON_DATE = re.compile(r"\s*\\?/Date\((-?\d{1,15})([+-]\d{4})?\)\\?/\s*$")
_SETTINGS = {"PREFER_DATES_FROM": "future", "REQUIRE_PARTS": ["day", "month"]}


_MONTHS = {
    name: number
    for number, names in enumerate(
        "jan january|feb february|mar march|apr april|may|jun june|jul july|aug august"
        "|sep sept september|oct october|nov november|dec december".split("|"),
        1,
    )
    for name in names.split()
} | {
    name: number
    for number, names in enumerate(
        "janv janvier|févr février fevrier|mars|avr avril|mai|juin|juil juillet|août aout"
        "|sept septembre|oct octobre|nov novembre|déc décembre decembre".split("|"),
        1,
    )
    for name in names.split()
}
_PARTS = re.compile(r"[^\W\d_]+|\d+")


def _calendar(m: re.Match[str], today: datetime.date, day_first: bool) -> datetime.date | None:
    """The date a plain ``_DATE`` match names, read from its parts as dateparser reads it
    (a yearless date is its next occurrence after ``today``), in microseconds instead of
    milliseconds. A numeric date is read in the page's order (``day_first``) unless only the
    other order is a date ("13/03/2025" is day-first anywhere); a dotted one is always
    day-first. None where dateparser must decide: invalid days and yearless Feb 29."""
    parts = _PARTS.findall(m.group())
    try:
        if m["y3"] or m["y9"] or m["y10"]:  # year, month, day; "年" and "月" are no parts
            return datetime.date(*(int(p) for p in parts if p.isdigit()))
        if m["y4"] or m["y5"] or m["y6"] or m["y7"]:
            a, b, y = (int(p) for p in parts)
            y += 2000 if m["y7"] else 0
            first_is_day = a > 12 or bool(m["y5"]) or (day_first and b <= 12)
            return datetime.date(y, b, a) if first_is_day else datetime.date(y, a, b)
        month = next(_MONTHS[p.lower()] for p in parts if p.lower() in _MONTHS)
        day = int(next(p for p in parts if p.isdigit()))
        year = m["y1"] or m["y2"] or m["y8"]
        if year:
            return datetime.date(int(year), month, day)
        if (month, day) == (2, 29):
            return None
        found = datetime.date(today.year, month, day)
        return found if found > today else found.replace(year=today.year + 1)
    except (ValueError, StopIteration):
        return None


@lru_cache(maxsize=8192)
def _parse(span: str, today: datetime.date) -> datetime.date | None:
    """dateparser on one short span; cached because pages repeat the same dates."""
    base = datetime.datetime.combine(today, datetime.time())
    found = dateparser.parse(span, languages=["en"], settings={**_SETTINGS, "RELATIVE_BASE": base})
    return found.date() if found else None


def _with_year(day: datetime.date, year: int) -> datetime.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # Feb 29 in a common year
        return None


def _on_or_after(day: datetime.date, floor: datetime.date) -> datetime.date:
    """The first occurrence of ``day``'s month and day on or after ``floor``."""
    for year in range(floor.year, floor.year + 9):
        found = _with_year(day, year)
        if found and found >= floor:
            return found
    return day


_CENTURIES = ("19", "20")
_MONTH_STARTS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "fév",
    "fev",
    "avr",
    "mai",
    "jui",
    "aoû",
    "aou",
    "déc",
)  # and French: "févr."


def _date_starts(low: str) -> list[int]:
    """Every position where ``_DATE`` can begin in lowered text ``low``: at a month name
    that begins a word, at the word before the spaces (and "of") before it ("14th of
    November"), at "19" or "20" four characters before a "-", "/" or "." ("2022-11-14",
    "2025/02/11") and at a digit
    one or two characters before a "/" ("11/14/2022") and three to five before a ".19",
    ".20", "-19" or "-20" ("14.11.2022", "14-11-2022")."""
    months = [i for i in anchors.occurrences(low, _MONTH_STARTS) if not _is_word(low, i - 1)]
    starts = list(months)
    for end in months:
        for _ in range(2):
            while end and low[end - 1].isspace():
                end -= 1
            begin = end
            while begin > end - 5 and _is_word(low, begin - 1):  # a day is at most "31st"
                begin -= 1
            starts.append(begin)
            if not low.endswith("of", 0, end):
                break
            end -= 2
    starts += [i - 4 for i in anchors.occurrences(low, ("-", "/", ".", "年", "년"))
               if low[i - 4 : i - 2] in _CENTURIES]  # fmt: skip
    for i in anchors.occurrences(low, ("/",)):
        starts += [j for j in (i - 1, i - 2) if j >= 0 and low[j].isdecimal()]
    starts += [
        i - k for i in anchors.occurrences(low, (".19", ".20", "-19", "-20")) for k in (3, 4, 5)
    ]
    starts += [i - k for i in anchors.occurrences(low, (". 19", ". 20")) for k in (4, 5, 6)]
    return starts


def _is_word(low: str, i: int) -> bool:
    """Whether ``low[i]`` is a word character (re's \\w); False before the text."""
    return i >= 0 and (low[i].isalnum() or low[i] == "_")


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DATE.finditer(text)``, tried only where a date can begin (``_date_starts``).
    Every date holds a digit, so text without one is not scanned at all."""
    if not anchors.DIGITS.search(text):
        return iter(())
    low = anchors.lowered(text)
    if low is None:
        return _DATE.finditer(text)
    return anchors.finditer(_DATE, text, _date_starts(low))


def _segment_matches(segment: str, at: int, starts: list[int] | None) -> list[re.Match[str]]:
    """``list(_DATE.finditer(segment))`` for a sentence that begins at ``at`` in a text whose
    ``_date_starts`` are ``starts`` (None: scan it all), so a text's sentences share one
    search for where dates begin. Exact because a sentence begins and ends beside
    whitespace or the text's ends, where _DATE's ``\\b`` and lookaheads see what they see at
    the sentence's own ends: a date that begins in the sentence begins there in the text."""
    if not anchors.DIGITS.search(segment):
        return []
    if starts is None:
        return list(_DATE.finditer(segment))
    end = at + len(segment)
    return list(anchors.finditer(_DATE, segment, [i - at for i in starts if at <= i < end]))


def _dates(
    text: str,
    today: datetime.date,
    day_first: bool = False,
    matches: list[re.Match[str]] | None = None,
) -> list[tuple[re.Match[str], datetime.date, bool]]:
    """Every valid calendar date in ``text``: (match, date, whether the text gave the year);
    ``matches`` are _DATE's matches in ``text`` when the caller has them."""
    out = []
    for m in _date_matches(text) if matches is None else matches:
        day = _calendar(m, today, day_first) or _parse(m.group(), today)
        if day:
            out.append((m, day, any(m.group(g) for g in _YEAR_GROUPS)))
    return out


_CENTURY_MARKS = ("/19", "/20", ".19", ".20", "-19", "-20")  # before a numeric date's year


def numeric_dates(text: str) -> Iterator[re.Match[str]]:
    """``_NUMERIC.finditer(text)``, tried only three to five characters before a "/19",
    "/20", ".19" or ".20" (where "7/3/2025" to "07.03.2025" begin): most texts have none;
    then ``_NUMERIC_SHORT``'s, tried one or two characters before a "/" ("3/15/25")."""
    at = anchors.occurrences(text, _CENTURY_MARKS)
    yield from anchors.finditer(_NUMERIC, text, (i - k for i in at for k in (3, 4, 5) if i >= k))
    if "/" in text:
        slashes = anchors.occurrences(text, ("/",))
        yield from anchors.finditer(
            _NUMERIC_SHORT, text, (i - k for i in slashes for k in (1, 2) if i >= k)
        )


def has_numeric_date(text: str) -> bool:
    """Whether ``text`` holds a numeric date ("07/03/2025"), whose order the page decides."""
    return next(numeric_dates(text), None) is not None


def numeric_order(text: str) -> bool | None:
    """Whether the numeric dates of ``text`` (a whole page) are written day first: True when
    one can only be day-first ("23/08/2024") or is dotted ("06.01.2025", as day-first
    countries write), False when one can only be month-first ("08/23/2024"), None when none
    tells. A page keeps one convention, so its unambiguous dates decide its "07/03/2025"."""
    votes: Counter[bool] = Counter()
    for m in numeric_dates(text):
        a, b = int(m[1]), int(m[3])
        if m[2] == "." or a > 12 >= b:
            votes[True] += 1
        elif b > 12 >= a:
            votes[False] += 1
    return None if votes[True] == votes[False] else votes[True] > votes[False]


def _resolve_years(chain: list[list], today: datetime.date) -> None:
    """Give yearless dates in a chain the year of their neighbours, else the next occurrence."""
    for i in range(len(chain) - 2, -1, -1):  # backwards from a stated year: "Nov 14 – Feb 25, 2023"
        item, nxt = chain[i], chain[i + 1]
        if not item[2] and nxt[2]:
            before = (item[1].month, item[1].day) <= (nxt[1].month, nxt[1].day)
            item[1] = _with_year(item[1], nxt[1].year - (0 if before else 1)) or item[1]
            item[2] = True
    for i, item in enumerate(chain):  # forwards: "January 31st, 2023 through June 30"
        if not item[2]:
            floor = chain[i - 1][1] if i else today
            item[1], item[2] = _on_or_after(item[1], floor), True


def _segment_cohorts(
    text: str, today: datetime.date, day_first: bool, matches: list[re.Match[str]]
) -> list[Cohort]:
    found: list[list] = [list(date) for date in _dates(text, today, day_first, matches)]
    chains: list[list[list]] = []
    for item in found:
        gap = text[chains[-1][-1][0].end() : item[0].start()] if chains else ""
        if chains and item[1] < today <= chains[-1][-1][1] and not _WORD.search(gap):
            continue  # a past date right after an upcoming one, no word between: a stamp
        if not chains or not (_LIST_GAP.fullmatch(gap) or _RANGE_GAP.fullmatch(gap)):
            chains.append([])
        chains[-1].append(item)
    cohorts: list[Cohort] = []
    for chain in chains:
        if _NOT_START.search(text[max(0, chain[0][0].start() - 30) : chain[0][0].start()]):
            continue
        if _cue(text[: chain[0][0].start()]) is False:
            continue
        _resolve_years(chain, today)
        i = 0
        while i < len(chain):
            m, start = chain[i][0], chain[i][1]
            end_item = chain[i + 1] if i + 1 < len(chain) else None
            if end_item and _RANGE_GAP.fullmatch(text[m.end() : end_item[0].start()]):
                if end_item[1] >= start:
                    raw = text[m.start() : end_item[0].end()]
                    cohorts.append(
                        {"start": start.isoformat(), "end": end_item[1].isoformat(), "raw": raw}
                    )
                    i += 2
                    continue
            cohorts.append({"start": start.isoformat(), "end": None, "raw": m.group()})
            i += 1
    return cohorts


def has_other_cue(text: str) -> bool:
    """Whether ``text`` (a column header, a label) says its dates are not starts."""
    return _OTHER.search(text) is not None


def names_other_event(title: str) -> bool:
    """Whether a title names an event around a cohort ("Open evening", "Info session: UX"),
    not the cohort itself ("February intake")."""
    return _cue(title) is False


def _cue(text: str) -> bool | None:
    """What the last cue in ``text`` says the next date is: a start (True), something else
    (False, see _OTHER), or nothing said (None)."""
    other = next(reversed(list(_OTHER.finditer(text))), None)
    if other is None:
        return True if _START.search(text) else None
    return (
        any(
            m.start() > other.start() and not _EVENT_VERB.fullmatch(text, other.end(), m.end())
            for m in _START.finditer(text, other.end())
        )
        or False
    )


def parse_start_dates(
    text: str, *, today: datetime.date, context_known: bool = False, day_first: bool = False
) -> list[Cohort]:
    """Cohorts stated in ``text``, sorted by start, one per start (the one with an end wins).
    ``day_first`` is the page's order for numeric dates (:func:`numeric_order`).

    >>> parse_start_dates("Cohort: Nov 14 - Feb 25, 2023", today=datetime.date(2022, 10, 1))
    [{'start': '2022-11-14', 'end': '2023-02-25', 'raw': 'Nov 14 - Feb 25, 2023'}]
    """
    text = text or ""
    low = anchors.lowered(text)
    if low is not None and not (context_known or _START_WORD.search(low)):
        return []  # no sentence can be about starting
    starts = _date_starts(low) if low is not None else None
    if starts == []:
        return []  # no date can begin anywhere
    by_start: dict[str, Cohort] = {}
    inherited = context_known
    other_label = False  # the last label was "Ends" or "Apply by": the next date is not a start
    foldable = low is not None
    listed = False  # the segment before gave starts: one that goes on with it does too
    at = 0  # where the segment begins in ``text``
    for segment in split_sentences(text, clauses=True):
        at = text.find(segment, at)  # only whitespace lies between one segment and the next
        has_context = (not foldable or bool(_START_WORD.search(segment.lower()))) and bool(
            _START.search(segment)
        )
        matches = _segment_matches(segment, at, starts)
        dated = bool(matches)
        at += len(segment)
        goes_on = listed and bool(_CONTINUES.match(segment))
        listed = False
        if (inherited and not other_label) or has_context or goes_on:
            for cohort in _segment_cohorts(segment, today, day_first, matches):
                listed = True
                if cohort["start"] not in by_start or not by_start[cohort["start"]]["end"]:
                    by_start[cohort["start"]] = cohort
        # A label is a few words; a header row ("Term | First day of classes | Final day")
        # is a label of a few words a cell.
        cells = segment.split(" | ")
        label = (
            not _TERMINAL.search(segment)
            and not dated
            and (
                len(segment.split()) <= 8
                or len(cells) > 1
                and all(len(c.split()) <= 5 for c in cells)
            )
        )
        # A heading such as "Upcoming cohorts" or "Start dates:" covers what follows it; a
        # label such as "Ends" or "Application deadline" only the date right after it.
        # "Batch ends" names its cohort but labels an end: the cue last in it decides,
        # unless it names both ("Start and end dates") or is a header row of columns.
        ends = len(cells) == 1 and _cue(segment) is False and not _BOTH.search(segment)
        if label and has_context and ends:
            other_label = True
        elif label and has_context:
            inherited, other_label = True, False
        elif label and _OTHER.search(segment) and not _CALL_TO_ACTION.match(segment):
            other_label = True
        elif dated:
            other_label = False
    return [by_start[k] for k in sorted(by_start)]


def may_be_self_paced(low: str) -> bool:
    """Whether lowered text holds a word that every self-paced phrase holds: the cheap
    test before :func:`is_self_paced` reads the text with its pattern."""
    return any(word in low for word in _SELF_PACED_WORDS)


def is_self_paced(text: str) -> str | None:
    """The self-paced phrase as written ("Self-paced", "start anytime"), or None; negated
    phrases ("not self-paced", "no self-paced option") don't count."""
    low = anchors.lowered(text or "")
    if low is not None and not may_be_self_paced(low):
        return None
    for m in _SELF_PACED.finditer(text or ""):
        if not _NEGATED.search(text[max(0, m.start() - 20) : m.start()]):
            return m.group()
    return None


def count_date_mentions(text: str) -> int:
    """How many valid calendar dates ``text`` mentions, in any context (evidence for the differ)."""
    return len(_dates(text or "", datetime.date(2000, 1, 1)))


def _instant_day(millis: int, offset: str | None, zones: Sequence[str]) -> str | None:
    """The day of an instant in epoch milliseconds: on the calendar of ``offset`` ("-0500")
    when one is stated, else as a UTC instant read in ``zones`` (midnight UTC is a date,
    whatever the zone)."""
    try:
        instant = datetime.datetime.fromtimestamp(millis / 1000, datetime.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    if offset:
        shift = datetime.timedelta(hours=int(offset[:3]), minutes=int(offset[0] + offset[3:]))
        return instant.astimezone(datetime.timezone(shift)).date().isoformat()
    return local_day(instant, zones).isoformat()


#: Epoch milliseconds of 2000-01-01 and 2100-01-01: a number outside them is no date.
_EPOCH_SPAN = (946_684_800_000, 4_102_444_800_000)


def parse_json_date(value: object, zones: Sequence[str] = ()) -> str | None:
    """The day a JSON value states: an ISO date or datetime (:func:`parse_iso_date`), or an
    epoch timestamp as no-code tools and databases store one (Bubble's, Firebase's), in
    seconds or milliseconds, read as :func:`parse_iso_date` reads a UTC instant."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    if isinstance(value, str):
        return parse_iso_date(value, zones)
    millis = value if value >= 10**11 else value * 1000
    inside = _EPOCH_SPAN[0] <= millis < _EPOCH_SPAN[1]
    return _instant_day(millis, None, zones) if inside else None


def parse_iso_date(value: str, zones: Sequence[str] = ()) -> str | None:
    """The date part of a JSON-LD date or datetime: "2022-11-14T00:00:00Z" -> "2022-11-14";
    a UTC instant is read on the local calendar of ``zones`` (:mod:`tracker.normalize.zones`)."""
    if isinstance(value, str) and (ms := _MS_JSON_DATE.match(value)):
        return _instant_day(int(ms[1]), ms[2], zones)
    m = _ISO.match(value or "") if isinstance(value, str) else None
    try:
        day = datetime.date(*map(int, m.groups())) if m else None
    except ValueError:
        return None
    if day and zones and value.strip()[10:11] in ("T", " "):
        try:
            day = local_day(datetime.datetime.fromisoformat(value.strip()), zones)
        except ValueError:  # a time fromisoformat does not read: the date part stands
            pass
    return day.isoformat() if day else None
