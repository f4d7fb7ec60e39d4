"""A page that sets its program against others: only its own figures are its facts.

Sales pages compare themselves with rival schools in a table with a column per school, in a
table pasted as lines of text, and in lines of prose ("vs. Apex Code School: ..."); they set
a struck-through list price over the fee, and emails lay each section out in a row of its
own. Each case keeps the page's own facts and drops the rest, and a table that compares
something else (cohorts, plans) is still read whole.
"""

from __future__ import annotations

import datetime

from tracker.extract.layers import extract_facts
from tracker.extract.rivals import rival_names, without_rivals

TODAY = datetime.date(2025, 1, 15)


def _facts(body: str, title: str = "Pixel Software Engineering Bootcamp") -> dict:
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    return extract_facts("https://pixel.example/p", html, today=TODAY)


def _prices(facts: dict) -> list[str]:
    return sorted(o["amount"] for o in facts["prices"])


def _starts(facts: dict) -> list[str]:
    return [c["start"] for c in facts["start_dates"]]


COMPARISON = (
    "<h2>How we compare</h2><table><thead><tr><th></th><th>Pixel Academy</th>"
    "<th>Apex Code School</th><th>DevPath</th></tr></thead><tbody>"
    "<tr><td>Tuition</td><td>$13,800</td><td>$13,950</td><td>$9,750</td></tr>"
    "<tr><td>Length</td><td>16 weeks</td><td>36 weeks</td><td>40 weeks</td></tr>"
    "<tr><td>Next cohort</td><td>March 3, 2025</td><td>February 15, 2025</td>"
    "<td>March 10, 2025</td></tr></tbody></table>"
)


def test_a_comparison_table_is_read_in_the_pages_own_column() -> None:
    facts = _facts(COMPARISON)
    assert _prices(facts) == ["13800.00"]
    assert _starts(facts) == ["2025-03-03"]
    assert facts["duration"]["weeks"] == 16


def test_a_comparison_table_without_a_header_row_of_th_cells() -> None:
    # an email's table: the first row names the schools, its corner cell empty
    table = COMPARISON.replace("<thead>", "").replace("</thead>", "").replace("th>", "td>")
    assert _prices(_facts(table)) == ["13800.00"]


def test_a_column_saying_us_is_the_pages_own() -> None:
    table = COMPARISON.replace("Pixel Academy", "Us")
    assert _prices(_facts(table, title="Software Engineering Bootcamp")) == ["13800.00"]


def test_a_table_that_names_none_of_its_columns_after_the_page_is_read_whole() -> None:
    # which column is the page's own cannot be told: nothing is dropped
    facts = _facts(COMPARISON, title="Software Engineering Bootcamp")
    assert _prices(facts) == ["13800.00", "13950.00", "9750.00"]


def test_a_table_with_a_column_per_plan_is_read_whole() -> None:
    table = (
        "<h2>Tuition</h2><table><tr><th></th><th>Pay upfront</th><th>Pay monthly</th></tr>"
        "<tr><td>Tuition</td><td>$9,000</td><td>$800 a month</td></tr></table>"
    )
    assert _prices(_facts(table)) == ["800.00", "9000.00"]


def test_a_comparison_pasted_as_lines_of_text_is_read_in_its_own_column() -> None:
    lines = (
        "<h2>How we compare</h2><ul><li>Compare | Pixel Academy | Apex Code School | DevPath"
        "</li><li>Tuition | $13,100 | $19,750 | $12,750</li><li>Next cohort | March 9, 2025 | "
        "February 10, 2025 | March 5, 2025</li></ul>"
    )
    facts = _facts(lines)
    assert _prices(facts) == ["13100.00"]
    assert _starts(facts) == ["2025-03-09"]


