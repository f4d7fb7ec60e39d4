"""Tables for tracker.diff.terms: when two statements of a guarantee say the same thing."""

import pytest

from tracker.diff.meaning import figures
from tracker.diff.terms import same_terms, same_window

KIT_JOB = ("Land a job within 9 months of completing the \"Career Sprint\" phase, or get 100% of "
           "your tuition back. You must apply to at least five jobs a week.")  # fmt: skip
OTHER_JOB = ("If you aren't hired within 9 months after graduation, we return 100% of the "
             "tuition you paid. To qualify, attend every career coaching session.")  # fmt: skip
REFUND = "Withdraw within the first 2 weeks and we refund 50% of the tuition you paid."


@pytest.mark.parametrize(
    "old, new",
    [
        pytest.param(KIT_JOB, OTHER_JOB, id="restated-in-new-copy-same-window-and-share"),
        pytest.param(
            REFUND,
            "Leave during the first 2 weeks of class and 50% of tuition is refunded.",
            id="short-promise-restated",
        ),
        pytest.param(
            "Get a job within six months or get 100% back.",
            "If you are not employed within 6 months of finishing, we pay back the full 100%.",
            id="number-words-are-digits",
        ),
        pytest.param(
            "Not satisfied after 14 days? Ask for a refund and get every penny back.",
            "Not satisfied after 14 days? Ask for a refund and get every cent back.",
            id="penny-and-cent-name-one-coin",
        ),
        pytest.param(REFUND, REFUND.replace("the ", "").upper(), id="case-and-articles"),
        pytest.param(
            "Try the first 30 days risk-free. If it is not for you, withdraw and get a full "
            "refund.",
            "100% fee refund if you withdraw within 30 days of the batch start, no questions "
            "asked.",
            id="rewrite-full-refund-is-100-percent",
        ),
        pytest.param(
            KIT_JOB,
            "If you don't get a job within 270 days (9 months) of graduating, we refund 100% "
            "of your tuition.",
            id="rewrite-restates-its-window-in-days-and-months",
        ),
        pytest.param(
            "If you don't get a job within 6 months, we refund 100% of your tuition. To "
            "qualify, apply to at least 8 jobs a week.",
            "If you don't get a job within 6 months, we'll refund 100% of your tuition — to "
            "qualify, apply to 8+ jobs a week.",
            id="edit-contraction-dash-and-plus",
        ),
        pytest.param(
            "Try it for 7 days. If it's not the right fit, withdraw before day 7 and get a "
            "full refund of the tuition you paid.",
            "Try it for 7 days — if it's not the right fit, withdraw before day 7 and we'll "
            "refund all the tuition you paid.",
            id="edit-full-refund-is-refund-all",
        ),
        pytest.param(
            "Tuition refund schedule: 100% refund if you drop before the term begins; 75% "
            "refund if you withdraw within the first 2 weeks of classes; no refund after that.",
            "Refund schedule — drop before the term begins: 100% refund. Withdraw within the "
            "first 2 weeks of classes: 75% refund. After that: no refund.",
            id="edit-restructured-under-another-title",
        ),
        pytest.param(
            "[1] Job Placement Guarantee: If you aren't hired within 6 months, we refund 100% "
            "of your tuition.",
            "If you aren't hired within six months, we refund 100% of your tuition.",
            id="edit-title-dropped-number-word",
        ),
        pytest.param(
            "Si vous n'avez pas trouvé d'emploi dans les 9 mois, nous vous remboursons 100 % "
            "des droits de scolarité.",
            "Si vous n’avez pas trouvé d’emploi dans les 9 mois, nous remboursons 100% des "
            "droits de scolarité.",
            id="edit-french-typographic-apostrophes-a-dropped-pronoun",
        ),
        pytest.param(
            "Abandon dans les 3 premières semaines : 50 % des frais remboursés.",
            "Abandon dans les 3 premières semaines : 50 % de frais remboursés.",
            id="edit-french-article",
        ),
        pytest.param(
            "Placement promise: no job offer within 9 months of finishing the programme means "
            "100% of the course fee comes back to you. Complete all capstones and join every "
            "career-week activity.",
            "Placement promise — no job offer within 9 months of finishing the programme? 100% of "
            "the course fee comes back to you (complete all capstones; join every career-week "
            "activity).",
            id="edit-means-said-as-a-question",
        ),
        pytest.param(
            "Job guarantee: if you do not get a job within 6 months of graduating, we refund 100% "
            "of the tuition. Conditions: 90% attendance and five applications a week.",
            "Employment guarantee: if you are not employed within 6 months of graduating, we "
            "refund 100% of the tuition. Conditions: 90% attendance and at least five "
            "applications a week.",
            id="edit-employed-is-a-job-and-at-least-is-the-count",
        ),
        pytest.param(
            "Garantie emploi : si vous n'avez pas trouvé d'emploi dans les 9 mois qui suivent la "
            "fin de la formation, nous vous remboursons 100 % des frais. Condition : postuler à "
            "au moins cinq offres par semaine.",
            "Garantie emploi — pas d'emploi 9 mois après la fin de la formation ? 100% de vos "
            "frais vous sont remboursés (à condition de postuler à cinq offres par semaine).",
            id="edit-french-found-no-job-within-is-after-and-au-moins-is-the-count",
        ),
        pytest.param(
            "No job offer within 6 months of graduating? We refund 100% of the tuition.",
            "No job offer 6 months after graduating? We refund 100% of the tuition.",
            id="edit-within-n-months-of-is-n-months-after",
        ),
        pytest.param(
            "Job guarantee (garantía de empleo): if you have no job offer within 9 months of "
            "graduating, we refund 100% of the tuition. You must finish all projects.",
            "Employment guarantee (garancija zaposlenja): if you do not get a job within 9 "
            "months of graduating, we refund 100% of the tuition. You must complete all "
            "projects.",
            id="edit-glossed-titles-no-job-offer-and-finishing",
        ),
        pytest.param(
            "Withdraw within the first 2 weeks and we refund 50% of the tuition you paid.",
            "Refund policy: withdraw within the first 2 weeks and we refund 50% of the "
            "tuition; no refunds are made after that.",
            id="edit-what-a-refund-window-implies",
        ),
        pytest.param(
            "Withdraw within 7 days of the first class and receive a full refund of the fee paid.",
            "Withdraw within 7 days of the first class and receive a full refund.",
            id="edit-of-the-fee-paid",
        ),
        pytest.param(
            "Withdraw within the first 2 weeks and we refund 75% of the tuition you paid.",
            "Si vous arrêtez dans les 2 premières semaines, nous remboursons 75 % des frais de "
            "formation ; aucun remboursement ensuite.",
            id="rewrite-in-french-first-weeks",
        ),
        pytest.param(
            KIT_JOB.replace("apply to", "attend 90% of classes and apply to"),
            "Employment guarantee: if you are not employed within 9 months of graduation, we "
            "refund 100% of the tuition.",
            id="rewrite-leaves-out-the-attendance-condition",
        ),
        pytest.param(
            "Placement promise: no job offer within 6 months means 100% back. Conditions: 90% "
            "attendance.",
            "Land a job within 6 months of finishing or get 100% of your tuition back. You "
            "must finish all projects.",
            id="rewrite-words-its-conditions-another-way",
        ),
    ],
)
def test_same_promise(old, new):
    assert same_terms(old, new)
    assert same_terms(new, old)


