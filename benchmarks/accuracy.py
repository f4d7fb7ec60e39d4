"""How right bootwatch's facts and changes are on generated pages with known truth.

Run from the repository root::

    .venv/bin/python benchmarks/accuracy.py [--programs 8] [--worst 8] [--json out.json]

Every style (benchmarks/page_styles.py, benchmarks/heldout_styles.py,
benchmarks/fresh_styles.py, benchmarks/unseen_styles.py, benchmarks/fourth_styles.py,
benchmarks/fifth_styles.py, benchmarks/sixth_styles.py, benchmarks/seventh_styles.py,
benchmarks/eighth_styles.py, benchmarks/ninth_styles.py, benchmarks/tenth_styles.py,
benchmarks/eleventh_styles.py, benchmarks/twelfth_styles.py, benchmarks/thirteenth_styles.py,
benchmarks/fourteenth_styles.py, benchmarks/fifteenth_styles.py,
benchmarks/sixteenth_styles.py, benchmarks/seventeenth_styles.py,
benchmarks/eighteenth_styles.py, benchmarks/nineteenth_styles.py and
benchmarks/twentieth_styles.py for development: each was held out once and has been tuned on
since; benchmarks/twentyfirst_styles.py held out, new markup in a twenty-first voice no rule was
tuned on)
writes ``--programs`` programs (benchmarks/pagegen.py; the sixth set's are priced in rupees,
Singapore and Canadian dollars by benchmarks/sixth_voice.py, the seventh set's in euros,
Swiss francs, reals, Mexican pesos and Australian dollars by benchmarks/seventh_voice.py, the
eighth set's in naira, rand, Kenyan shillings, Philippine pesos, New Zealand dollars and
złoty by benchmarks/eighth_voice.py, the ninth set's in dirhams, riyals, shekels, lira,
Swedish, Norwegian and Danish kronor and yen by benchmarks/ninth_voice.py, the tenth set's
in US dollars, pounds and euros at community-college and public-training fees by
benchmarks/tenth_voice.py, the eleventh set's in euros, Canadian dollars, Swiss francs,
dirhams and FCFA on francophone pages and in rupiah, đồng, ringgit and baht on Southeast
Asian ones by benchmarks/eleventh_voice.py, the twelfth set's in koruna, forint, lei, hryvnia,
euros and leva on Central and Eastern European pages and in won, New Taiwan and Hong Kong
dollars and yuan on East Asian ones by benchmarks/twelfth_voice.py, the thirteenth set's in
Argentine, Colombian, Chilean and Uruguayan pesos and soles on Latin American pages and in
Pakistani rupees, taka and Egyptian pounds on South Asian and Egyptian ones by
benchmarks/thirteenth_voice.py, the fourteenth set's in tenge, lari, dram, manat, so'm and
tögrög on Caucasus and Central Asian pages and in cedis, birr and Tanzanian, Ugandan and
Rwandan shillings and francs on African ones by benchmarks/fourteenth_voice.py, the fifteenth
set's in pula, Namibian dollars and kwacha on Southern African pages, in quetzales, colones,
Dominican pesos and Jamaican and Trinidadian dollars on Central American and Caribbean ones and
in Fijian dollars and kina on Pacific ones by benchmarks/fifteenth_voice.py, the sixteenth
set's in Jordanian, Kuwaiti, Bahraini and Iraqi dinars, Omani and Qatari rials and Lebanese
fresh dollars and pounds on Arab pages and in Tunisian and Algerian dinars on Maghreb ones by
benchmarks/sixteenth_voice.py, the seventeenth set's in Serbian dinars, denars, convertible
marks, lekë and euros on Balkan pages and in Moldovan lei and Belarusian and Russian roubles on
Eastern European ones by benchmarks/seventeenth_voice.py, the eighteenth set's in som, somoni,
manat, afghani, rials, kyat, riel and US dollars, kip, rufiyaa and ngultrum on Central and
Southern Asian pages and in guaraníes, bolivianos, lempiras and córdobas on Andean and Central
American ones by benchmarks/eighteenth_voice.py, the nineteenth set's in tālā, paʻanga, vatu,
Solomon Islands dollars, Mauritian and Seychellois rupees and ariary on Pacific and Indian Ocean
pages, in meticais, kwanzas, escudos, dalasi and leones on African ones and in gourdes and
Guyanese, Surinamese, Barbadian and Liberian dollars on Caribbean and Atlantic ones by
benchmarks/nineteenth_voice.py, the twentieth set's in US and Canadian dollars, pounds, euros,
Swedish, Norwegian and Danish kronor, rupees and lira on the long-form sales and comparison pages
of North America, the British Isles, the Nordics, India and Turkey, beside rivals' fees, lenders'
loans, list prices, funding caps and outcome statistics, by benchmarks/twentieth_voice.py, the
twenty-first set's in Australian, New Zealand and Singapore dollars, rand, naira, Kenya
shillings, cedis, Philippine pesos, ringgit and Pakistani rupees in the terms and conditions and
fee schedules of Commonwealth training providers, beside withdrawal, deferral and late fees,
cancellation schedules, funding caps, tax components and census dates, by
benchmarks/twentyfirst_voice.py). Each page goes through the real pure
extraction (``tracker.extract.layers.extract_facts``) and is scored per field against the truth:
precision and recall of the values found, and the share of pages whose field is exactly right.
Then each page's re-crawls (noise only, a redesign in another style, the same sections
reordered, restyled guarantee terms, a dropped sub-value, and one-fact changes) go through the
real differ (``tracker.diff.decide.diff_program``, which calls
``tracker.diff.fields.diff_facts``) against the first page's facts, and the fields it reports
changed are scored against the one field that did change. No network and no database.

It is one script of about 250 lines because scoring and reporting read the same splits.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from eighteenth_styles import EIGHTEENTH
from eighteenth_voice import eighteenth_program
from eighth_styles import EIGHTH
from eighth_voice import eighth_program
from eleventh_styles import ELEVENTH
from eleventh_voice import eleventh_program
from fifteenth_styles import FIFTEENTH
from fifteenth_voice import fifteenth_program
from fifth_styles import FIFTH
from fourteenth_styles import FOURTEENTH
from fourteenth_voice import fourteenth_program
from fourth_styles import FOURTH
from fresh_styles import FRESH
from heldout_styles import FIRST, SECOND
from nineteenth_styles import NINETEENTH
from nineteenth_voice import nineteenth_program
from ninth_styles import NINTH
from ninth_voice import ninth_program
from page_styles import DEV
from pagegen import TODAY, Program, Variant, build_page, make_program, truth, variants
from seventeenth_styles import SEVENTEENTH
from seventeenth_voice import seventeenth_program
from seventh_styles import SEVENTH
from seventh_voice import seventh_program
from sixteenth_styles import SIXTEENTH
from sixteenth_voice import sixteenth_program
from sixth_styles import SIXTH
from sixth_voice import sixth_program
from tenth_styles import TENTH
from tenth_voice import tenth_program
from thirteenth_styles import THIRTEENTH
from thirteenth_voice import thirteenth_program
from twelfth_styles import TWELFTH
from twelfth_voice import twelfth_program
from twentieth_styles import TWENTIETH
from twentieth_voice import twentieth_program
from twentyfirst_styles import TWENTYFIRST
from twentyfirst_voice import twentyfirst_program
from unseen_styles import UNSEEN

from tracker.diff.decide import Observation, ProgramState, diff_program
from tracker.extract.layers import extract_facts
from tracker.facts import Facts, facts_hash

FIELDS = ("prices", "start_dates", "weeks", "hours_per_week", "guarantees", "income_share")
CHANGE_FIELDS = ("prices", "start_dates", "duration", "guarantees", "income_share")
STYLES = {**{name: ("dev", f) for name, f in {**DEV, **FIRST, **SECOND, **FRESH,
                                               **UNSEEN, **FOURTH, **FIFTH,
                                               **SIXTH, **SEVENTH, **EIGHTH,
                                               **NINTH, **TENTH, **ELEVENTH,
                                               **TWELFTH, **THIRTEENTH,
                                               **FOURTEENTH, **FIFTEENTH,
                                               **SIXTEENTH, **SEVENTEENTH,
                                               **EIGHTEENTH, **NINETEENTH,
                                               **TWENTIETH}.items()},
          **{name: ("held-out", f) for name, f in TWENTYFIRST.items()}}  # fmt: skip
#: How a style's programs are drawn, where not by :func:`pagegen.make_program`.
MAKERS = {**{name: sixth_program for name in SIXTH},
          **{name: seventh_program for name in SEVENTH},
          **{name: eighth_program for name in EIGHTH},
          **{name: ninth_program for name in NINTH},
          **{name: tenth_program for name in TENTH},
          **{name: eleventh_program for name in ELEVENTH},
          **{name: twelfth_program for name in TWELFTH},
          **{name: thirteenth_program for name in THIRTEENTH},
          **{name: fourteenth_program for name in FOURTEENTH},
          **{name: fifteenth_program for name in FIFTEENTH},
          **{name: sixteenth_program for name in SIXTEENTH},
          **{name: seventeenth_program for name in SEVENTEENTH},
          **{name: eighteenth_program for name in EIGHTEENTH},
          **{name: nineteenth_program for name in NINETEENTH},
          **{name: twentieth_program for name in TWENTIETH},
          **{name: twentyfirst_program for name in TWENTYFIRST}}  # fmt: skip


@dataclass
class Score:
    """True and false positives and misses of one field, and pages exactly right."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    pages: int = 0

    def add(self, tp: int, fp: int, fn: int, exact: bool) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        self.exact, self.pages = self.exact + exact, self.pages + 1

    def figures(self) -> dict[str, float | None]:
        found, stated = self.tp + self.fp, self.tp + self.fn
        return {
            "precision": round(self.tp / found, 3) if found else None,
            "recall": round(self.tp / stated, 3) if stated else None,
            "exact": round(self.exact / self.pages, 3) if self.pages else None,
        }


