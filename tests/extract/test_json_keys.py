"""What a JSON key says a date is: the key vocabulary the embedded-JSON layer reads by."""

from __future__ import annotations

import pytest

from tracker.extract.json_keys import is_end_key, is_start_key

STARTS = ["startDate", "starts_on", "cohortStartDate", "classBeginsOn", "termBegins",
          "semesterStart", "firstDayOfClass", "first_class_date", "commences",
          "intakeStart", "kickOff", "kick_off_date", "kickoff"]  # fmt: skip
ENDS = ["endDate", "endsOn", "graduationDate", "lastDayOfClass", "last_class_date",
        "concludes", "finishDate"]  # fmt: skip
NEITHER = ["applicationStart", "enrolBy", "registerBy", "firstName", "lastUpdated",
           "lastDayToApply", "firstPaymentDate", "updatedAt", "date", "kick", "offDate",
           "signOff", "kickOffCall"]  # fmt: skip


@pytest.mark.parametrize("key", STARTS)
def test_start_keys(key: str) -> None:
    assert is_start_key(key) and not is_end_key(key)


@pytest.mark.parametrize("key", ENDS)
def test_end_keys(key: str) -> None:
    assert is_end_key(key) and not is_start_key(key)


@pytest.mark.parametrize("key", NEITHER)
def test_keys_of_other_dates(key: str) -> None:
    assert not is_start_key(key) and not is_end_key(key)
