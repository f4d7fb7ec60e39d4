"""The accuracy benchmark runs on every style, and its scorer can tell right from wrong."""

from __future__ import annotations

import html
import json
import sys

from tests.paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
from pagegen import TODAY, build_page, make_program, truth, variants  # noqa: E402


def perfect(p) -> dict:
    """Extracted facts exactly as the truth states them (what a flawless extractor gives)."""
    want = truth(p)
    low, high = want["hours_per_week"]
    return {
        "prices": [{"amount": a, "currency": c, "period": per} for a, c, per in want["prices"]],
        "start_dates": [{"start": s} for s in want["start_dates"]],
        "duration": {"weeks": want["weeks"], "hours_per_week_min": low,
                     "hours_per_week_max": high},
        "guarantees": [{"kind": g.kind, "terms": f"{g.window} {g.unit}, {g.share}% back"}
                       for g in want["guarantees"].values()],
        "income_share": {"percent": str(p.isa[0]), "months": p.isa[1]} if p.isa else None,
    }  # fmt: skip


def test_every_style_runs_and_reports_every_figure():
    splits, pages = accuracy.run(programs=1)
    out = accuracy.report(splits, pages, worst=3)
    assert set(out) == {"dev", "held-out", "worst"}
    assert (
        len(accuracy.STYLES) >= 12
        and sum(g == "held-out" for g, _ in accuracy.STYLES.values()) >= 3
    )
    sets = [
        accuracy.DEV,
        accuracy.FIRST,
        accuracy.SECOND,
        accuracy.FRESH,
        accuracy.UNSEEN,
        accuracy.FOURTH,
        accuracy.FIFTH,
        accuracy.SIXTH,
        accuracy.SEVENTH,
        accuracy.EIGHTH,
        accuracy.NINTH,
        accuracy.TENTH,
        accuracy.ELEVENTH,
        accuracy.TWELFTH,
        accuracy.THIRTEENTH,
        accuracy.FOURTEENTH,
        accuracy.FIFTEENTH,
        accuracy.SIXTEENTH,
        accuracy.SEVENTEENTH,
        accuracy.EIGHTEENTH,
        accuracy.NINETEENTH,
        accuracy.TWENTIETH,
        accuracy.TWENTYFIRST,
    ]
    assert len(accuracy.STYLES) == sum(map(len, sets))  # no style shadows another's name
    for group in ("dev", "held-out"):
        assert set(out[group]["extraction"]) == set(accuracy.FIELDS)
        assert set(out[group]["changes"]) == set(accuracy.CHANGE_FIELDS)
        assert out[group]["baselines"].split("/")[1] == str(splits[group].first_crawls)


def test_a_perfect_extraction_scores_one_and_a_wrong_one_scores_lower():
    p = make_program(5)
    right, wrong = accuracy.Split(), accuracy.Split()
    assert accuracy.score_page(right, truth(p), accuracy.read(perfect(p))) == []
    bad = perfect(p)
    bad["start_dates"] = bad["start_dates"][1:] + [{"start": "2025-01-20"}]  # a deadline
    bad["prices"].append({"amount": "72000.00", "currency": p.currency, "period": "one_time"})
    bad["duration"]["weeks"] += 1
    assert accuracy.score_page(wrong, truth(p), accuracy.read(bad))
    for name in ("prices", "start_dates", "weeks"):
        good, poor = right.extraction[name].figures(), wrong.extraction[name].figures()
        assert good["precision"] == good["exact"] == 1.0
        assert poor["precision"] < 1.0 and poor["exact"] == 0.0


def test_pages_state_their_facts_and_variants_say_what_changed():
    p = make_program(3)
    page = build_page(p, accuracy.STYLES["prose"][1], noise=1)
    assert f"{p.upfront:,}" in page and "Application deadline" in page
    assert page != build_page(p, accuracy.STYLES["prose"][1], noise=2)  # noise differs
    expected = {v.name: v.expect for v in variants(p, "prose", ["faq"])}
    assert expected["noise"] == expected["redesign"] == frozenset()
    assert expected["price"] == {"prices"} and expected["start"] == {"start_dates"}
    assert TODAY < min(p.starts)


