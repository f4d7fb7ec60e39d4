"""Tables for tracker.normalize.dates: what is a cohort start, and what only looks like one."""

import datetime
import time

import pytest

from tracker.normalize.dates import (
    count_date_mentions,
    is_self_paced,
    numeric_order,
    parse_iso_date,
    parse_json_date,
    parse_start_dates,
)

TODAY = datetime.date(2022, 10, 1)

START_CASES = [
    # id, text, context_known, expected [(start, end)]
    (
        "range-with-weekdays-before",
        "Upcoming cohorts\nGroup 25 | Friday 14 April 2023 - Tuesday 3 June 2023",
        False,
        [("2023-04-14", "2023-06-03")],
    ),
    (
        "range-with-weekdays-after",
        "Next cohort: 15 February 2023, Wednesday - 30 June 2023, Friday",
        False,
        [("2023-02-15", "2023-06-30")],
    ),
    (
        "a-start-after-its-welcome-day",
        "Welcome day 2 March 2023; classes start 6 March 2023",
        False,
        [("2023-03-06", None)],
    ),
    (
        "weekday-in-a-list-is-no-range",
        "Cohorts start 6 March, then Monday 5 June 2023",
        False,
        [("2023-03-06", None), ("2023-06-05", None)],
    ),
    (
        "range-ordinals",
        "Next cohort: Nov 14th, 2022 - Feb 25th, 2023",
        False,
        [("2022-11-14", "2023-02-25")],
    ),
    (
        "range-en-dash-shared-year",
        "Cohort: Nov 14 – Feb 25, 2023",
        False,
        [("2022-11-14", "2023-02-25")],
    ),
    (
        "range-from-to",
        "The program runs from January 9 to April 1, 2023",
        False,
        [("2023-01-09", "2023-04-01")],
    ),
    (
        "range-through-yearless-end",
        "Cohort: January 31st, 2023 through June 30",
        False,
        [("2023-01-31", "2023-06-30")],
    ),
    (
        "list-trailing-year",
        "Cohorts start Jan 9, Feb 6 and Mar 6, 2023",
        False,
        [("2023-01-09", None), ("2023-02-06", None), ("2023-03-06", None)],
    ),
    (
        "list-crosses-new-year",
        "Start dates: Dec 5, Jan 9 and Feb 6, 2023",
        False,
        [("2022-12-05", None), ("2023-01-09", None), ("2023-02-06", None)],
    ),
    (
        "at-the-time-of-writing",
        "At the time of writing, the next start date is January 31st, 2023",
        False,
        [("2023-01-31", None)],
    ),
    ("yearless-next-occurrence", "Next cohort starts March 3", False, [("2023-03-03", None)]),
    ("yearless-today-counts", "Class begins October 1st", False, [("2022-10-01", None)]),
    ("day-first", "Intake: 14 November 2022", False, [("2022-11-14", None)]),
    ("iso-in-text", "Batch 12 starts 2023-01-09.", False, [("2023-01-09", None)]),
    (
        "blog-posted-on",
        "Posted on March 3, 2022. Our next cohort starts April 4.",
        False,
        [("2023-04-04", None)],
    ),
    ("no-start-context", "We were featured in the Times on March 3, 2022.", False, []),
    (
        "event-word-then-start",
        "Our workshop-heavy cohort starts Jan 9, 2023",
        False,
        [("2023-01-09", None)],
    ),
    (
        "no-context-but-known",
        "Nov 14th, 2022 - Feb 25th, 2023",
        True,
        [("2022-11-14", "2023-02-25")],
    ),
    ("known-still-skips-posted", "Posted on March 3, 2022", True, []),
    (
        "enrol-by-is-a-deadline",
        "Enroll by Jan 5 for the cohort starting Jan 9",
        False,
        [("2023-01-09", None)],
    ),
    (
        "heading-gives-context",
        "Upcoming cohorts\nNov 14, 2022 - Feb 25, 2023\nJan 9 - Apr 1",
        False,
        [("2022-11-14", "2023-02-25"), ("2023-01-09", "2023-04-01")],
    ),
    (
        "dedupe-keeps-range",
        "Cohort starts Jan 9, 2023. Cohort: Jan 9 - Apr 1, 2023",
        False,
        [("2023-01-09", "2023-04-01")],
    ),
    (
        "sorted",
        "Cohorts start Mar 6, 2023 or Jan 9, 2023",
        False,
        [("2023-01-09", None), ("2023-03-06", None)],
    ),
    ("copyright-and-relative", "© 2023 Bootcamp. Updated 2 days ago. Start today!", False, []),
    ("month-only-not-a-date", "Next cohort starts January 2023", False, []),
    ("invalid-iso", "Cohort starts 2022-13-45", False, []),
    ("impossible-day", "Cohort starts June 31", False, []),
    ("empty", "", True, []),
    ("whitespace", " \n\t ", True, []),
    ("non-ascii", "Próxima cohorte 🚀 — starts Jan 9, 2023 ✨", False, [("2023-01-09", None)]),
    ("started-is-history", "Our first cohort started March 3, 2020.", False, []),
    (
        "starts-and-ends",
        "The cohort starts on January 9, 2023 and ends April 14, 2023.",
        False,
        [("2023-01-09", "2023-04-14")],
    ),
    (
        "ending",
        "Cohort: Jan 9, 2023, ending on March 3, 2023",
        False,
        [("2023-01-09", "2023-03-03")],
    ),
    (
        "runs-until",
        "Next cohort starts Feb 6 and runs until May 5, 2023",
        False,
        [("2023-02-06", "2023-05-05")],
    ),
    (
        "and-is-still-a-list",
        "Cohorts start Jan 9 and Feb 6, 2023",
        False,
        [("2023-01-09", None), ("2023-02-06", None)],
    ),
    (
        "prose-followed-by",
        "Our next cohort starts on March 9, followed by May 4 and July 13.",
        False,
        [("2023-03-09", None), ("2023-05-04", None), ("2023-07-13", None)],
    ),
    (
        "apply-by-then-start",
        "Apply by Feb 20, 2023 to join the cohort starting March 9, 2023.",
        False,
        [("2023-03-09", None)],
    ),
    (
        "after-the-pre-course-the-cohort-starts",
        "After the free pre-course, the cohort starts 3 March 2023.",
        False,
        [("2023-03-03", None)],
    ),
    (
        "start-then-deadline-in-one-sentence",
        "The spring cohort begins March 9, 2023 (application deadline February 20, 2023)",
        False,
        [("2023-03-09", None)],
    ),
    (
        "label-lines-starts-and-ends",
        "Starts\nFeb 19, 2023\nEnds\nAug 17, 2023\nStarts\nApr 23, 2023",
        False,
        [("2023-02-19", None), ("2023-04-23", None)],
    ),
    (
        "course-commencement",
        "Course commencement: 3 March 2023. Classes commence again on 8 May 2023.",
        False,
        [("2023-03-03", None), ("2023-05-08", None)],
    ),
    (
        "start-then-last-day-of-class",
        "Classes start March 6, 2023; the last day of class is June 9, 2023.",
        False,
        [("2023-03-06", None)],
    ),
    (
        "table-row-apply-by-column",
        "Cohort | Start date | Apply by\nMarch 2023 | March 9, 2023 | Apply by Feb 23, 2023",
        True,
        [("2023-03-09", None)],
    ),
    (
        "a-course-systems-dates-label",
        "Dates | 02/08/2023 - 04/30/2023",
        False,
        [("2023-02-08", "2023-04-30")],
    ),
    (
        "a-meeting-dates-column",
        "Class Nbr | Section | Meeting Dates | Days & Times\n"
        "29881 | 001-LEC | 03/22/2023 - 06/11/2023 | Mo Tu We Th 5:00PM - 10:00PM",
        False,
        [("2023-03-22", "2023-06-11")],
    ),
]

