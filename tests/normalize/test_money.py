"""tracker.normalize.money: which ISO 4217 code a currency sign, code or word means."""

from __future__ import annotations

import pytest

from tracker.normalize.money import currency_code, has_currency


@pytest.mark.parametrize(
    "token,hint,expected",
    [
        pytest.param("$", None, "USD", id="dollar"),
        pytest.param("$", "CAD", "CAD", id="dollar-hint-cad"),
        pytest.param("$", "EUR", "USD", id="dollar-hint-not-a-dollar"),
        pytest.param("US$", "CAD", "USD", id="us-dollar"),
        pytest.param("CA$", None, "CAD", id="ca-dollar"),
        pytest.param("C$", None, "CAD", id="c-dollar"),
        pytest.param("€", None, "EUR", id="euro-sign"),
        pytest.param("euros", None, "EUR", id="euros"),
        pytest.param("EUR", None, "EUR", id="eur"),
        pytest.param("£", None, "GBP", id="pound"),
        pytest.param("kr", None, "SEK", id="kr"),
        pytest.param("kr", "nok", "NOK", id="kr-hint-nok"),
        pytest.param("kr.", "DKK", "DKK", id="kr-dot-hint-dkk"),
        pytest.param("SEK", "NOK", "SEK", id="sek-ignores-hint"),
        pytest.param("₹", None, "INR", id="rupee-sign"),
        pytest.param("Rs.", None, "INR", id="rs"),
        pytest.param("hello", None, None, id="not-a-currency"),
        pytest.param("", None, None, id="empty"),
    ],
)
def test_currency_code(token, hint, expected):
    assert currency_code(token, hint=hint) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Tuition is $1,925", True),
        ("15.950 € in total", True),
        ("1,200 USD", True),
        ("pay 40 euros a month", True),
        ("Rs. 45,000", True),
        ("try 5 lessons free", False),  # "try" is no TRY: codes count only in capitals
        ("16 weeks, 500 hours", False),
    ],
)
def test_has_currency(text, expected):
    assert has_currency(text) is expected
