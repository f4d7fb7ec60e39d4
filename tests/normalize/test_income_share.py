"""tracker.normalize.income_share: the percent, the months and the income floor."""

from __future__ import annotations

import pytest

from tests.normalize.test_prices import without_raw
from tracker.normalize.income_share import parse_income_share


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "9.9% of your monthly pre-tax income for 24 months",
            {"percent": "9.9", "months": 24, "income_floor": None, "currency": None},
            id="percent-months",
        ),
        pytest.param(
            "9.9% of your monthly pre-tax income for 24 months once you earn at least $40,000 a year",  # noqa: E501
            {"percent": "9.9", "months": 24, "income_floor": "40000.00", "currency": "USD"},
            id="with-floor",
        ),
        pytest.param(
            "Pay $0 upfront, then 12.5% of your salary for 2 years once you make over $50k",
            {"percent": "12.5", "months": 24, "income_floor": "50000.00", "currency": "USD"},
            id="years-and-k-floor",
        ),
        pytest.param(
            "Once you earn more than C$45,000, pay 10% of your income over 36 months",
            {"percent": "10", "months": 36, "income_floor": "45000.00", "currency": "CAD"},
            id="floor-first",
        ),
        pytest.param("94% hiring rate", None, id="not-an-isa"),
        pytest.param("", None, id="empty"),
    ],
)
def test_parse_income_share(text, expected):
    assert without_raw(parse_income_share(text)) == expected


def test_income_share_raw_covers_the_terms():
    text = "ISA: 9.9% of your monthly pre-tax income for 24 months once you earn at least $40,000 a year."  # noqa: E501
    assert parse_income_share(text)["raw"] == text[5:-1]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Financement à revenus partagés (ISA) : payez 15 % de votre salaire mensuel pendant 48 "
         "mois, uniquement une fois en poste avec au moins 50 000 $ par an.",
         ("15", 48, "50000.00", "CAD")),
        ("payez 12\u202f% de vos revenus pendant 2 ans dès que vous gagnez plus de 2 000 € "
         "par mois",
         ("12", 24, "2000.00", "EUR")),
        # a share of something else is no income share
        ("15 % de remise sur les frais de formation pendant 3 mois", None),
    ],
)  # fmt: skip
def test_income_share_terms_in_french(text, expected):
    got = parse_income_share(text, currency_hint="CAD")
    if expected is None:
        assert got is None
    else:
        assert (got["percent"], got["months"], got["income_floor"], got["currency"]) == expected