FRENCH_CASES = [
    ("Cohorte d'hiver 2023 : début le 10 mars 2023", [("2023-03-10", None)]),
    ("Début le 1er mars 2023", [("2023-03-01", None)]),
    ("Prochaines sessions : 10 mars, 19 mai et 21 juillet 2023",
     [("2023-03-10", None), ("2023-05-19", None), ("2023-07-21", None)]),
    ("Session de mars : du lundi 10 mars au vendredi 20 juin 2023",
     [("2023-03-10", "2023-06-20")]),
    ("Volée 49 — rentrée le 15 septembre 2023", [("2023-09-15", None)]),
    ("Promo #14 démarre le 3 mars 2023", [("2023-03-03", None)]),
    ("Prochaine session : 3 mars 2023, portes ouvertes le 15 février 2023",
     [("2023-03-03", None)]),
    # what French pages date beside their sessions
    ("Prochaine session\nDate limite de candidature : 14 février 2023", []),
    ("Prochaine session\nRéunion d'information : jeudi 23 janvier 2023", []),
    ("Prochaine session\nPublié le 12 novembre 2022", []),
    ("Prochaine session\nFin de la formation : 20 juin 2023", []),
    ("Prochaine session\nJournée d'intégration : 15 février 2023.", []),
    ("Prochaine session\nPré-formation en ligne à partir du 26.01.2023.", []),
    ("Prochaine session\nPas de cours pour la fête de l'Indépendance (4 avril 2023).", []),
    ("Prochaine session\nTitre RNCP enregistré le 29/06/2022", []),
    ("Prochaine session\nOffre : 500 € de remise jusqu'au 14 janvier 2023.", []),
    # French month names only after a day: "Mars" and "mai" alone are words
    ("Next cohort: Mars 2023 rover talk, mai 4", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRENCH_CASES)
def test_french_starts_and_what_is_no_start(text, expected):
    cohorts = parse_start_dates(text, today=TODAY)
    assert [(c["start"], c["end"]) for c in cohorts] == expected


#: Dates near start words that are no cohort start, each kind with the words pages use.
NOT_STARTS = [
    ("dates-label-over-a-deadline", "Dates: application deadline March 1, 2023"),
    ("key-dates-of-events", "Key dates\nOpen house: Saturday, November 8, 2022."),
    ("dates-in-a-sentence", "Blog: the dates we love, posted 3 March 2023."),
    ("certificate-ceremony", "Upcoming start dates\nCertificate ceremony: Monday, June 9, 2023."),
    ("awards-ceremony", "Cohort 12 awards ceremony on 14th July 2023"),
    ("enrolment-opens", "Upcoming start dates\nEnrolment opens 14th January 2023."),
    ("enrollment-period", "Next intake: enrollment period from January 2, 2023"),
    ("application-deadline", "Upcoming cohorts\nApplication deadline: February 7, 2023."),
    ("early-bird", "Next cohort pricing: early-bird pricing ends January 31, 2023."),
    ("registration", "Cohort registration closes on January 12, 2023"),
    ("info-session", "Before your cohort: join a free info session on November 3, 2022."),
    ("open-house", "Upcoming cohorts\nOpen house: Saturday, November 8, 2022."),
    ("webinar", "Next cohort webinar: Nov 10, 2022"),
    ("orientation", "Upcoming cohorts\nOrientation: March 2, 2023"),
    ("onboarding", "Cohort onboarding on March 6, 2023"),
    ("graduation", "Upcoming cohorts\nGraduation ceremony June 30, 2023"),
    ("demo-day", "Cohort demo day: June 27, 2023"),
    ("end-date", "The spring cohort ends June 26, 2023"),
    ("posted", "Cohort news. Posted on November 12, 2022 by admissions."),
    ("updated", "Start dates\nLast updated: January 5, 2023"),
    ("reviewed", "Upcoming intakes\nPage reviewed 06 January 2023"),
    ("open-evening", "Choose an intake\nOnline open evening, Wed 22 Mar, 6pm."),
    ("open-day", "Upcoming cohorts\nCampus open day: 4 March 2023"),
    ("open-campus-day", "Upcoming intakes\nOpen Campus Day: Saturday, 28.01.2023, 11-15h."),
    ("campus-tour", "Upcoming intakes\nCampus tour: 2023-01-28."),
    ("induction", "Upcoming intakes\nInduction day 15th February 2023."),
    ("showcase", "Next cohort showcase night: 8 July 2023"),
    ("taster", "Before your intake: a free taster class on 3 Feb 2023"),
    ("concludes", "The spring intake concludes 06/07/2023."),
    ("workshop", "Upcoming cohorts\nFree intro workshop: Saturday, Jan 14, 2023"),
    ("meetup", "Next cohort meetup on March 2, 2023"),
    ("hackathon", "Upcoming sessions\nSpring hackathon: April 1, 2023"),
    ("masterclass", "Upcoming intakes\nMasterclass with our CTO on 9 Feb 2023"),
    ("commencement-ceremony", "Upcoming cohorts\nCommencement ceremony: June 30, 2023"),
    ("commencement-event", "Commencement & demo day\nFriday, 30 June"),
    ("commencement-alone", "Commencement: Saturday, June 24, 2023 at the main campus."),
    ("commenced-is-history", "Our academy commenced teaching on 9 January 2023."),
    ("last-day-of-class", "Spring cohort\nLast day of class: June 9, 2023"),
    ("last-session", "Upcoming sessions\nLast session before the break: Dec 16, 2022"),
    ("batch-ends-label", "Batch ends\n12 Aug 2023"),
    ("cohort-ends-label", "Upcoming cohorts\nCohort ends\n30 June 2023"),
    ("aptitude-test", "Upcoming intakes\nAptitude test (online): 5 February, 10am."),
    ("entrance-exam", "Next cohort: entrance exam on 12 Jan 2023"),
    ("admissions-interview", "Upcoming cohorts\nAdmissions interviews: 20 January 2023"),
    ("infoabend", "Nächste Kohorte\nInfoabend (info evening) online: 26.01.2023, 18:30"),
    ("bewerbungsschluss", "Upcoming cohorts\nBewerbungsschluss: 06.02.2023"),
    ("hired-on", "— Lukas M., Batch #14, hired on 02/12/2022"),
    ("welcome-day", "Upcoming cohorts\nWelcome day: Thursday, February 13, 2023."),
    ("final-presentations", "Cohort 12\nFinal project presentations: Tuesday, May 6, 2023."),
    ("prep-course-opens", "Next intake\nFree prep course opens 24.1.2023."),
    ("pre-work", "Upcoming cohorts\nPre-work unlocks on 2 January 2023"),
    ("pre-course-starts", "Upcoming intakes\nFree pre-course starts 1st February, 2023."),
    ("orientation-begins", "Next cohort\nOrientation begins on 3 March 2023"),
]


@pytest.mark.parametrize(
    "text, known, expected", [c[1:] for c in START_CASES], ids=[c[0] for c in START_CASES]
)
def test_parse_start_dates(text, known, expected):
    cohorts = parse_start_dates(text, today=TODAY, context_known=known)
    assert [(c["start"], c["end"]) for c in cohorts] == expected
    assert all(c["raw"] and c["raw"] in text for c in cohorts)


@pytest.mark.parametrize("text", [c[1] for c in NOT_STARTS], ids=[c[0] for c in NOT_STARTS])
def test_dates_that_are_not_starts(text):
    assert parse_start_dates(text, today=TODAY) == []


def test_range_raw_is_the_whole_span():
    [cohort] = parse_start_dates("Cohort: Nov 14th, 2022 - Feb 25th, 2023", today=TODAY)
    assert cohort == {
        "start": "2022-11-14",
        "end": "2023-02-25",
        "raw": "Nov 14th, 2022 - Feb 25th, 2023",
    }


def test_very_long_text_is_fast():
    text = (
        "Lorem ipsum dolor sit amet, cohort may start soon. " * 2000 + "Next cohort starts Jan 9."
    )
    began = time.perf_counter()
    assert parse_start_dates(text, today=TODAY) == [
        {"start": "2023-01-09", "end": None, "raw": "Jan 9"}
    ]
    assert time.perf_counter() - began < 2


SELF_PACED_CASES = [
    ("self-paced", "This course is self-paced.", "self-paced"),
    ("capitalised", "Self-Paced Program", "Self-Paced"),
    ("self-paced-space", "a self paced track", "self paced"),
    ("start-anytime", "Start anytime and finish in 6 months", "Start anytime"),
    ("start-any-time", "You can start any time.", "start any time"),
    ("own-pace", "Learn at your own pace", "Learn at your own pace"),
    ("enroll-any-time", "Enroll any time", "Enroll any time"),
    ("not-self-paced", "This program is not self-paced.", None),
    ("not-a-self-paced", "It is not a self-paced course", None),
    ("isnt", "It isn't self-paced", None),
    (
        "negated-then-real",
        "Bootcamp is not self-paced, but the prep course is self-paced",
        "self-paced",
    ),
    ("cohort-based", "Cohort-based, live classes", None),
    ("empty", "", None),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in SELF_PACED_CASES], ids=[c[0] for c in SELF_PACED_CASES]
)
def test_is_self_paced(text, expected):
    assert is_self_paced(text) == expected