def test_fourth_set_pages_state_every_fact_and_place_every_negative():
    from fourth_styles import FOURTH
    from fourth_voice import FourthVoice
    from pagegen import Kit

    for seed in (3, 23, 40):
        p = make_program(seed)
        v = FourthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        for name, style in FOURTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            missing = [s for s in said if s not in page and json.dumps(s)[1:-1] not in page]
            assert not missing, (name, seed, missing)
            assert str(p.upfront) in page.replace(",", "").replace(".", ""), name
            forms = ("iso", "slash", "dotted", "weekday", "long")
            assert all(any(v.day(d, f) in page for f in forms) or f"{d:%B} {d.day}, {d.year}"
                       in page for d in p.starts), name  # fmt: skip


def test_fifth_set_pages_state_every_fact_and_place_every_negative():
    from fifth_styles import FIFTH
    from fifth_voice import FifthVoice
    from pagegen import Kit

    for seed in (3, 10, 23, 40, 57, 77):
        p = make_program(seed)
        v = FifthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        for name, style in FIFTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            missing = [s for s in said if s not in page and json.dumps(s)[1:-1] not in page]
            assert not missing, (name, seed, missing)
            digits = page.replace(",", "").replace(".", "")
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page or f'"lengthWeeks":[0,{p.weeks}]' in page, name
            forms = ("long", "us", "iso", "abbr", "moodle")
            assert all(any(v.day(d, f) in page for f in forms) for d in p.starts), name


def test_sixth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from pagegen import Kit
    from sixth_styles import SIXTH
    from sixth_voice import SixthVoice, sixth_program

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    for seed in (3, 10, 23, 40, 57, 77):
        p = sixth_program(seed)
        v = SixthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        for name, style in SIXTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))  # a brochure breaks its lines
            missing = [s for s in said if flat(s) not in text]
            assert not missing, (name, seed, missing)
            digits = page.replace(",", "").replace(".", "")
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in text, name
            for d in p.starts:  # in words, or in a script's data as ISO
                said_as = (v.day(d), v.day(d, "ordinal"), v.local(d), d.isoformat())
                assert any(x in page for x in said_as), (name, d)


def test_seventh_set_pages_state_every_fact_and_place_every_negative():
    import re

    from pagegen import Kit
    from seventh_styles import SEVENTH
    from seventh_voice import SeventhVoice, seventh_program

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    for seed in (3, 10, 23, 40, 57, 77):
        p = seventh_program(seed)
        v = SeventhVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration()]
        for name, style in SEVENTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))  # a Tilda paragraph breaks its lines
            missing = [s for s in said if flat(s) not in text]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,.']", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in text, name
            for d in p.starts:  # in words, or in a script's data as ISO
                said_as = (v.local(d), v.day(d, "kickoff"), d.isoformat())
                assert any(x in page for x in said_as), (name, d)


def test_eighth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from eighth_styles import EIGHTH
    from eighth_voice import EighthVoice, eighth_program
    from pagegen import Kit

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    seeds = (3, 10, 23, 40, 57, 77, 91, 104)
    assert len({eighth_program(s).currency for s in seeds}) >= 4
    for seed in seeds:
        p = eighth_program(seed)
        v = EighthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration()]
        for name, style in EIGHTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page.replace("&nbsp;", " ")))
            # in the text, or in a script's or attribute's data (Inertia's ``data-page``)
            missing = [s for s in said if flat(s) not in text and s not in page]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[, ]", "", page)
            casual = v.money(p.upfront, 3)  # "R45k" in a post
            assert str(p.upfront) in digits or casual in page, name
            assert str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page or f"{p.weeks}-week" in page, name
            for d in p.starts:  # in words, in figures, or in a script's data as ISO
                said_as = (v.local(d), v.numeric(d), d.isoformat())
                assert any(x in page for x in said_as), (name, d)


def test_ninth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from ninth_styles import NINTH
    from ninth_voice import NinthVoice, ninth_program
    from pagegen import Kit

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text.replace("\u200e", "").replace("\u200f", ""))

    seeds = (3, 10, 23, 40, 57, 77, 91, 104, 118, 131)
    assert len({ninth_program(s).currency for s in seeds}) >= 5
    for seed in seeds:
        p = ninth_program(seed)
        v = NinthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration()]
        for name, style in NINTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))
            # in the text, or in a script's data (Bubble's and Eventbrite's JSON)
            missing = [s for s in said if flat(s) not in text and json.dumps(s)[1:-1] not in page]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,. \u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words, in figures, or in a script's data as ISO
                said_as = (v.local(d), v.numeric(d), d.isoformat())
                assert any(x in page for x in said_as), (name, d)


