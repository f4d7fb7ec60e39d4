"""Framework payloads that are JSON only once decoded: Nuxt 3's devalue array and Next.js
App Router flight rows, read by the embedded-JSON layer like any other blob."""

from __future__ import annotations

import datetime
import json
from typing import Any

from tracker.extract.layers import extract_facts
from tracker.extract.nuxt_payload import unflatten
from tracker.extract.rsc_flight import flight_chunks, flight_rows

URL = "https://example.com/programme"
TODAY = datetime.date(2025, 1, 15)

#: What Nuxt 3 writes for {"fee": {"amount": 7400, "currency": "CAD"}, "weeks": 16,
#: "batches": [{"startDate": Date(2025-02-16)}]}: every value an index into the array.
NUXT = [
    ["ShallowReactive", 1],
    {"data": 2},
    {"fee": 3, "durationWeeks": 6, "batches": 7, "seatsLeft": 10},
    {"amount": 4, "currency": 5},
    7400,
    "CAD",
    16,
    [8],
    {"startDate": 9, "name": 11},
    ["Date", "2025-02-16T00:00:00.000Z"],
    24,
    "February 2025 intake",
]


def facts_of(html: str) -> dict[str, Any]:
    return extract_facts(URL, f"<html><body><p>Apply today.</p>{html}</body></html>", today=TODAY)


def test_unflatten_rebuilds_the_value_the_indices_stand_for() -> None:
    assert unflatten(NUXT) == {
        "data": {
            "fee": {"amount": 7400, "currency": "CAD"},
            "durationWeeks": 16,
            "batches": [{"startDate": "2025-02-16T00:00:00.000Z", "name": "February 2025 intake"}],
            "seatsLeft": 24,
        }
    }


def test_unflatten_survives_cycles_bad_indices_and_odd_types() -> None:
    assert unflatten([{"me": 0, "gone": -1, "far": 99}]) is not None  # a cycle is bounded
    assert unflatten([["BigInt", "1"]]) is None
    assert unflatten([]) == [] and unflatten({"a": 1}) == {"a": 1}


def test_a_nuxt_payload_is_read_decoded_not_as_indices() -> None:
    script = f'<script type="application/json" id="__NUXT_DATA__">{json.dumps(NUXT)}</script>'
    facts = facts_of(script)
    assert [(o["amount"], o["currency"]) for o in facts["prices"]] == [("7400.00", "CAD")]
    assert facts["duration"]["weeks"] == 16  # not 6, the index of 16
    assert [c["start"] for c in facts["start_dates"]] == ["2025-02-16"]


def _push(text: str) -> str:
    return f"<script>self.__next_f.push({json.dumps([1, text])})</script>"


def test_flight_rows_decode_typed_strings_and_skip_module_rows() -> None:
    props = '{"startsOn":"$D2025-02-18T00:00:00.000Z","x":"$undefined","y":"$$5"}'
    text = f'1:I[7421,["page.js"],"Fee"]\n2:["$","$L1",null,{props}]\nT3,hi\n'
    # "$" marks an element and "$L1" a module: neither is a fact
    assert flight_rows(text) == [
        [None, None, None, {"startsOn": "2025-02-18T00:00:00.000Z", "x": None, "y": "$5"}]
    ]
    assert flight_chunks('self.__next_f.push([1,"0:{}\\n"])') == "0:{}\n"
    assert flight_chunks("self.__next_f.push([0])") is None
    assert flight_chunks("window.x = 1") is None


def test_flight_data_split_across_pushes_is_read() -> None:
    row = json.dumps(["$", "$L2", None, {
        "programme": {"fee": 7800, "currency": "CAD"},
        "emi": {"monthly": 650, "months": 12},
        "batches": [{"intake": "Feb 2025", "startsOn": "$D2025-02-18T00:00:00.000Z"}],
        "lastDateToApply": "$D2025-02-09T00:00:00.000Z",
    }])  # fmt: skip
    html = _push("0:[]\n4:" + row[:40]) + _push(row[40:] + "\n")
    facts = facts_of(html)
    prices = [(o["amount"], o["currency"], o["period"], o["installments"]) for o in facts["prices"]]
    # the plan states no currency: the blob's one currency is its currency
    assert prices == [("7800.00", "CAD", "one_time", None), ("650.00", "CAD", "month", 12)]
    assert [c["start"] for c in facts["start_dates"]] == ["2025-02-18"]


def test_a_blob_with_two_currencies_lends_none_to_a_plan_without_one() -> None:
    data = {"fees": [{"fee": 7800, "currency": "CAD"}, {"fee": 5900, "currency": "USD"}],
            "emi": {"monthly": 650, "months": 12}}  # fmt: skip
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    amounts = [o["amount"] for o in facts_of(script)["prices"]]
    assert "650.00" not in amounts and {"7800.00", "5900.00"} <= set(amounts)


def test_a_plans_payment_count_under_its_installments_key() -> None:
    blob = {"course": {"price": {"amount": 16400, "currency": "CAD"},
                       "installments": {"count": 4, "amount": 4100},
                       "seats": {"count": 12}}}  # fmt: skip
    facts = facts_of(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(blob)}'
                     "</script>")  # fmt: skip
    got = [(o["amount"], o["period"], o["installments"]) for o in facts["prices"]]
    assert got == [("16400.00", "one_time", None), ("4100.00", "installment", 4)]