@dataclass
class Split:
    """The scores of one group of styles."""

    extraction: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    changes: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    false_changes: Counter = field(default_factory=Counter)  # variant name -> changes
    lost: Counter = field(default_factory=Counter)  # variant name -> value_lost problems
    baselines: int = 0
    first_crawls: int = 0


def read(facts: Facts) -> dict:
    """The extracted facts in the truth's comparable form (:func:`pagegen.truth`)."""
    duration = facts.get("duration") or {}
    low = duration.get("hours_per_week_min")
    share = facts.get("income_share") or {}
    try:
        isa = (int(Decimal(share["percent"])), share.get("months")) if share else None
    except (KeyError, InvalidOperation):
        isa = None
    return {
        "prices": {
            (o.get("amount"), o.get("currency"), o.get("period")) for o in facts.get("prices") or []
        },  # fmt: skip
        "start_dates": {c.get("start") for c in facts.get("start_dates") or []},
        "weeks": duration.get("weeks"),
        "hours_per_week": (low, duration.get("hours_per_week_max") or low) if low else None,
        "guarantees": {g.get("kind"): g for g in facts.get("guarantees") or []},
        "income_share": isa,
    }


#: A window's unit as the voices write it: English, and French ("9 mois").
UNIT_WORDS = {"days": ("days", "jours"), "weeks": ("weeks", "semaines"),
              "months": ("months", "mois"), "years": ("years", "ans")}  # fmt: skip