MENTION_CASES = [
    ("range-is-two", "Nov 14th, 2022 - Feb 25th, 2023", 2),
    ("posted-counts", "Posted on March 3, 2022", 1),
    ("list", "Jan 9, Feb 6 and Mar 6, 2023", 3),
    ("year-only", "© 2023", 0),
    ("relative", "Updated 2 days ago", 0),
    ("invalid", "2022-13-45", 0),
    ("mixed-formats", "2022-11-14, 11/14/2022 and 14 Nov", 3),
    ("empty", "", 0),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in MENTION_CASES], ids=[c[0] for c in MENTION_CASES]
)
def test_count_date_mentions(text, expected):
    assert count_date_mentions(text) == expected


ISO_CASES = [
    ("datetime-z", "2022-11-14T00:00:00Z", "2022-11-14"),
    ("date", "2022-11-14", "2022-11-14"),
    ("offset", "2022-11-14T09:00:00-05:00", "2022-11-14"),
    ("padded", "  2022-11-14 ", "2022-11-14"),
    ("invalid-month", "2022-13-45", None),
    ("not-iso", "Nov 14, 2022", None),
    ("empty", "", None),
    ("not-a-string", None, None),
    # Microsoft's JSON dates (ASP.NET view models): milliseconds since the epoch, UTC unless
    # an offset says the server's local time; "\\/" is how JSON escapes the slashes
    ("ms-json-midnight-utc", "/Date(1740441600000)/", "2025-02-25"),
    ("ms-json-escaped", "\\/Date(1740441600000)\\/", "2025-02-25"),
    ("ms-json-local-offset", "/Date(1740459600000-0500)/", "2025-02-25"),
    ("ms-json-late-evening-utc", "/Date(1740527940000)/", "2025-02-25"),
    ("ms-json-not-a-date", "/Date(soon)/", None),
]