@pytest.mark.parametrize(
    "old, new",
    [
        pytest.param(KIT_JOB, OTHER_JOB.replace("9 months", "12 months"), id="rewrite-new-window"),
        pytest.param(KIT_JOB, OTHER_JOB.replace("100%", "50%"), id="rewrite-new-share"),
        pytest.param(
            "We refund $500 if you withdraw in the first week.",
            "Leave during week one and you get $600 back.",
            id="rewrite-new-sum",
        ),
        pytest.param(
            KIT_JOB,
            KIT_JOB + " Only for students who finish every unit.",
            id="edit-adds-a-condition",
        ),  # fmt: skip
        pytest.param(
            KIT_JOB, KIT_JOB.replace("five jobs", "ten jobs"), id="edit-changes-a-condition"
        ),  # fmt: skip
        pytest.param(
            "Land a job within 6 months or get your tuition back.",
            "Land a role within 6 months or get your deposit back.",
            id="edit-changes-words-same-figures",
        ),
        pytest.param(
            "Full refund within 14 days.", "Partial refund within 14 days.", id="edit-of-one-word"
        ),  # fmt: skip
        pytest.param(REFUND, "", id="terms-on-one-side"),
        pytest.param(
            "Try the first 30 days risk-free. If it is not for you, withdraw and get a full "
            "refund.",
            "50% fee refund if you withdraw within 30 days of the batch start.",
            id="rewrite-full-refund-becomes-half",
        ),
        pytest.param(
            KIT_JOB,
            "If you don't get a job within 365 days (12 months) of graduating, we refund 100% "
            "of your tuition.",
            id="rewrite-restated-window-is-longer",
        ),
        pytest.param(
            "100% refund if you drop before the term begins; 75% refund if you withdraw "
            "within the first 2 weeks.",
            "75% refund if you drop before the term begins; 100% refund if you withdraw "
            "within the first 2 weeks.",
            id="edit-swaps-the-shares",
        ),
        pytest.param(
            "Full refund if you withdraw before the term begins.",
            "Full refund if you withdraw after the term begins.",
            id="edit-before-to-after",
        ),
        pytest.param(
            "If you don't get a job within 6 months, we refund your tuition.",
            "If you don't get a job within 6 months, we may refund your tuition.",
            id="edit-adds-may",
        ),
        pytest.param(
            "If you withdraw within 14 days, we refund your tuition.",
            "If you withdraw within 14 days, we won't refund your tuition.",
            id="edit-adds-a-contracted-negation",
        ),
        pytest.param(
            "Land a job within 6 months or get your tuition back.",
            "Land a job within 6 months and get your tuition back.",
            id="edit-or-to-and",
        ),
        pytest.param(
            "Full refund if you withdraw within 14 days and attend orientation.",
            "Full refund if you withdraw within 14 days.",
            id="edit-drops-a-condition",
        ),
        pytest.param(
            "Si vous n'avez pas trouvé d'emploi dans les 6 mois, nous remboursons 100 % des frais.",
            "Si vous n'avez pas trouvé d'emploi dans les 12 mois, nous remboursons 100 % des "
            "frais.",
            id="edit-french-window",
        ),
        pytest.param(
            "Nous remboursons 100 % des frais.",
            "Nous ne remboursons pas les frais.",
            id="edit-french-negation",
        ),
        pytest.param(
            "No job offer within 9 months means 100% of the course fee comes back to you. "
            "Complete all capstones.",
            "No job offer within 9 months means 100% of the course fee comes back to you. "
            "Complete all capstones and pass the final exam.",
            id="edit-means-a-new-condition",
        ),
        pytest.param(
            "If you are not employed within 6 months, we refund 100% of the tuition. Apply to at "
            "least five jobs a week.",
            "If you are not employed within 6 months, we refund 100% of the tuition. Apply to at "
            "most five jobs a week.",
            id="edit-at-least-to-at-most",
        ),
        pytest.param(
            "If you are not employed within 6 months, we refund 100% of the tuition.",
            "If you are employed within 6 months, we refund 100% of the tuition.",
            id="edit-employed-negation-dropped",
        ),
        pytest.param(
            "Pas d'emploi 9 mois après la fin de la formation ? 100 % des frais remboursés.",
            "Pas d'emploi 9 mois avant la fin de la formation ? 100 % des frais remboursés.",
            id="edit-french-after-to-before",
        ),
        pytest.param(
            "Pas d'emploi dans les 9 mois qui suivent la fin ? Postulez à au moins cinq offres.",
            "Pas d'emploi dans les 9 mois qui suivent la fin ? Postulez à au moins dix offres.",
            id="edit-french-count-of-a-condition",
        ),
        pytest.param(
            KIT_JOB + " Attend 90% of classes.",
            "Employment guarantee: if you are not employed within 9 months of graduation, we "
            "refund 75% of the tuition. Attend 90% of classes.",
            id="rewrite-new-share-beside-a-condition",
        ),
        pytest.param(
            "Withdraw within the first 2 weeks and we refund 50% of the tuition; no refunds "
            "after that.",
            "Withdraw within the first 2 weeks and we refund 75% of the tuition; no refunds "
            "after that.",
            id="edit-new-share-beside-what-a-window-implies",
        ),
        pytest.param(
            "Not hired within 6 months? Get your fee back.",
            "Not hired within 6 months? Get your deposit back.",
            id="edit-fee-or-deposit",
        ),
        pytest.param(
            KIT_JOB + " Attend 90% of classes.",
            KIT_JOB.replace("your tuition", "the tuition").replace("Land a job", "Get hired")
            + " Attend 80% of classes.",
            id="edit-changes-the-attendance-condition",
        ),
    ],
)
def test_changed_promise(old, new):
    assert not same_terms(old, new)
    assert not same_terms(new, old)