def terms_hold(want: object, got: dict) -> bool:
    """Whether extracted guarantee terms state the true window and refund share, in the
    page's words ("9 months", "9 mois"; "100%", "100 %")."""
    text = " ".join(f"{got.get('terms') or ''} {got.get('window') or ''}".split())
    window, unit, share = want.window, want.unit, want.share  # type: ignore[attr-defined]
    return any(f"{window} {w}" in text for w in UNIT_WORDS.get(unit, (unit,))) and (
        want.kind == "money_back" or f"{share}%" in text or f"{share} %" in text  # type: ignore[attr-defined]
    )


def score_page(split: Split, want: dict, got: dict) -> list[str]:
    """Add one page's extraction to ``split``; returns what was wrong, in words."""
    wrong = []
    for name in ("prices", "start_dates"):
        tp, fp, fn = want[name] & got[name], got[name] - want[name], want[name] - got[name]
        split.extraction[name].add(len(tp), len(fp), len(fn), not fp and not fn)
        wrong += [f"{name} extra {v}" for v in sorted(map(str, fp))]
        wrong += [f"{name} missed {v}" for v in sorted(map(str, fn))]
    for name in ("weeks", "hours_per_week", "income_share"):
        w, g = want[name], got[name]
        ok = w is not None and g == w
        split.extraction[name].add(int(ok), int(g is not None and g != w),
                                   int(w is not None and not ok), g == w)  # fmt: skip
        if g != w:
            wrong.append(f"{name} {g} (truth {w})")
    kinds_w, kinds_g = set(want["guarantees"]), set(got["guarantees"])
    held = {k for k in kinds_w & kinds_g if terms_hold(want["guarantees"][k], got["guarantees"][k])}
    split.extraction["guarantees"].add(len(held), len(kinds_g - held), len(kinds_w - held),
                                       held == kinds_w == kinds_g)  # fmt: skip
    wrong += [f"guarantee {k} wrong terms: {got['guarantees'][k].get('terms')!r:.90}"
              for k in (kinds_w & kinds_g) - held]  # fmt: skip
    wrong += [f"guarantee extra {k}: {got['guarantees'][k].get('terms')!r:.90}"
              for k in kinds_g - kinds_w]  # fmt: skip
    wrong += [f"guarantee missed {k}" for k in kinds_w - kinds_g]
    return wrong