@pytest.mark.parametrize(
    "value, expected", [c[1:] for c in ISO_CASES], ids=[c[0] for c in ISO_CASES]
)
def test_parse_iso_date(value, expected):
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize(
    "value, zones, expected",
    [
        (1740441600000, (), "2025-02-25"),  # milliseconds
        (1740441600, (), "2025-02-25"),  # seconds
        (1745276400000, ("Europe/London",), "2025-04-22"),  # local midnight, as UTC
        ("2025-02-25", (), "2025-02-25"),
        (True, (), None),
        (42, (), None),  # a count, not a date
        (99999999999999, (), None),  # beyond 2100
    ],
)
def test_parse_json_date_reads_epoch_timestamps(value, zones, expected):
    assert parse_json_date(value, zones) == expected


def test_a_ms_json_instant_is_read_on_the_local_calendar():
    """23:00 UTC on 21 April is the 22nd in London; midnight UTC is a date in any zone."""
    assert parse_iso_date("/Date(1745276400000)/", ("Europe/London",)) == "2025-04-22"
    assert parse_iso_date("/Date(1740441600000)/", ("America/New_York",)) == "2025-02-25"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Next start: 15 March 2023. After that: 24 May 2023 and 2 August 2023.",
         ["2023-03-15", "2023-05-24", "2023-08-02"]),
        ("Our next cohort begins Jan 9, 2023. Then Mar 6, 2023.", ["2023-01-09", "2023-03-06"]),
        ("Classes start Feb 6, 2023; later cohorts: May 1, 2023", ["2023-02-06", "2023-05-01"]),
        ("First day | 15 Feb 2023 | 10 May 2023", ["2023-02-15", "2023-05-10"]),
        ("First day of class: Monday, January 9, 2023", ["2023-01-09"]),
        # a sentence that goes on after one that gave no start inherits nothing
        ("Apply by Jan 2, 2023. Then Jan 20, 2023 is the interview day.", []),
        ("Info session on Dec 1, 2022. After that: Dec 15, 2022.", []),
        ("Cohort starts Jan 9, 2023. Then apply by Feb 1, 2023.", ["2023-01-09"]),
        ("Last day | 28 May 2023 | 20 Aug 2023", []),
    ],
)  # fmt: skip
def test_a_sentence_going_on_with_starts_and_first_day_labels(text, expected):
    assert [c["start"] for c in parse_start_dates(text, today=TODAY)] == expected