def test_a_period_restated_in_brackets_is_one_figure():
    assert figures("within 270 days (9 months) of graduating") == {"9 month": 1}
    assert figures("within 6 months (180 days)") == {"6 month": 1}
    assert figures("2 weeks in class, then 3 months (or less) of job search") == {
        "2 week": 1, "3 month": 1
    }  # fmt: skip


def test_figures():
    assert figures("within six months, 100% of your tuition, $1,500 or 2 weeks") == {
        "6 month": 1, "100%": 1, "$1500": 1, "2 week": 1,
    }  # fmt: skip
    assert figures("apply to five jobs a week") == {}


def test_without_conditions_only_shares_of_money_are_figures():
    promise = ("Attend 90% of classes and apply to 5 jobs a week: no job within 6 months and we "
               "refund 75% of your tuition.")  # fmt: skip
    assert figures(promise, conditions=False) == {"6 month": 1, "75%": 1}
    assert figures(promise) == {"90%": 1, "6 month": 1, "75%": 1}
    for share in ("get 50% back", "50% of the course fee", "we pay back 50%",
                  "remboursés à 50 %", "a 50% money-back promise"):  # fmt: skip
        assert figures(share, conditions=False) == {"50%": 1}, share
    for condition in ("Conditions: 90% attendance.", "score 80% on the final exam",
                      "complete 90% of the coursework"):  # fmt: skip
        assert figures(condition, conditions=False) == {}, condition