def test_tenth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from pagegen import Kit
    from tenth_styles import TENTH
    from tenth_voice import TenthVoice, tenth_program

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    def unfold(page: str) -> str:  # an iCalendar feed's folded lines and escapes undone
        return (page.replace("\r\n ", "").replace("\\n", " ").replace("\\,", ",")
                .replace("\\;", ";"))  # fmt: skip

    seeds = (3, 10, 23, 40, 57, 77, 91, 104, 118, 131)
    assert len({TenthVoice(Kit(tenth_program(s), 1)).kind for s in seeds}) == 5
    for seed in seeds:
        p = tenth_program(seed)
        v = TenthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration()]
        for name, style in TENTH.items():
            page = unfold(html.unescape(build_page(p, style, noise=1)))
            text = flat(re.sub(r"<[^>]+>", " ", page))  # a flyer breaks its lines
            # in the text, or in a script's data (Colleague's JSON)
            missing = [s for s in said if flat(s) not in text and json.dumps(s)[1:-1] not in page]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,. ]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words, in figures, or as ISO or iCalendar data
                said_as = (v.local(d), v.numeric(d), v.slashed(d), v.plain(d), d.isoformat(),
                           f"{d:%Y%m%d}")  # fmt: skip
                assert any(x in page for x in said_as), (name, d)


def test_the_ninth_to_twentyfirst_sets_word_each_others_programs():
    from eighteenth_voice import eighteenth_program
    from eleventh_voice import eleventh_program
    from fifteenth_voice import fifteenth_program
    from fourteenth_voice import fourteenth_program
    from nineteenth_voice import nineteenth_program
    from ninth_voice import ninth_program
    from seventeenth_voice import seventeenth_program
    from sixteenth_voice import sixteenth_program
    from tenth_voice import tenth_program
    from thirteenth_voice import thirteenth_program
    from twelfth_voice import twelfth_program
    from twentieth_voice import twentieth_program
    from twentyfirst_voice import twentyfirst_program

    # a redesign re-crawl puts a program of one set into any style of its group, and the
    # twenty-first set is to join dev
    makers = (make_program, ninth_program, tenth_program, eleventh_program, twelfth_program,
              thirteenth_program, fourteenth_program, fifteenth_program,
              sixteenth_program, seventeenth_program, eighteenth_program,
              nineteenth_program, twentieth_program, twentyfirst_program)  # fmt: skip
    for seed in (3, 10, 23, 40, 57):
        for make in makers:
            p = make(seed)
            for _, style in accuracy.STYLES.values():
                assert p.name in build_page(p, style, noise=1)


def test_eleventh_set_pages_state_every_fact_and_place_every_negative():
    import re

    from eleventh_styles import ELEVENTH
    from eleventh_voice import EleventhVoice, eleventh_program
    from pagegen import Kit

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    seeds = (3, 10, 23, 40, 57, 77, 91, 104, 118, 131, 140, 152, 167, 180)
    assert len({EleventhVoice(Kit(eleventh_program(s), 1)).kind for s in seeds}) >= 8
    for seed in seeds:
        p = eleventh_program(seed)
        v = EleventhVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line()]
        for name, style in ELEVENTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))  # Carrd breaks its lines
            # in the text, or in a script's data (Gatsby's page data, Tally's props)
            missing = [s for s in said if flat(s) not in text and json.dumps(s)[1:-1] not in page]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,. '\u00a0\u202f]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} semaines" in page or f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words, in figures, or as ISO data
                said_as = (v.local(d), v.long(d), v.numeric(d), d.isoformat())
                assert any(x in page for x in said_as), (name, d)


def test_twelfth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from pagegen import Kit
    from twelfth_styles import TWELFTH
    from twelfth_voice import TwelfthVoice, twelfth_program

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    def readable(page: str) -> str:
        """The page, and a raw JSON view's strings decoded (WordPress escapes them)."""
        shown = re.search(r"<pre[^>]*>(.*?)</pre>", page, re.S)
        if not shown:
            return page
        strings: list[str] = []

        def walk(x: object) -> None:
            if isinstance(x, str):
                strings.append(x)
            for y in x.values() if isinstance(x, dict) else x if isinstance(x, list) else ():
                walk(y)

        walk(json.loads(shown.group(1)))
        return page + " ".join(strings)

    seeds = (3, 10, 23, 40, 57, 77, 91, 104, 118, 131, 140, 152, 167, 180, 190, 196, 201, 209)
    assert len({TwelfthVoice(Kit(twelfth_program(s), 1)).kind for s in seeds}) == 12
    for seed in seeds:
        p = twelfth_program(seed)
        v = TwelfthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line()]
        for name, style in TWELFTH.items():
            page = readable(html.unescape(build_page(p, style, noise=1)))
            text = flat(re.sub(r"<[^>]+>", " ", page))  # Weebly breaks its lines
            # in the text, or in a script's data (Sitecore's layout state)
            missing = [s for s in said if flat(s) not in text and json.dumps(s)[1:-1] not in page]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words, in figures, or as ISO or ACF data
                said_as = (v.local(d), v.long(d), v.numeric(d), v.cjk(d), d.isoformat(),
                           f"{d:%Y%m%d}")  # fmt: skip
                assert any(x in page for x in said_as), (name, d)