@pytest.mark.parametrize(
    "text, day_first, expected",
    [
        # the page's order decides an ambiguous numeric date, in a row or in prose
        ("Intakes: 07/03/2023 and 02/05/2023", True, ["2023-03-07", "2023-05-02"]),
        ("Intakes: 07/03/2023 and 02/05/2023", False, ["2023-07-03", "2023-02-05"]),
        # a day over 12 is day-first on any page, a second part over 12 month-first
        ("Next cohort starts 23/02/2023", False, ["2023-02-23"]),
        ("Next cohort starts 02/23/2023", True, ["2023-02-23"]),
        # dotted dates are day-first as the countries that write them do
        ("Next intake commences 04.05.2023", False, ["2023-05-04"]),
        ("Start dates: 23.02.2023, 04.05.2023", False, ["2023-02-23", "2023-05-04"]),
        # hyphenated like slashed: the page's order, a day over 12 day-first anywhere
        ("Batch starts 19-02-2023 · Weekend batch", False, ["2023-02-19"]),
        ("Batch starts 03-04-2023", True, ["2023-04-03"]),
        ("Batch starts 03-04-2023", False, ["2023-03-04"]),
        ("Next batch: call 1-800-555-2023 to start", True, []),
        # decimals and versions are no dates
        ("Next cohort starts soon: fee 1.200.00, version 2.1.2023b", False, []),
        ("Next intake: 31.02.2023", True, []),
        # year first is year, month, day on any page, slashed, dotted or hyphenated
        ("Intake 1 — 2023/02/11", True, ["2023-02-11"]),
        ("Intake 1 — 2023/02/11", False, ["2023-02-11"]),
        ("Cohort starts 2023.03.06", False, ["2023-03-06"]),
        ("Next cohort starts soon, release 2023.1.1.3 ships", False, []),
        ("Next cohort: 2023/02/11 - 2023/05/30, then 2023/06/12", True,
         ["2023-02-11", "2023-06-12"]),
        # a two-digit year, slashed, as US colleges write it; in the page's order too
        ("Spring Session I — Class begins: Sat 3/15/23", False, ["2023-03-15"]),
        ("Spring Session I — Class begins: Sat 3/15/23", True, ["2023-03-15"]),
        ("Next cohort: 05/03/23", True, ["2023-03-05"]),
        ("Next cohort: 05/03/23", False, ["2023-05-03"]),
        # ...but no fraction, service hours, version or longer run of numbers is one
        ("Cohort starts: support 24/7/365, rated 4/5", True, []),
        ("Next cohort starts with release 1.2.23 and 1-2-23", False, []),
        ("Next cohort: see /courses/12/11/2023x and 3/15/230", False, []),
        ("Next cohort: registration opens 1/6/23", False, []),
    ],
)  # fmt: skip
def test_numeric_dates_in_the_pages_order(text, day_first, expected):
    cohorts = parse_start_dates(text, today=TODAY, day_first=day_first)
    assert sorted(c["start"] for c in cohorts) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Graduated 23/08/2024. Enrolments close 07/03/2025.", True),
        ("Graduated 08/23/2024. Enrolments close 07/03/2025.", False),
        ("Page reviewed 06.01.2025", True),
        ("Enrolments close 07/03/2025 and 02/05/2025", None),  # nothing tells
        ("No numeric dates, only March 7, 2025", None),
        ("13/13/2025 is no date; 1/2/2025 neither tells", None),
        # a page mostly of one convention keeps it; a tie tells nothing
        ("23/08/2024, 24/08/2024, 08/25/2024", True),
        ("23/08/2024, 08/25/2024", None),
        ("Graduated 23/08/24. Enrolments close 07/03/25.", True),
        ("Graduated 08/23/24. Enrolments close 07/03/25.", False),
    ],
)
def test_numeric_order_of_a_page(text, expected):
    assert numeric_order(text) is expected