def test_lines_about_a_rival_are_not_the_pages_facts() -> None:
    prose = (
        "<h2>Tuition and financing</h2><p>Tuition: $13,100. Next cohort starts March 9, 2025."
        "</p><ul><li>vs. Apex Code School: $19,750 and 36 weeks, next cohort February 10, "
        "2025.</li><li>DevPath: $12,750, part-time, 36 weeks, starting March 5, 2025.</li>"
        "</ul>" + COMPARISON
    )
    facts = _facts(prose)
    assert _prices(facts) == ["13100.00", "13800.00"]
    assert _starts(facts) == ["2025-03-03", "2025-03-09"]


def test_rival_names_come_from_versus_and_table_headers() -> None:
    names = rival_names(["vs. Apex Code School: $19,750", "Tuition vs time"], ["DevPath"])
    assert names == {"Apex Code School", "DevPath"}
    text = "Tuition: $13,100\nDevPath: $12,750\nDevPathfinder Tuition: $1\nvs. DevPath (part-time)"
    assert without_rivals(text, names) == "Tuition: $13,100\nDevPathfinder Tuition: $1"


def test_a_struck_through_price_is_no_price() -> None:
    body = "<h2>Tuition</h2><p><del>$15,800</del> Tuition: $13,800</p><p><s>$16,000</s></p>"
    assert _prices(_facts(body)) == ["13800.00"]


def test_an_emails_sections_in_one_cell_rows_are_read_line_by_line() -> None:
    # nested email tables: each section is a row of one cell, its lines split by <br>
    body = (
        "<table><tr><td><table><tr><td><h2>Tuition and financing</h2>Course fee: £9,375<br>"
        "Our own payment plan: £940 a month for 10 months<br>Most bootcamps charge £10,200 "
        "or more.</td></tr><tr><td><h2>Upcoming cohorts</h2>Cohort 41: starts 7 February "
        "2025<br>Application deadline: 19 January 2025</td></tr></table></td></tr></table>"
    )
    facts = _facts(body, title="Summit Cybersecurity Bootcamp")
    assert _prices(facts) == ["9375.00", "940.00"]
    assert _starts(facts) == ["2025-02-07"]


def test_a_grid_of_divs_with_aria_roles_is_read_as_a_table() -> None:
    def cells(*texts: str, role: str = "cell") -> str:
        return "".join(f"<div role='{role}'>{t}</div>" for t in texts)

    rows = [
        cells("", "Launch Academy", "Koodikoulu Helsinki", "DevPolku", role="columnheader"),
        cells("Tuition", "10 170 €", "13 350 €", "9 300 €"),
        cells("Next cohort", "15 March 2025", "11 February 2025", "6 March 2025"),
    ]
    grid = "<div role='table'>" + "".join(f"<div role='row'>{r}</div>" for r in rows) + "</div>"
    facts = _facts("<h2>How we compare</h2>" + grid, title="Launch Data Bootcamp")
    assert _prices(facts) == ["10170.00"]
    assert _starts(facts) == ["2025-03-15"]


def test_a_grid_whose_cells_sit_in_wrappers_is_read_as_its_text() -> None:
    # a list view marks rows and cells, with wrappers between: its lines are read as text
    row = ("<div role='row'><div class='wrap'><div role='gridcell'>Cohort 11: starts 10 March "
           "2025</div></div></div>")  # fmt: skip
    facts = _facts(f"<h2>Upcoming cohorts</h2><div role='grid'>{row}</div>")
    assert _starts(facts) == ["2025-03-10"]


def test_a_box_naming_a_rival_takes_the_next_box_with_it() -> None:
    # a landing page builder puts the rival's name and its figures in separate boxes
    body = (
        "<h2>Tuition</h2><div><p>Tuition: 95 000 kr</p></div><div><p>vs. Kodskolan Syd:</p>"
        "</div><div><p>207 500 kr and 30 weeks, next cohort 16 February 2025.</p></div>"
        "<div><p>Next cohort starts 3 March 2025.</p></div>"
    )
    facts = _facts(body, title="Northwind Bootcamp")
    assert _prices(facts) == ["95000.00"]
    assert _starts(facts) == ["2025-03-03"]