def test_thirteenth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from pagegen import Kit
    from thirteenth_styles import THIRTEENTH
    from thirteenth_voice import ThirteenthVoice, thirteenth_program

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    def readable(page: str) -> str:
        """The page, and a raw JSON view's strings decoded (Strapi's response)."""
        shown = re.search(r"<pre[^>]*>(.*?)</pre>", page, re.S)
        if not shown:
            return page
        strings: list[str] = []

        def walk(x: object) -> None:
            if isinstance(x, str):
                strings.append(x)
            for y in x.values() if isinstance(x, dict) else x if isinstance(x, list) else ():
                walk(y)

        walk(json.loads(shown.group(1)))
        return page + " ".join(strings)

    seeds = (1, 3, 10, 23, 40, 57, 77, 91, 104, 118, 131, 140, 152, 167, 180, 190, 196, 201)
    assert len({ThirteenthVoice(Kit(thirteenth_program(s), 1)).kind for s in seeds}) == 8
    for seed in seeds:
        p = thirteenth_program(seed)
        v = ThirteenthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line()]
        for name, style in THIRTEENTH.items():
            page = readable(html.unescape(build_page(p, style, noise=1)))
            text = flat(re.sub(r"<[^>]+>", " ", page))
            # in the text, or in a script's data (a Next.js page's JSON)
            missing = [s for s in said if flat(s) not in text and json.dumps(s)[1:-1] not in page]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words, in figures, or as ISO data
                said_as = (v.local(d), v.long(d), v.numeric(d), v.spanish(d), d.isoformat())
                assert any(x in page for x in said_as), (name, d)


def test_fourteenth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from fourteenth_styles import FOURTEENTH
    from fourteenth_voice import FourteenthVoice, fourteenth_program
    from pagegen import Kit

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    seeds = tuple(range(1, 41))
    assert len({FourteenthVoice(Kit(fourteenth_program(s), 1)).kind for s in seeds}) == 11
    for seed in seeds:
        p = fourteenth_program(seed)
        v = FourteenthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line()]
        for name, style in FOURTEENTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))
            missing = [s for s in said if flat(s) not in text]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words or in figures
                said_as = (v.local(d), v.long(d), v.numeric(d), v.native_day(d))
                assert any(x in page for x in said_as), (name, d)


def test_fifteenth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from fifteenth_styles import FIFTEENTH
    from fifteenth_voice import FifteenthVoice, fifteenth_program
    from pagegen import Kit

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    seeds = tuple(range(1, 41))
    assert len({FifteenthVoice(Kit(fifteenth_program(s), 1)).kind for s in seeds}) == 11
    for seed in seeds:
        p = fifteenth_program(seed)
        v = FifteenthVoice(Kit(p, 1))
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line()]
        for name, style in FIFTEENTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))
            missing = [s for s in said if flat(s) not in text]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words or in figures
                said_as = (v.local(d), v.long(d), v.numeric(d), v.native_day(d))
                assert any(x in page for x in said_as), (name, d)


def test_sixteenth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from pagegen import Kit
    from sixteenth_styles import SIXTEENTH
    from sixteenth_voice import SixteenthVoice, sixteenth_program

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    seeds = tuple(range(1, 41))
    assert len({SixteenthVoice(Kit(sixteenth_program(s), 1)).kind for s in seeds}) == 9
    # Lebanese pages price in fresh dollars, now and then in pounds
    assert {"USD", "LBP"} <= {sixteenth_program(s).currency for s in seeds}
    for seed in seeds:
        p = sixteenth_program(seed)
        v = SixteenthVoice(Kit(p, 1))
        assert v.native, seed
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line()]
        for name, style in SIXTEENTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))  # a Telegram post breaks its lines
            missing = [s for s in said if flat(s) not in text]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words or in figures, Gregorian
                said_as = (v.local(d), v.long(d), v.numeric(d), v.native_day(d))
                assert any(x in page for x in said_as), (name, d)