def facts_of(p: Program, style: str, noise: int, order: int = 0) -> Facts:
    html = build_page(p, STYLES[style][1], noise, order)
    return extract_facts(f"https://{p.camp.lower()}.example/p/{p.seed}", html, today=TODAY)


def score_change(split: Split, base: Facts, v: Variant) -> list[str]:
    """Add one re-crawl's verdict to ``split``; returns what was wrong, in words."""
    state = ProgramState(base, recent_hashes=(facts_hash(base),))
    new = facts_of(v.program, v.style, v.noise, v.order)
    result = diff_program("p", state, Observation("ok", new), today=TODAY)
    found = {c.field for c in result.changes if c.field != "lifecycle"}
    split.lost[v.name] += sum(p.kind == "value_lost" for p in result.problems)
    if not v.expect:
        split.false_changes[v.name] += len(result.changes)
    for name in CHANGE_FIELDS:
        hit, said = name in v.expect, name in found
        split.changes[name].add(int(hit and said), int(said and not hit),
                                int(hit and not said), hit == said)  # fmt: skip
    if found == set(v.expect):
        return []
    summaries = "; ".join(c.summary for c in result.changes)[:160]
    return [f"re-crawl {v.name}: expected {sorted(v.expect)}, got {sorted(found)} ({summaries})"]


def run(
    programs: int, first_seed: int = 1, groups: tuple[str, ...] = ("dev", "held-out")
) -> tuple[dict[str, Split], list[tuple]]:
    """Score the styles of ``groups`` on ``programs`` programs each; returns the splits and
    every page's errors."""
    splits: dict[str, Split] = defaultdict(Split)
    pages = []
    for index, (style, (group, _)) in enumerate(STYLES.items()):
        if group not in groups:
            continue
        others = [s for s, (g, _) in STYLES.items() if g == group and s != style]
        split = splits[group]
        for i in range(programs):
            p = MAKERS.get(style, make_program)(first_seed + index * 1000 + i)
            base = facts_of(p, style, p.seed)
            wrong = score_page(split, truth(p), read(base))
            first = diff_program("p", ProgramState(None), Observation("ok", base), today=TODAY)
            split.first_crawls += 1
            split.baselines += first.verdict == "new"
            for v in variants(p, style, others):
                wrong += score_change(split, base, v)
            pages.append((len(wrong), group, style, p.seed, wrong))
    return splits, pages


def report(splits: dict[str, Split], pages: list[tuple], worst: int) -> dict:
    out: dict = {}
    for group, split in sorted(splits.items()):
        out[group] = {
            "extraction": {f: split.extraction[f].figures() for f in FIELDS},
            "changes": {f: split.changes[f].figures() for f in CHANGE_FIELDS},
            "false_changes": dict(split.false_changes),
            "value_lost": dict(split.lost),
            "baselines": f"{split.baselines}/{split.first_crawls}",
        }
    out["worst"] = [
        {"errors": n, "split": g, "style": s, "seed": seed, "wrong": w[:6]}
        for n, g, s, seed, w in sorted(pages, key=lambda x: -x[0])[:worst]
        if n
    ]
    return out


def print_report(out: dict) -> None:
    for group in ("dev", "held-out"):
        if group not in out:
            continue
        data = out[group]
        print(f"== {group} styles")
        print(f"{'extraction':<16}{'precision':>10}{'recall':>8}{'exact':>8}")
        for name, fig in data["extraction"].items():
            print(
                f"{name:<16}"
                + "".join(
                    f"{_f(fig[k]):>{w}}"
                    for k, w in (("precision", 10), ("recall", 8), ("exact", 8))
                )
            )
        print(f"{'changes':<16}{'precision':>10}{'recall':>8}")
        for name, fig in data["changes"].items():
            print(f"{name:<16}{_f(fig['precision']):>10}{_f(fig['recall']):>8}")
        print(f"changes on no-change re-crawls: {data['false_changes']}")
        print(f"value_lost problems: {data['value_lost']}")
        print(f"first crawls recorded as a baseline: {data['baselines']}")
    print("== worst pages")
    for page in out["worst"]:
        print(f"{page['errors']:>3} {page['split']:<8} {page['style']:<15} seed {page['seed']}")
        for line in page["wrong"]:
            print(f"      {line}")


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--programs", type=int, default=8, help="programs per style")
    parser.add_argument("--seed", type=int, default=1, help="first program seed")
    parser.add_argument("--worst", type=int, default=8, help="worst pages to show")
    parser.add_argument("--only", choices=("dev", "held-out"), help="score one group only")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    groups = (args.only,) if args.only else ("dev", "held-out")
    out = report(*run(args.programs, args.seed, groups), args.worst)
    print_report(out)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