def _g(terms, window):
    return {"kind": "money_back", "terms": terms, "window": window}


@pytest.mark.parametrize(
    "old, new, same",
    [
        pytest.param(_g("Try the first 14 days risk-free.", None),
                     _g("Change your mind during the first 14 days.", "during the first 14 days"),
                     True, id="stated-on-one-side-period-in-the-other-terms"),
        pytest.param(_g("Try it risk-free.", None),
                     _g("Change your mind during the first 14 days.", "during the first 14 days"),
                     False, id="stated-on-one-side-period-not-in-the-other-terms"),
        pytest.param(_g("x", "within 9 months of completing the phase"),
                     _g("x", "within 9 months after graduation"), True, id="both-restated"),
        pytest.param(_g("x", "within 6 months"), _g("x", "within 12 months"), False,
                     id="both-new-period"),
        pytest.param(_g("x", None), _g("y", None), True, id="neither"),
        # one period counted from the same point, in other words, is one window
        pytest.param(_g("x", "within 9 months of completing"),
                     _g("x", "within 9 months of finishing"), True, id="completing-or-finishing"),
        pytest.param(_g("x", "within nine months of graduating"),
                     _g("x", "within 9 months of the end of the course"), True,
                     id="graduating-or-end-number-word"),
        pytest.param(_g("x", "in the first 2 weeks"), _g("x", "within the first 2 weeks"), True,
                     id="in-or-within"),
        pytest.param(_g("x", "within 180 days (6 months) of graduating"),
                     _g("x", "within 6 months of completing the course"), True,
                     id="days-restated-as-months"),
        pytest.param(_g("x", "within 180 days (6 months) of graduating"),
                     _g("x", "within 9 months of completing the course"), False,
                     id="days-restated-as-months-new-period"),
        # counted from another point, or with a condition only words tell: a change
        pytest.param(_g("x", "within 6 months of completing"),
                     _g("x", "within 6 months of enrolling"), False, id="end-or-start"),
        pytest.param(_g("x", "within 6 months of completing"),
                     _g("x", "within 6 months of passing the exam"), False, id="new-condition"),
        pytest.param(_g("x", "within 6 months of finishing"),
                     _g("x", "within 9 months of finishing"), False, id="same-point-new-period"),
        # the first class is the start; and the same in French
        pytest.param(_g("x", "within 14 days of the first class"),
                     _g("x", "14 days from the first class"), True, id="first-class-no-within"),
        pytest.param(_g("x", "within 14 days of the first class"),
                     _g("x", "within 14 days of graduating"), False, id="first-class-or-end"),
        pytest.param(_g("x", "dans les 6 mois qui suivent la fin de la formation"),
                     _g("x", "6 mois après la fin de la formation"), True, id="french-end"),
        pytest.param(_g("x", "dans les 2 premières semaines"),
                     _g("x", "within the first 2 weeks"), True, id="french-first-weeks"),
        pytest.param(_g("x", "dans les 2 premières semaines"),
                     _g("x", "within the first 3 weeks"), False, id="french-first-weeks-longer"),
        pytest.param(_g("x", "during the first 2 weeks of class"),
                     _g("x", "within the first 2 weeks of the programme"), True,
                     id="first-weeks-of-class-or-programme"),
        pytest.param(_g("x", "within 30 days of the batch start"),
                     _g("x", "within 30 days of the first class"), True,
                     id="batch-start-is-the-first-class"),
        pytest.param(_g("x", "within 30 days of the batch start"),
                     _g("x", "within 30 days of the batch end"), False, id="batch-start-or-end"),
        pytest.param(_g("x", "dans les 6 mois qui suivent la fin de la formation"),
                     _g("x", "6 mois après le début de la formation"), False,
                     id="french-end-or-start"),
        # "the first N days" count from the start, "after the bootcamp" from its end
        pytest.param(_g("x", "within the first 14 days"),
                     _g("x", "within 14 days of the first class"), True, id="first-days"),
        pytest.param(_g("x", "in 6 months after the bootcamp"),
                     _g("x", "within 6 months of graduation"), True, id="after-the-bootcamp"),
        pytest.param(_g("x", "within 9 months of completing the certificate"),
                     _g("x", "within 9 months of graduating"), True, id="completing-a-certificate"),
        pytest.param(_g("x", "within the first 14 days"),
                     _g("x", "within 14 days of graduating"), False, id="first-days-or-end"),
        pytest.param(_g("x", "within 6 months after the bootcamp"),
                     _g("x", "within 6 months of enrolling"), False, id="after-or-enrolling"),
    ],
)  # fmt: skip
def test_same_window(old, new, same):
    assert same_window(old, new) is same
    assert same_window(new, old) is same