def test_a_development_program_keeps_its_code_in_the_sixteenth_voice():
    from pagegen import Kit
    from sixteenth_voice import SixteenthVoice, country

    # a redesign into the sixteenth styles writes a dollar program of a seed that is not
    # Lebanese with its own sign, and one that is with Lebanon's dollar forms: both in USD
    for seed in range(1, 30):
        p = make_program(seed)
        v = SixteenthVoice(Kit(p, 1))
        assert v.native == (p.currency == "USD" and country(seed) == "lb"), seed
        assert f"{p.upfront:,}" in v.money(p.upfront) and "JD" not in v.money(p.upfront)


def test_seventeenth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from pagegen import Kit
    from seventeenth_styles import SEVENTEENTH
    from seventeenth_voice import SeventeenthVoice, seventeenth_program

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    seeds = tuple(range(1, 41))
    voices = [SeventeenthVoice(Kit(seventeenth_program(s), 1)) for s in seeds]
    assert len({v.kind for v in voices}) == 9
    # Serbian pages are written in Latin or in Cyrillic
    assert {True, False} == {v.cyrillic for v in voices if v.kind == "rs"}
    for seed in seeds:
        p = seventeenth_program(seed)
        v = SeventeenthVoice(Kit(p, 1))
        assert v.native, seed
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line()]
        for name, style in SEVENTEENTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))  # a uCoz entry breaks its lines
            missing = [s for s in said if flat(s) not in text]
            assert not missing, (name, seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words or in figures
                said_as = (v.local(d), v.long(d), v.numeric(d), v.native_day(d))
                assert any(x in page for x in said_as), (name, d)


def test_a_development_program_keeps_its_code_in_the_seventeenth_voice():
    from pagegen import Kit
    from seventeenth_voice import SeventeenthVoice, country

    # a redesign into the seventeenth styles writes a development program with its own sign,
    # and a euro program of a Montenegrin or Kosovar seed (52, 79) with that country's forms
    assert SeventeenthVoice(Kit(make_program(52), 1)).native
    for seed in range(1, 90):
        p = make_program(seed)
        v = SeventeenthVoice(Kit(p, 1))
        assert v.native == (p.currency == "EUR" and country(seed) in ("me", "xk")), seed
        money = v.money(p.upfront).replace(".", ",")
        assert f"{p.upfront:,}" in money and "din." not in money, seed


def test_eighteenth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from eighteenth_styles import EIGHTEENTH
    from eighteenth_voice import EighteenthVoice, eighteenth_program
    from pagegen import Kit

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    seeds = tuple(range(1, 41))
    programs = [eighteenth_program(s) for s in seeds]
    assert len({EighteenthVoice(Kit(p, 1)).kind for p in programs}) == 14
    # Cambodian pages price in US dollars, now and then in riel
    assert {"USD", "KHR"} <= {p.currency for p in programs}
    for p in programs:
        v = EighteenthVoice(Kit(p, 1))
        assert v.native, p.seed
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line()]
        if v.kind == "ir":  # the fee in rials, and the same fee in tomans beside it
            assert f"IRR {p.upfront:,}" in v.fee_line() and v.toman(p.upfront) in v.fee_line()
        for name, style in EIGHTEENTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))  # a Medium code block breaks its lines
            missing = [s for s in said if flat(s) not in text]
            assert not missing, (name, p.seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in words or in figures, Gregorian or Solar Hijri
                said_as = (v.local(d), v.long(d), v.numeric(d), v.native_day(d))
                assert any(x in page for x in said_as), (name, d)


def test_the_eighteenth_voice_writes_solar_hijri_dates_and_local_digits():
    from datetime import date

    from eighteenth_voice import jalali, lakh, script

    assert jalali(date(2025, 3, 21)) == (1404, 1, 1)  # Nowruz
    assert jalali(date(2025, 3, 20)) == (1403, 12, 30)  # 1403 is a leap year
    assert jalali(date(2025, 2, 9)) == (1403, 11, 21)
    assert script("2025", "fa") == "۲۰۲۵" and script("15", "my") == "၁၅"
    assert lakh(120_000) == "1,20,000" and lakh(45_000) == "45,000"


def test_a_development_program_keeps_its_code_in_the_eighteenth_voice():
    from eighteenth_voice import EighteenthVoice, country
    from pagegen import Kit

    # a redesign into the eighteenth styles writes a development program with its own sign,
    # and a dollar program of a Cambodian seed (21, 32) with Cambodia's forms
    assert EighteenthVoice(Kit(make_program(21), 1)).native
    for seed in range(1, 90):
        p = make_program(seed)
        v = EighteenthVoice(Kit(p, 1))
        assert v.native == (p.currency == "USD" and country(seed) == "kh"), seed
        assert f"{p.upfront:,}" in v.money(p.upfront) and "Nu." not in v.money(p.upfront), seed


def test_nineteenth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from nineteenth_styles import NINETEENTH
    from nineteenth_voice import NineteenthVoice, nineteenth_program
    from pagegen import Kit

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    seeds = tuple(range(1, 41))
    programs = [nineteenth_program(s) for s in seeds]
    assert len({NineteenthVoice(Kit(p, 1)).kind for p in programs}) == 17
    for p in programs:
        v = NineteenthVoice(Kit(p, 1))
        assert v.native, p.seed
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line()]
        if v.kind == "ht":  # the fee in gourdes, and the same fee in Haitian dollars beside it
            assert f"G {p.upfront:,}" in v.fee_line() and v.dola(p.upfront) in v.fee_line()
        if v.kind == "cv":  # the escudo's sign where the decimals go
            assert f"{p.upfront:,}$00".replace(",", ".") in v.fee_line()
        for name, style in NINETEENTH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))
            missing = [s for s in said if flat(s) not in text]
            assert not missing, (name, p.seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in English words or figures, or in the local language
                said_as = (v.local(d), v.long(d), v.numeric(d), v.native_day(d))
                assert any(x in page for x in said_as), (name, d)


def test_the_nineteenth_voice_writes_local_months_and_liberian_dates():
    from datetime import date

    from nineteenth_voice import NineteenthVoice, country, nineteenth_program
    from pagegen import Kit

    def voice(kind: str) -> NineteenthVoice:
        seed = next(s for s in range(1, 200) if country(s) == kind)
        return NineteenthVoice(Kit(nineteenth_program(seed), 1))

    d = date(2025, 3, 1)
    assert voice("mu").native_day(d) == "1er mars 2025"
    assert voice("mz").native_day(d) == "1 de março de 2025"
    assert voice("mg").native_day(d) == "1 Martsa 2025"
    assert voice("to").native_day(d) == "1 Maʻasi 2025"
    assert voice("lr").numeric(date(2025, 3, 15)) == "3/15/2025"
    assert voice("sr").numeric(d) == "01-03-2025"


def test_a_development_program_keeps_its_code_in_the_nineteenth_voice():
    from nineteenth_voice import NineteenthVoice
    from pagegen import Kit

    # a redesign into the nineteenth styles writes a development program with its own sign
    for seed in range(1, 90):
        p = make_program(seed)
        v = NineteenthVoice(Kit(p, 1))
        assert not v.native and v.kind == "bb", seed
        money = v.money(p.upfront)
        assert f"{p.upfront:,}" in money and "Bds$" not in money, seed


def test_twentieth_set_pages_state_every_fact_and_place_every_negative():
    import re

    from pagegen import Kit
    from twentieth_styles import TWENTIETH
    from twentieth_voice import CURRENCY, TwentiethVoice, twentieth_program

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    def js(text: str) -> str:  # as a single-quoted JavaScript string (Alpine's x-data)
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"

    seeds = tuple(range(1, 41))
    programs = [twentieth_program(s) for s in seeds]
    assert {TwentiethVoice(Kit(p, 1)).kind for p in programs} == set(CURRENCY)
    for p in programs:
        v = TwentiethVoice(Kit(p, 1))
        assert v.native and CURRENCY[v.kind] == p.currency, p.seed
        said = [*v.negatives().values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line(), v.hero(), v.struck()]
        said += [v.starts_line(i, d) for i, d in enumerate(p.starts)]
        said += [cell for row in v.comparison() for cell in row if cell]
        (_, fee_a, _, start_a), (_, fee_b, _, start_b) = v.rivals()
        assert {fee_a, fee_b} & {p.upfront, p.monthly} == set(), p.seed  # rivals' fees differ
        assert {start_a, start_b} & set(p.starts) == set(), p.seed  # and so do their starts
        if v.kind == "in":  # lakh grouping
            assert v.money(125_000) == "₹1,25,000" and v.money(125_000, 1) == "Rs. 1,25,000/-"
        for name, style in TWENTIETH.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))
            missing = [s for s in said if flat(s) not in text and flat(js(s)) not in flat(page)]
            assert not missing, (name, p.seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in English words or figures, or in the local language
                said_as = (v.local(d), v.long(d), v.numeric(d), v.native_day(d))
                assert any(x in page for x in said_as), (name, d)


def test_the_twentieth_voice_writes_local_months_and_number_forms():
    from datetime import date

    from pagegen import Kit
    from twentieth_voice import TwentiethVoice, country, twentieth_program

    def voice(kind: str) -> TwentiethVoice:
        seed = next(s for s in range(1, 300) if country(s) == kind)
        return TwentiethVoice(Kit(twentieth_program(seed), 1))

    d = date(2025, 3, 15)
    assert voice("se").native_day(d) == "15 mars 2025"
    assert voice("no").native_day(d) == "15. mars 2025"
    assert voice("dk").native_day(d) == "15. marts 2025"
    assert voice("fi").native_day(d) == "15. maaliskuuta 2025"
    assert voice("in").native_day(d) == "15 मार्च 2025"
    assert voice("tr").native_day(d) == "15 Mart 2025"
    assert voice("us").numeric(d) == "3/15/2025" and voice("ca").numeric(d) == "2025-03-15"
    assert voice("fi").numeric(date(2025, 3, 5)) == "5.3.2025"
    nbsp = "\u00a0"
    assert voice("se").money(45_000) == f"45{nbsp}000 kr"
    assert voice("no").money(45_000) == f"kr 45{nbsp}000,-"
    assert voice("dk").money(45_000) == "45.000 kr."
    assert voice("fi").money(14_500) == f"14{nbsp}500 €" and voice("ie").money(14_500) == "€14,500"
    assert voice("tr").money(45_000) == "₺45.000" and voice("tr").money(45_000, 1) == "45.000,00 TL"
    assert voice("ca").money(14_500) == "CA$14,500" and voice("gb").money(14_500) == "£14,500"


def test_a_development_program_keeps_its_code_in_the_twentieth_voice():
    from dataclasses import replace

    from pagegen import SIGNS, Kit
    from twentieth_voice import CURRENCY, TwentiethVoice

    # a redesign into the twentieth styles writes a development program with its own sign: a
    # dollar, euro or pound program as its country writes it, any other currency by its code
    for seed in range(1, 90):
        p = make_program(seed)
        v = TwentiethVoice(Kit(p, 1))
        assert v.native and CURRENCY[v.kind] == p.currency, seed
        sign = {"USD": "$", "EUR": "€", "GBP": "£"}[p.currency]
        money = v.money(p.upfront)
        assert sign in money and f"{p.upfront:,}"[-3:] in money, seed
        if p.currency == "USD":
            assert money == f"${p.upfront:,}", seed
        other = TwentiethVoice(Kit(replace(p, currency="JPY"), 1))
        assert not other.native and other.money(p.upfront) == f"{SIGNS['JPY']}{p.upfront:,}"


def test_twentyfirst_set_pages_state_every_fact_and_place_every_negative():
    import re

    from pagegen import Kit
    from twentyfirst_styles import TWENTYFIRST
    from twentyfirst_voice import CURRENCY, TwentyFirstVoice, twentyfirst_program

    def flat(text: str) -> str:
        return re.sub(r"\s+", " ", text)

    def as_json(text: str) -> str:  # as a string in a script's JSON (YouTube, Luma)
        quoted = json.dumps(text, ensure_ascii=False)[1:-1]
        return quoted.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")

    seeds = tuple(range(1, 41))
    programs = [twentyfirst_program(s) for s in seeds]
    assert {TwentyFirstVoice(Kit(p, 1)).kind for p in programs} == set(CURRENCY)
    for p in programs:
        v = TwentyFirstVoice(Kit(p, 1))
        assert v.native and CURRENCY[v.kind] == p.currency, p.seed
        n = v.negatives()
        said = [*n.values(), *(v.terms(g) for g in p.guarantees), v.isa() or ""]
        said += [v.plan() or "", v.duration(), v.fee_line(), v.hero()]
        said += [v.starts_line(i, d) for i, d in enumerate(p.starts)]
        said += [cell for row in v.fee_schedule() + v.refund_schedule() for cell in row]
        charges = [v.amount(x) for x in (15, 45, 90, 120, 150, 250, 300, 350, 500)]
        assert set(charges) & {p.upfront, p.monthly} == set(), p.seed  # no charge is a fee
        for g in p.guarantees:  # the cancellation schedule's shares are never the promise's
            assert f"{g.share}%" not in n["schedule"], p.seed
        non_starts = (n["census"], n["orientation"], n["enrolment"], n["acceptance"],
                      n["break"], n["graduation"])  # fmt: skip
        for d in p.starts:
            assert not any(v.local(d) in x or v.numeric(d) in x for x in non_starts), p.seed
        for name, style in TWENTYFIRST.items():
            page = html.unescape(build_page(p, style, noise=1))
            text = flat(re.sub(r"<[^>]+>", " ", page))
            missing = [s for s in said if flat(s) not in text and flat(as_json(s)) not in text]
            assert not missing, (name, p.seed, missing)
            digits = re.sub(r"[,. '\u00a0]", "", page)
            assert str(p.upfront) in digits and str(p.monthly or "") in digits, name
            assert f"{p.weeks} weeks" in page, name
            for d in p.starts:  # in English words or figures, or in the local language
                said_as = (v.local(d), v.long(d), v.numeric(d), v.native_day(d))
                assert any(x in page for x in said_as), (name, d)
            if name not in ("youtube", "luma"):  # those two carry their text twice, as JSON
                for g in p.guarantees:  # the promise is stated once
                    assert text.count(flat(v.terms(g))) == 1, (name, p.seed)


def test_the_twentyfirst_voice_writes_local_months_and_number_forms():
    from datetime import date

    from pagegen import Kit
    from twentyfirst_voice import TwentyFirstVoice, country, twentyfirst_program

    def voice(kind: str) -> TwentyFirstVoice:
        seed = next(s for s in range(1, 300) if country(s) == kind)
        return TwentyFirstVoice(Kit(twentyfirst_program(seed), 1))

    d = date(2025, 3, 3)
    assert voice("za").native_day(d) == "3 Maart 2025"
    assert voice("ke").native_day(d) == "3 Machi 2025"
    assert voice("my").native_day(d) == "3 Mac 2025"
    assert voice("au").long(d) == "Monday 3 March 2025" and voice("au").numeric(d) == "03/03/2025"
    assert voice("za").numeric(d) == "2025/03/03"
    assert voice("ph").local(d) == "March 3, 2025" and voice("ph").numeric(date(2025, 3, 15)) == (
        "03/15/2025"
    )
    nbsp = "\u00a0"
    assert voice("za").money(45_000) == f"R{nbsp}45{nbsp}000"
    assert voice("za").money(45_000, 1) == f"R{nbsp}45{nbsp}000,00"
    assert voice("ng").money(1_500_000) == "₦1,500,000" and voice("ng").money(1_500_000, 3) == (
        "N1,500,000"
    )
    assert voice("ke").money(150_000) == "KSh 150,000" and voice("ke").money(150_000, 2) == (
        "KES 150,000"
    )
    assert voice("gh").money(12_000) == "GH₵ 12,000" and voice("ph").money(120_000) == "₱120,000"
    assert voice("au").money(9_000) == "A$9,000" and voice("nz").money(9_900) == "NZ$9,900"
    assert voice("sg").money(7_800) == "S$7,800" and voice("my").money(18_000) == "RM18,000"
    assert voice("pk").money(250_000) == "PKR 250,000" and voice("pk").money(250_000, 1) == (
        "Rs. 250,000/-"
    )


def test_a_development_program_keeps_its_code_in_the_twentyfirst_voice():
    from dataclasses import replace

    from pagegen import SIGNS, Kit
    from twentyfirst_voice import TwentyFirstVoice

    # a redesign into the twenty-first styles writes a development program (dollars, euros or
    # pounds, none of this voice's currencies) with its own sign, with Singapore's lines
    for seed in range(1, 90):
        p = make_program(seed)
        v = TwentyFirstVoice(Kit(p, 1))
        assert not v.native and v.kind == "sg", seed
        assert v.money(p.upfront) == f"{SIGNS[p.currency]}{p.upfront:,}", seed
        assert "S$" not in v.fee_line() and p.currency in v.money(p.upfront, 2), seed
        rand = TwentyFirstVoice(Kit(replace(p, currency="ZAR"), 1))
        assert rand.native and rand.kind == "za", seed