def test_a_label_naming_the_cohort_and_its_end_covers_only_its_date():
    """Labels "Batch starts" and "Batch ends" both name the batch; the last cue decides.
    A label naming both ("Start and end dates") still covers a range."""
    text = "Upcoming batches\nBatch starts\n14 Feb 2023\nBatch ends\n12 Aug 2023"
    assert [c["start"] for c in parse_start_dates(text, today=TODAY)] == ["2023-02-14"]
    both = parse_start_dates("Start and end dates\nMar 3, 2023 – Jun 1, 2023", today=TODAY)
    assert [(c["start"], c["end"]) for c in both] == [("2023-03-03", "2023-06-01")]


def test_a_header_row_of_cells_labels_the_rows_under_it():
    text = (
        "Session | Start | End | Location | Campus | Status\n"
        "A-01 | 2 May 2023 - 12 Aug 2023 | Online"
    )
    assert [c["start"] for c in parse_start_dates(text, today=TODAY)] == ["2023-05-02"]


def _starts(text: str, today: datetime.date = datetime.date(2025, 1, 15)) -> list[str]:
    return [c["start"] for c in parse_start_dates(text, today=today, day_first=True)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Hungarian: year first, each part closed by a dot; Czech and Slovak: spaced dots
        pytest.param("Kezdés / starts 2025. 04. 07.", ["2025-04-07"], id="hungarian"),
        pytest.param("Next cohort starts 7. 4. 2025", ["2025-04-07"], id="czech-spaced"),
        # Chinese, Japanese and Korean, touching the word before them
        pytest.param("第5期 开课2025年4月7日（周一）", ["2025-04-07"], id="chinese"),
        pytest.param("第5期 開班 2025年4月7日", ["2025-04-07"], id="chinese-traditional"),
        pytest.param("5기 개강 2025년 4월 7일", ["2025-04-07"], id="korean"),
        # a Bulgarian year's "г." is no sentence's end
        pytest.param("Cohort 5 starts 07.04.2025 г. and cohort 6 on 02.06.2025 г.",
                     ["2025-04-07", "2025-06-02"], id="bulgarian-year-abbreviation"),
        # a button between cohorts labels none of them
        pytest.param("Upcoming cohorts\nSpring: starts 07.04.2025. Apply now\n"
                     "Summer: starts 02.06.2025. Apply now", ["2025-04-07", "2025-06-02"],
                     id="apply-now-buttons"),
    ],
)  # fmt: skip
def test_central_european_and_east_asian_start_dates(text, expected):
    assert _starts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an info session, a deadline and a ceremony, in Chinese and Korean
        pytest.param("Upcoming cohorts\n课程说明会 (online): 2025年3月1日",
                     id="chinese-info-session"),
        pytest.param("Upcoming cohorts\n报名截止: 2025年3月1日", id="chinese-deadline"),
        pytest.param("Upcoming cohorts\n수료식 졸업 2025년 3월 1일", id="korean-graduation"),
        pytest.param("Upcoming cohorts\n開訓典禮 (orientation): 2025年3月1日", id="ceremony"),
        # a version number is no Hungarian date
        pytest.param("Upcoming cohorts\nVersion 2025. 3 is out", id="version"),
    ],
)  # fmt: skip
def test_east_asian_events_beside_cohorts_are_no_starts(text):
    assert _starts(text) == []


def test_a_past_date_stamped_right_after_an_upcoming_start_is_no_start():
    # a CMS list prints each cohort page's last-modified date right after its title
    assert _starts("Upcoming cohorts\nCohort 7: starts 2025. 03. 14. 2024. 12. 02.") == [
        "2025-03-14"]  # fmt: skip
    # words between them make the past date a statement of its own, read as before
    assert _starts("Cohorts start 14 March 2025 and started 2 December 2024") == ["2025-03-14"]
    assert _starts("Cohorts: 2 December 2024, 14 March 2025") == ["2024-12-02", "2025-03-14"]
