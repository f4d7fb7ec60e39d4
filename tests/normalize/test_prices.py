"""Tables of page text and the prices, income shares and currencies read from it."""

from __future__ import annotations

import pytest

from tracker.normalize.income_share import parse_income_share
from tracker.normalize.prices import count_price_mentions, parse_prices


def without_raw(value):
    """Options or an income share minus ``raw``, the one key a table cannot state exactly."""
    if isinstance(value, list):
        return [without_raw(v) for v in value]
    return {k: v for k, v in value.items() if k != "raw"} if value else value


def opt(amount, currency="USD", period="one_time", *, hi=None, n=None, label=None):
    """An expected PriceOption without ``raw``, the fields in the order tables read best."""
    return {
        "amount": amount,
        "amount_max": hi,
        "currency": currency,
        "period": period,
        "installments": n,
        "label": label,
    }


@pytest.mark.parametrize(
    "text,kwargs,expected",
    [
        pytest.param(
            "$34/month, or $24/month paid yearly",
            {},
            [
                opt("34.00", period="month", label="monthly"),
                opt("24.00", period="month", label="yearly"),
            ],
            id="monthly-or-paid-yearly",
        ),
        pytest.param(
            "$24-$34/month",
            {},
            [opt("24.00", period="month", hi="34.00", label="monthly")],
            id="range-dash",
        ),
        pytest.param(
            "$24 - $34 per month",
            {},
            [opt("24.00", period="month", hi="34.00", label="monthly")],
            id="range-spaced-per",
        ),
        pytest.param(
            "$24-34/month",
            {},
            [opt("24.00", period="month", hi="34.00", label="monthly")],
            id="range-bare-upper",
        ),
        pytest.param("6,770 euros", {}, [opt("6770.00", "EUR")], id="euros-word"),
        pytest.param("6 770 EUR", {}, [opt("6770.00", "EUR")], id="eur-space-thousands"),
        pytest.param("€6.770", {}, [opt("6770.00", "EUR")], id="euro-dot-thousands"),
        pytest.param("CHF 17'690", {}, [opt("17690.00", "CHF")], id="swiss-apostrophe-thousands"),
        pytest.param("Fee: CHF 17’690", {}, [opt("17690.00", "CHF")], id="typographic-apostrophe"),
        pytest.param("17'690 CHF", {}, [opt("17690.00", "CHF")], id="apostrophe-before-code"),
        pytest.param("Class of '24: $9,900", {}, [opt("9900.00", "USD")], id="apostrophe-year"),
        pytest.param("SEK 67 700", {}, [opt("67700.00", "SEK")], id="sek-code-first"),
        pytest.param(
            "Pris: 67 700 kr", {"currency_hint": "NOK"}, [opt("67700.00", "NOK")], id="kr-hint-nok"
        ),
        pytest.param("Rs. 1,50,000", {}, [opt("150000.00", "INR")], id="rupees-lakh-grouping"),
        pytest.param("₹50,000", {}, [opt("50000.00", "INR")], id="rupee-symbol"),
        pytest.param(
            "£9,000 in full", {}, [opt("9000.00", "GBP", label="upfront")], id="gbp-in-full"
        ),
        pytest.param(
            "$490 per credit",
            {},
            [opt("490.00", period="credit", label="per_credit")],
            id="per-credit",
        ),
        pytest.param(
            "$215/credit hour",
            {},
            [opt("215.00", period="credit", label="per_credit")],
            id="per-credit-hour",
        ),
        pytest.param(
            "$215/credit hour",
            {"label": "Online"},
            [opt("215.00", period="credit", label="Online")],
            id="per-credit-caller-label",
        ),
        pytest.param(
            "five payments of $385",
            {},
            [opt("385.00", period="installment", n=5, label="payment_plan")],
            id="five-payments-of",
        ),
        pytest.param(
            "5 monthly payments of $385",
            {},
            [opt("385.00", period="month", n=5, label="payment_plan")],
            id="5-monthly-payments-of",
        ),
        pytest.param(
            "$385 x 5",
            {},
            [opt("385.00", period="installment", n=5, label="payment_plan")],
            id="times-5",
        ),
        pytest.param(
            "$96/month for 12 months",
            {},
            [opt("96.00", period="month", n=12, label="payment_plan")],
            id="month-for-12-months",
        ),
        pytest.param(
            "$10,000/year", {}, [opt("10000.00", period="year", label="yearly")], id="per-year"
        ),
        pytest.param("$11,400 upfront", {}, [opt("11400.00", label="upfront")], id="upfront"),
        pytest.param(
            "plans totalling $11,610 to $16,500",
            {},
            [opt("11610.00", hi="16500.00", label="payment_plan")],
            id="plans-totalling-range",
        ),
        pytest.param(
            "deferred tuition of $8,000", {}, [opt("8000.00", label="deferred")], id="deferred"
        ),
        pytest.param(
            "$1,200", {"currency_hint": "CAD"}, [opt("1200.00", "CAD")], id="dollar-hint-cad"
        ),
        pytest.param(
            "US$1,200", {"currency_hint": "CAD"}, [opt("1200.00", "USD")], id="us-dollar-beats-hint"
        ),
        pytest.param(
            "$1,925 USD",
            {"currency_hint": "CAD"},
            [opt("1925.00", "USD")],
            id="iso-code-beats-hint",
        ),
        pytest.param(
            "CA$1,200 or C$ 1,300",
            {},
            [opt("1200.00", "CAD"), opt("1300.00", "CAD")],
            id="canadian-symbols",
        ),
        pytest.param(
            "Upfront: $11,400 | Installments: $34/month, or $24/month paid yearly",
            {"label": "Instructor-led"},
            [
                opt("11400.00", label="Instructor-led"),
                opt("34.00", period="month", label="Instructor-led"),
                opt("24.00", period="month", label="Instructor-led"),
            ],
            id="caller-label-overrides-all",
        ),
        pytest.param(
            "Tuition $1,925. Enroll now: $1,925!", {}, [opt("1925.00")], id="repeat-deduplicated"
        ),
        pytest.param(
            "Earn your certificate for $499", {}, [opt("499.00")], id="earn-certificate-is-price"
        ),
        pytest.param(
            "Save $500 when you pay $11,400 upfront",
            {},
            [opt("11400.00", label="upfront")],
            id="saving-then-price",
        ),
        pytest.param(
            "Tuition $15,000 ($2,000 scholarship available)",
            {},
            [opt("15000.00")],
            id="price-then-scholarship",
        ),
        pytest.param("$1,925 - 2023 cohort", {}, [opt("1925.00")], id="year-after-dash-not-range"),
        pytest.param("日本語 ¥500,000 です", {}, [opt("500000.00", "JPY")], id="non-ascii-yen"),
        pytest.param(
            "Tuition is $9,800, or you can spread it over monthly payments of $410.",
            {},
            [opt("9800.00"), opt("410.00", period="month", label="monthly")],
            id="monthly-payments-of",
        ),
        pytest.param(
            "Full tuition: $15,100\nMonthly: $840 per month",
            {},
            [opt("15100.00"), opt("840.00", period="month", label="monthly")],
            id="next-line-label-is-not-a-period",
        ),
        pytest.param(
            "Tuition $12,900\nAvg. salary\n$72,000", {}, [opt("12900.00")], id="card-label-salary"
        ),
        pytest.param(
            "Upfront: 14 200 €\nMonthly: 625 €",
            {},
            [
                opt("14200.00", "EUR", label="upfront"),
                opt("625.00", "EUR", "month", label="monthly"),
            ],
            id="period-label-before-amount",
        ),
        pytest.param(
            "Per month: $840",
            {},
            [opt("840.00", period="month", label="monthly")],
            id="per-month-label",
        ),
        pytest.param(
            "Tuition: $9,800, with monthly updates from your mentor",
            {},
            [opt("9800.00")],
            id="monthly-after-is-no-label",
        ),
        pytest.param(
            "Tuition is €15,000. Bring a friend: you each get €250 when they enroll.",
            {},
            [opt("15000.00", "EUR")],
            id="price-then-money-received",
        ),
        pytest.param(
            "Get the whole program for $9,000.", {}, [opt("9000.00")], id="get-the-program-for"
        ),
        pytest.param(
            "Full tuition: €8.900. Budget around €1,200 per month for living costs.",
            {},
            [opt("8900.00", "EUR")],
            id="price-then-living-costs",
        ),
        pytest.param(
            "Scholarships | up to $3,000", {"label": "Scholarships"}, [], id="row-scholarship"
        ),
        pytest.param("Average salary | $72,000", {"label": "Average salary"}, [], id="row-salary"),
        pytest.param(
            "Estimated living costs | £1,200/month",
            {"label": "Estimated living costs"},
            [],
            id="row-living-costs",
        ),
    ],
)
def test_parse_prices(text, kwargs, expected):
    assert without_raw(parse_prices(text, **kwargs)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("$1,925 total", id="dollar-total"),
        pytest.param("$1925.00", id="dollar-cents"),
        pytest.param("USD 1,925", id="code-first"),
        pytest.param("1,925 USD", id="code-last"),
    ],
)
def test_same_price_spelled_differently(text):
    assert without_raw(parse_prices(text)) == [opt("1925.00")]


@pytest.mark.parametrize(
    "text,raws",
    [
        pytest.param(
            "$34/month, or $24/month paid yearly", ["$34/month", "$24/month"], id="monthly"
        ),
        pytest.param("Pay in five payments of $385.", ["five payments of $385"], id="installments"),
        pytest.param("only $96/month for 12 months!", ["$96/month for 12 months"], id="for-months"),
        pytest.param("Tuition: 6 770 EUR.", ["6 770 EUR"], id="code-after"),
    ],
)
def test_raw_is_the_matched_span(text, raws):
    assert [o["raw"] for o in parse_prices(text)] == raws


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("graduates earn an average salary of $85,000", id="average-salary"),
        pytest.param("median starting salary: $72k", id="median-salary-k"),
        pytest.param("save $500", id="save"),
        pytest.param("$500 off", id="off"),
        pytest.param("a $500 discount", id="discount-after"),
        pytest.param("scholarships up to $2,000", id="scholarship"),
        pytest.param("only 7 seats left", id="seat-counter"),
        pytest.param("since 2014", id="year"),
        pytest.param("Call +1 (555) 123-4567 or 1-800-555-0199", id="phone"),
        pytest.param("94% hiring rate", id="percent"),
        pytest.param("24/7 support", id="24-7"),
        pytest.param("2 hours", id="hours"),
        pytest.param("try 500 times", id="lowercase-iso-lookalike"),
        pytest.param("9.9% of your monthly pre-tax income for 24 months", id="isa-percent"),
        pytest.param("once you earn at least $40,000 a year", id="isa-floor"),
        pytest.param("$2,000 per semester", id="semester-not-a-period"),
        pytest.param("$25/hour tutoring", id="hourly-not-a-period"),
        pytest.param("Refer a friend and you both get a $500 referral bonus.", id="referral-bonus"),
        pytest.param(
            "Earn a $300 referral reward for every friend who enrolls", id="referral-reward"
        ),
        pytest.param("Rent is about €700 a month", id="rent"),
        pytest.param("Median first-year pay of our grads: €68,500.", id="median-pay"),
        pytest.param("Typical pay after the course: $61,000", id="typical-pay"),
        pytest.param("Average tuition at US bootcamps: $13,500", id="market-average"),
        pytest.param("Bring a friend: you each get €250 when they enroll.", id="you-get"),
        pytest.param("Finish the course and receive up to $1,000 back", id="receive"),
        pytest.param(
            "The cost of living in Berlin is roughly $1,500 per month", id="cost-of-living"
        ),
        pytest.param("Budget around $1,200 per month for living costs in the city.", id="living"),
        pytest.param("Graduates land roles paying $70k+.", id="roles-paying"),
        pytest.param("Alumni get job offers that pay £48,000 or more", id="offers-that-pay"),
        pytest.param("Careers paying €55,000 a year await", id="careers-paying"),
        pytest.param("Bursaries of up to £2,500 for under-represented groups.", id="bursaries"),
        pytest.param("Up to $2.5k bursary", id="bursary-after"),
        pytest.param("Junior roles are advertised at $32,000–$45,000.", id="roles-advertised-at"),
        pytest.param("Alumni typically start on £38,000.", id="alumni-start-on"),
        pytest.param("Entry-level positions range from $60k to $75k", id="positions-range"),
        pytest.param(
            "ISA option: 12% of income for 24 months, owed only above $40,000 a year.",
            id="isa-owed-above",
        ),
        pytest.param("Repayments start when you make over £30,000 a year", id="isa-over"),
        pytest.param("We have awarded more than $250,000 in aid", id="more-than"),
        pytest.param("Our grads earn upwards of $80,000", id="upwards-of"),
        pytest.param("Entry-level roles in the region pay $48,000 to $65,000 a year.",
                     id="roles-in-a-place-pay"),
        pytest.param("Jobs in data analytics typically pay €52,000.", id="jobs-in-a-field-pay"),
        pytest.param("Ask your employer about tuition reimbursement: many cover up to $5,250 "
                     "a year.", id="employer-reimbursement"),
        pytest.param("Employers reimburse up to £3,000 of it.", id="employers-reimburse"),
        pytest.param("Financial aid can cover up to $4,000.", id="aid-covers-up-to"),
        pytest.param("Not ready yet? Self-paced prep plans from $49/mo.", id="prep-plan"),
        pytest.param("Bootcamp Prep $99", id="prep-course-card"),
        pytest.param("Income share $0/upfront", id="isa-card-zero-upfront"),
        pytest.param("Income Share Agreement (ISA): $0 upfront, then 9% of your income for 24 "
                     "months.", id="isa-zero-upfront"),
        pytest.param("Pay $0 until you're hired.", id="zero-until-hired"),
        pytest.param("$0 down, deferred tuition.", id="zero-down"),
        pytest.param("Average CTC of placed learners: ₹7 LPA · highest CTC ₹32 LPA.",
                     id="ctc-in-lakhs-per-annum"),
        pytest.param("Grads report a $70k starting salary on average.", id="starting-salary-after"),
        pytest.param("Citizens can offset up to S$500 with SkillsFuture Credit.",
                     id="offset-by-a-credit"),
        pytest.param("A Course-Related Costs loan of up to $1,000 is also available.",
                     id="a-loan-up-to"),
        pytest.param("No laptop? Borrow one for a refundable ₱1,500 caution fee.",
                     id="a-refundable-caution-fee"),
        pytest.param("B2B junior rates from 9 000 zł net + VAT.", id="junior-rates"),
        pytest.param("Junior devs in Metro Manila start at ₱35K a month.",
                     id="what-juniors-start-at"),
        pytest.param("Junior roles in Nairobi from KSh 80K per month.",
                     id="pay-in-thousands-per-month"),
        pytest.param("Reserve your seat with a ₦45,000 commitment fee, deducted from your "
                     "tuition.", id="a-deposit-deducted-from-the-tuition"),
        pytest.param("A $500 deposit secures your seat and is credited towards your first "
                     "instalment.", id="a-deposit-credited-towards-an-instalment"),
    ],
)  # fmt: skip
def test_not_prices(text):
    assert parse_prices(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("graduates earn an average salary of $85,000", 1, id="salary-counts"),
        pytest.param("save $500 on $11,400 tuition", 2, id="saving-and-price"),
        pytest.param("$24-$34/month", 1, id="range-once"),
        pytest.param("only 7 seats left since 2014, 94% hired, 24/7 support", 0, id="no-money"),
        pytest.param("", 0, id="empty"),
    ],
)
def test_count_price_mentions(text, expected):
    assert count_price_mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\t ", id="whitespace"),
        pytest.param("$", id="dollar-alone"),
        pytest.param("$$$", id="dollars-alone"),
        pytest.param("€ £ ¥ kr Rs.", id="symbols-alone"),
        pytest.param("$" + "9" * 5000, id="huge-amount"),
        pytest.param("Tuition $1,925. " * 2000 + "1," * 20000 + "9" * 20000, id="very-long"),
        pytest.param("Ünïcödé — 学费 ¥ — ₹ — 💸 % of income", id="non-ascii"),
    ],
)
def test_odd_inputs_do_not_raise(text):
    assert isinstance(parse_prices(text), list)
    assert parse_income_share(text) is None or "percent" in parse_income_share(text)
    assert count_price_mentions(text) >= 0


@pytest.mark.parametrize(
    "text,amounts",
    [
        pytest.param("Tuition: $12,500. Graduates land roles paying $70k+.", ["12500.00"],
                     id="tuition-beside-pay"),
        pytest.param("Pay $400 a month over 12 months", ["400.00"], id="over-after-amount"),
        pytest.param("Over 12 months, pay $400 a month", ["400.00"], id="over-a-period"),
        pytest.param("The bootcamp costs $9,900 - more than $2,000 less than last year",
                     ["9900.00"], id="price-beside-comparison"),
        pytest.param("Course fee £6,950. Graduate roles are advertised at £32,000.", ["6950.00"],
                     id="fee-beside-advertised-salary"),
        pytest.param("A bootcamp for junior developers: $12,000 for graduates of any field",
                     ["12000.00"], id="graduates-named-without-earning"),
        pytest.param("Course fee $7,900. Bursaries of up to $2,500. Instalments $330 pcm.",
                     ["7900.00", "330.00"], id="fee-bursary-instalments"),
        pytest.param("Program cost $8,300. Entry-level roles in the region pay $48,000 a year.",
                     ["8300.00"], id="cost-beside-regional-pay"),
        pytest.param("Whatever your role, you pay $8,300.", ["8300.00"],
                     id="role-named-in-another-clause"),
        pytest.param("Tuition: $0. The course is free, funded by the state.", ["0.00"],
                     id="free-program-costs-zero"),
        pytest.param("Pay $8,300 upfront, or $0 upfront with an income share agreement.",
                     ["8300.00"], id="upfront-price-beside-zero-upfront-isa"),
        pytest.param("Full-stack bootcamp $12,000; prep course $199.", ["12000.00"],
                     id="program-beside-its-prep-course"),
        pytest.param("Tuition $9,500, reimbursable by many employers.", ["9500.00"],
                     id="reimbursable-after-the-price"),
        pytest.param("Course fee: ₹1.9 Lakh (incl. GST). Highest CTC ₹32 LPA.", ["190000.00"],
                     id="fee-in-lakh-beside-ctc"),
        pytest.param("Programme fee ₹2.45 lakhs. Programme fee: Rs. 2,45,000/-", ["245000.00"],
                     id="lakhs-and-lakh-grouping-are-one-price"),
        pytest.param("Executive track: ₹1 crore? No: ₹1.2 lacs.", ["10000000.00", "120000.00"],
                     id="crore-and-lac"),
        pytest.param("Junior Developer Bootcamp: €6,900. Junior devs start at €3k a month.",
                     ["6900.00"], id="a-junior-program-is-priced-its-juniors-paid"),
        pytest.param("Tuition: $9,500, deducted from your salary by your employer.", ["9500.00"],
                     id="deducted-from-a-salary-is-still-paid"),
        pytest.param("A non-refundable $500 deposit, then $9,000.", ["500.00", "9000.00"],
                     id="a-non-refundable-deposit-is-paid"),
        pytest.param("Tuition $12k, or a $1,100 monthly plan.", ["12000.00", "1100.00"],
                     id="thousands-without-a-period-and-an-exact-monthly-plan"),
        pytest.param("Student loans are available. Tuition: $9,500.", ["9500.00"],
                     id="a-loan-in-another-sentence"),
        # another party's money: a lender's example loan, a pay-later split, what other
        # programs charge, a list price, what employers or the state pay up to
        pytest.param("Tuition: $13,800. Or finance it: as low as $257/mo with Climb Credit "
                     "over 36 months at 12.99% APR, subject to credit approval.", ["13800.00"],
                     id="a-lenders-example-loan"),
        pytest.param("Fee ₺117.000. Kredi: as low as ₺3.855/mo with Garanti BBVA over 36 "
                     "months at yıllık %54.", ["117000.00"], id="a-loan-at-a-yearly-rate"),
        pytest.param("Tuition $7,600, or pay in 4 interest-free instalments of $1,900 with "
                     "Afterpay.", ["7600.00"], id="a-pay-later-providers-split"),
        pytest.param("Fee 45 000 kr. Pay in 4 interest-free instalments of 11 250 kr. with "
                     "Klarna.", ["45000.00"], id="a-pay-later-split-after-a-sign-with-a-stop"),
        pytest.param("Our own payment plan: $765 a month for 18 months, interest-free, 0% APR.",
                     ["765.00"], id="the-schools-own-plan-at-no-interest"),
        pytest.param("Pay in 4 instalments of $2,250, paid directly to us.", ["2250.00"],
                     id="the-schools-own-split"),
        pytest.param("Most bootcamps charge $13,600 or more. Ours: $9,800.", ["9800.00"],
                     id="what-most-bootcamps-charge"),
        pytest.param("vs. Apex Code School: $19,750 and 36 weeks. Tuition: $9,800.", ["9800.00"],
                     id="versus-a-rival"),
        pytest.param("Unlike most bootcamps, our tuition is $9,000.", ["9000.00"],
                     id="most-bootcamps-in-another-clause"),
        pytest.param("Tuition: $9,000, compared with $15,000 at a typical bootcamp.",
                     ["9000.00"], id="compared-with"),
        pytest.param("Regular price $9,600: save $1,000 if you enrol by March 1. Tuition "
                     "$8,600.", ["8600.00"], id="a-regular-price-over-the-fee"),
        pytest.param("A 25.000 kr. value: mentoring and career support included. Fee 18.000 "
                     "kr.", ["18000.00"], id="a-value-after-a-sign-with-a-stop"),
        pytest.param("Many employers fund up to £3,000 a year of training. Course fee £9,375.",
                     ["9375.00"], id="what-employers-fund"),
        pytest.param("The Canada Training Credit gives back up to CA$250 a year. Tuition "
                     "CA$12,600.", ["12600.00"], id="a-tax-credit-gives-back"),
        pytest.param("Fee: 45.000 kr. inkl. moms", ["45000.00"], id="a-sign-with-a-stop-kept"),
        pytest.param("Lånekassen lends up to kr 151 690,- per academic year. Fee kr 179 000,-.",
                     ["179000.00"], id="what-a-state-lender-lends"),
        # a contract's other charges, caps and parts, beside its Course Fee
        pytest.param("The Course Fee of A$14,900 includes GST (10%) of approximately A$1,355.",
                     ["14900.00"], id="the-tax-in-the-fee"),
        pytest.param("Course fee (incl. GST): A$14,900", ["14900.00"],
                     id="a-fee-labelled-with-its-tax"),
        pytest.param("A dishonoured direct debit incurs a fee of ₦5,000. Course Fee ₦740,000.",
                     ["740000.00"], id="a-charge-an-event-incurs"),
        pytest.param("Re-sit or re-assessment fee | ₦15,000 | Per assessment", [],
                     id="a-resit-fee-per-assessment"),
        pytest.param("Administration fee on withdrawal · A$375 · On withdrawal", [],
                     id="an-administration-fee-on-withdrawal"),
        pytest.param("Late payment fee · KSh 675 · Per overdue instalment", [],
                     id="a-late-payment-fee"),
        pytest.param("Acceptance deposit (part of the Course Fee): ₦50,000", [],
                     id="a-deposit-that-is-part-of-the-fee"),
        pytest.param("Students must supply a laptop; a loan laptop is available for A$40 per "
                     "month. Course Fee A$14,900.", ["14900.00"], id="a-loan-laptop"),
        pytest.param("FEE-HELP: eligible students may defer up to A$121,844 of tuition fees.",
                     [], id="what-a-loan-scheme-defers"),
        pytest.param("First-time learners may be eligible for up to NZ$12,000 of fees.", [],
                     id="eligible-for-funding-up-to"),
        pytest.param("StudyLink student loans cover compulsory fees and up to NZ$1,000 a year.",
                     [], id="a-student-loans-cap"),
        pytest.param("Singaporeans may use their S$500 credit. Course Fee S$12,000.",
                     ["12000.00"], id="a-credit-to-spend"),
        pytest.param("Tuition · $9,000 · 16 weeks", ["9000.00"], id="a-fee-between-middle-dots"),
    ],
)  # fmt: skip
def test_prices_beside_pay_and_thresholds(text, amounts):
    assert [o["amount"] for o in parse_prices(text)] == amounts


@pytest.mark.parametrize(
    "text",
    ["Instalment (each) | ₦120,000 | Monthly, 10 times",
     "Instalment (each) · ₦120,000 · Monthly, 10 times"],
)  # fmt: skip
def test_a_period_in_the_next_cell_is_the_amounts(text):
    [option] = parse_prices(text)
    assert (option["amount"], option["period"], option["installments"]) == (
        "120000.00",
        "month",
        10,
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Frais : 6 400 $", [("6400.00", "one_time")], id="sign-after-fr-ca"),
        pytest.param("Upfront: 6400$ or 550 $/month",
                     [("6400.00", "one_time"), ("550.00", "month")], id="sign-after-no-space"),
        pytest.param("Pay $500 $600 later", [("500.00", "one_time"), ("600.00", "one_time")],
                     id="next-amounts-sign-stays-its-own"),
        pytest.param("For 12 months $500", [("500.00", "one_time")], id="sign-before-amount"),
    ],
)  # fmt: skip
def test_dollar_sign_after_its_number(text, expected):
    got = parse_prices(text, currency_hint="CAD")
    assert [(o["amount"], o["period"]) for o in got] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Instalments from just $330 pcm.", [("330.00", "month")], id="pcm"),
        pytest.param("$645 per calendar month by direct debit", [("645.00", "month")],
                     id="per-calendar-month"),
        pytest.param("Licence: €1,200 p.a.", [("1200.00", "year")], id="per-annum-abbrev"),
        pytest.param("Open evening 6pm; fee $4,000", [("4000.00", "one_time")], id="pm-is-a-time"),
    ],
)  # fmt: skip
def test_british_period_words(text, expected):
    got = parse_prices(text)
    assert [(o["amount"], o["period"]) for o in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Fee: KSh 121,500", [("121500.00", "KES")], id="ksh"),
        pytest.param("Tuition: Ksh229,500", [("229500.00", "KES")], id="ksh-no-space"),
        pytest.param("Fees: Kshs. 145,500/=", [("145500.00", "KES")], id="kshs-slash-equals"),
        pytest.param("Fee: R62 500", [("62500.00", "ZAR")], id="rand-space-grouped"),
        pytest.param("R 58 000 once-off", [("58000.00", "ZAR")], id="rand-after-a-space"),
        pytest.param("Tuition: N787,500", [("787500.00", "NGN")], id="plain-n-naira"),
        pytest.param("Tuition: Php 119,000", [("119000.00", "PHP")], id="php-word"),
        pytest.param("Fee: PHP 74,000", [("74000.00", "PHP")], id="php-code"),
        pytest.param("R$ 9.990,00", [("9990.00", "BRL")], id="real-not-rand"),
        pytest.param("Learn PHP 8 and Laravel; PHP 8.2 with MySQL.", [], id="php-version"),
        pytest.param("R2-D2 and N95 masks, room R101, release R2.500.", [],
                     id="letters-before-ungrouped-digits"),
        pytest.param("Rated 4.8 by N reviewers; R 5 stars.", [], id="a-letter-and-a-small-number"),
    ],
)  # fmt: skip
def test_local_currency_signs(text, expected):
    assert [(o["amount"], o["currency"]) for o in parse_prices(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Price: MXN $79,200 or MXN $3,300 per month",
                     [("79200.00", "MXN", "one_time"), ("3300.00", "MXN", "month")],
                     id="a-code-before-the-dollar-sign"),
        pytest.param("Ratenzahlung: 18 monthly rates of CHF 1'040",
                     [("1040.00", "CHF", "month")], id="monthly-rates-of"),
        pytest.param("or 12 monthly installments of $500", [("500.00", "USD", "month")],
                     id="monthly-installments-of-are-monthly"),
        pytest.param("or five payments of $385", [("385.00", "USD", "installment")],
                     id="payments-of-stay-installments"),
        pytest.param("ou 12x de R$ 1.845,00 por mês", [("1845.00", "BRL", "month")],
                     id="por-mes"),
        pytest.param("Mensalidade: R$ 1.845,00/mês", [("1845.00", "BRL", "month")],
                     id="slash-mes"),
        pytest.param("Rate: 740 € pro Monat", [("740.00", "EUR", "month")], id="pro-monat"),
        pytest.param("Es lohnt sich: nur 6.900 €", [("6900.00", "EUR", "one_time")],
                     id="lohnt-sich-is-no-wage"),
        pytest.param("Junior Developer Program: €6,900", [("6900.00", "EUR", "one_time")],
                     id="a-junior-program-is-no-junior-job"),
        pytest.param("Interest rates of 5% apply; tuition $9,000.",
                     [("9000.00", "USD", "one_time")],
                     id="interest-rates-are-no-payments"),
    ],
)  # fmt: skip
def test_periods_and_plans_in_other_words(text, expected):
    got = [
        (o["amount"], o["currency"], o["period"]) for o in parse_prices(text, currency_hint="USD")
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Junior developer jobs in Berlin: ab 52k € brutto.",
        "Ø Einstiegslohn of our alumni: CHF 92'000 per year.",
        "Ø Einstiegsgehalt (average starting salary): 48.000 € brutto.",
        "Sueldo promedio de egresados: $32,000 MXN mensuales.",
        "Salário médio inicial: R$ 6.800 per month.",
        "Vagas júnior a partir de R$ 5k/mês.",
        "Junior roles from $28k MXN al mes.",
    ],
)
def test_pay_in_other_words_is_no_price(text):
    assert parse_prices(text) == []


def test_p_slash_m_is_per_month():
    got = parse_prices("Payment plan: or R4 500 p/m over 18 months (debit order)")
    assert [(o["amount"], o["currency"], o["period"]) for o in got] == [("4500.00", "ZAR", "month")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Fee: kr 99 900,-", [("99900.00", "SEK", "one_time")], id="kr-comma-dash"),
        pytest.param("Pris: 45 000:-", [("45000.00", "SEK", "one_time")], id="colon-dash-kronor"),
        pytest.param("Delbetalning via Klarna: 7 300 kr/mån in 18 months",
                     [("7300.00", "SEK", "month")], id="kr-per-man"),
        pytest.param("Ratebetaling: 5.320 kr. pr. md. over 24 months",
                     [("5320.00", "SEK", "month")], id="pr-md-after-kr-dot"),
        pytest.param("Nedbetaling: kr 6 650,- per month over 24 months",
                     [("6650.00", "SEK", "month")], id="per-month-after-comma-dash"),
        pytest.param("SAR 14,000", [("14000.00", "SAR", "one_time")], id="saudi-riyal-code"),
        pytest.param("NIS 24,000", [("24000.00", "ILS", "one_time")], id="nis"),
        pytest.param("95.000 TL", [("95000.00", "TRY", "one_time")], id="tl-after"),
        pytest.param("480,000円", [("480000.00", "JPY", "one_time")], id="yen-kanji-after"),
        pytest.param("Tuition €500. Per month plans start later.", [("500.00", "EUR", "one_time")],
                     id="a-sentence-end-does-not-take-the-next-period"),
        pytest.param("Final score 3:-1, TITLE and HTML 5", [], id="no-kronor-in-scores-or-words"),
    ],
)  # fmt: skip
def test_more_local_currencies_and_periods(text, expected):
    got = parse_prices(text, currency_hint="SEK")
    assert [(o["amount"], o["currency"], o["period"]) for o in got] == expected


def test_a_deposit_credited_against_the_fee_after_kr_dot_is_no_price():
    text = "A 2.100 kr. seat deposit secures your place and is credited against the course fee."
    assert parse_prices(text, currency_hint="DKK") == []


@pytest.mark.parametrize(
    "text,amounts",
    [
        # the charge of something beside the program is no way to pay for it
        pytest.param("Tuition and fees: $3,945. Includes a $150 lab fee and all materials.",
                     ["3945.00"], id="a-lab-fee-the-tuition-includes"),
        pytest.param("The certification exam voucher ($246) is not included.", [],
                     id="exam-voucher-before-its-amount"),
        pytest.param("Textbooks (a $185 value) are included.", [], id="what-a-thing-is-worth"),
        pytest.param("Parking permits are $45 per term, or $8 a night in Lot C.", [],
                     id="parking-per-term-and-per-night"),
        pytest.param("Nelnet charges a $35 non-refundable enrollment fee per payment plan.", [],
                     id="a-fee-of-the-payment-plan"),
        pytest.param("Kit and textbook costs (about £60) are not included.", [],
                     id="kit-and-textbook-costs"),
        pytest.param("A laptop is required; a €50 student services charge is not included.", [],
                     id="a-student-services-charge"),
        pytest.param("A £25 exam registration fee applies to re-sits.", [],
                     id="an-exam-registration-fee"),
        # ...while the program's own fee, whatever it includes, still is
        pytest.param("Course fee: $3,000 (exam fees included)", ["3000.00"],
                     id="a-fee-that-includes-exam-fees"),
        pytest.param("Tuition incl. lab fees: $3,000", ["3000.00"],
                     id="the-tuition-named-before-the-lab-fees-it-includes"),
        pytest.param("Enrollment fee: $2,400 per student", ["2400.00"],
                     id="an-enrollment-fee-is-the-price"),
        pytest.param("$4,950 all-inclusive (books, exam voucher and lab access)", ["4950.00"],
                     id="an-inclusive-price-listing-what-it-covers"),
        pytest.param("Pay $5,000 upfront or 10 monthly payments of $520 through our payment plan",
                     ["5000.00", "520.00"], id="a-plan-is-a-way-to-pay"),
    ],
)  # fmt: skip
def test_charges_of_other_things_are_no_price(text, amounts):
    assert [o["amount"] for o in parse_prices(text)] == amounts


@pytest.mark.parametrize(
    "text,hint,expected",
    [
        # West and North Africa, Southeast Asia, as their pages write amounts
        pytest.param("Frais : 35 000 DH", None, [("35000.00", "MAD")], id="dirhams-dh-after"),
        pytest.param("Dhs 18,500", None, [("18500.00", "AED")], id="dhs-before-is-emirati"),
        pytest.param("35.000 Dhs", "MAD", [("35000.00", "MAD")], id="dhs-on-a-moroccan-page"),
        pytest.param("Frais : 750 000 FCFA", None, [("750000.00", "XOF")], id="fcfa"),
        pytest.param("750\u202f000 F CFA", None, [("750000.00", "XOF")], id="f-cfa"),
        pytest.param("Biaya: Rp 24.999.000", None, [("24999000.00", "IDR")], id="rupiah"),
        pytest.param("Rp24.999.000,-", None, [("24999000.00", "IDR")], id="rupiah-dash"),
        pytest.param("Rp 25 juta", None, [("25000000.00", "IDR")], id="rupiah-in-millions"),
        pytest.param("Học phí: 33.790.000 ₫", None, [("33790000.00", "VND")], id="dong-sign"),
        pytest.param("33.790.000đ", None, [("33790000.00", "VND")], id="dong-letter"),
        pytest.param("33.790.000 VNĐ", None, [("33790000.00", "VND")], id="dong-vnd"),
        pytest.param("35 triệu đồng", None, [("35000000.00", "VND")], id="dong-in-millions"),
        pytest.param("Yuran: RM12,000", None, [("12000.00", "MYR")], id="ringgit"),
        pytest.param("RM12k", None, [("12000.00", "MYR")], id="ringgit-thousands"),
        pytest.param("Fee: RM7,700", None, [("7700.00", "MYR")], id="ringgit-one-digit-grouped"),
        pytest.param("ค่าเรียน ฿59,900", None, [("59900.00", "THB")], id="baht-sign"),
        pytest.param("59,900.00 บาท", None, [("59900.00", "THB")], id="baht-thai-word"),
        pytest.param("Tuition $1.2 million", None, [("1200000.00", "USD")], id="in-millions"),
        # ...and what only looks like them
        pytest.param("Lab RM 5 on the second floor", None, [], id="a-room-is-no-ringgit"),
        pytest.param("run rm -rf 12 times", None, [], id="a-shell-command"),
        pytest.param("Prepare for Level 1 CFA exams", None, [], id="a-cfa-exam"),
        pytest.param("Rpm 3000 motors", None, [], id="rpm-is-no-rupiah"),
    ],
)  # fmt: skip
def test_west_african_north_african_and_southeast_asian_amounts(text, hint, expected):
    got = [(o["amount"], o["currency"]) for o in parse_prices(text, currency_hint=hint)]
    assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # French fees and plans
        pytest.param("Tarif : 6 900 € TTC, ou 12 mensualités de 590 €.",
                     [("6900.00", "one_time", None), ("590.00", "month", 12)],
                     id="fee-and-mensualites"),
        pytest.param("Paiement en 4 tranches mensuelles de 270 000 FCFA",
                     [("270000.00", "month", 4)], id="tranches-mensuelles"),
        pytest.param("3 versements de 2 000 €", [("2000.00", "installment", 3)], id="versements"),
        pytest.param("690 € par mois, ou 7 500 € par an", [("690.00", "month", None),
                     ("7500.00", "year", None)], id="par-mois-par-an"),
        pytest.param("Frais de formation : 6 900 €", [("6900.00", "one_time", None)],
                     id="frais-de-formation-is-the-fee"),
        # ...and what French pages state beside them
        pytest.param("Salaire moyen d'un développeur junior : 3 200 € brut par mois.", [],
                     id="salaire-brut"),
        pytest.param("Un développeur junior gagne entre 32 et 38 k€ brut par an.", [], id="gagne"),
        pytest.param("Un stage est rémunéré entre CHF 1'500 et 2'500 par mois.", [],
                     id="remunere"),
        pytest.param("Nos alternants perçoivent 150 000 F CFA par mois.", [], id="percoivent"),
        pytest.param("Bourses jusqu'à 1 500 € pour les femmes en reconversion.", [], id="bourses"),
        pytest.param("Offre early bird : 500 € de remise jusqu'au 14 janvier.", [], id="remise"),
        pytest.param("une fois en poste avec au moins 40 000 € par an.", [], id="au-moins"),
        pytest.param("Les frais sont déductibles jusqu'à CHF 12'900 par an.", [], id="deductibles"),
        pytest.param("Un acompte de 300 € confirme votre inscription ; il est déduit des frais de "
                     "formation.", [], id="acompte-deduit-des-frais"),
        pytest.param("Frais de dossier : 20 000 F CFA.", [], id="frais-de-dossier"),
        pytest.param("Frais d'inscription : 25 000 FCFA, non remboursables.", [],
                     id="frais-d-inscription"),
        pytest.param("Registration fee Rp 250.000 (non-refundable).", [], id="registration-fee"),
        pytest.param("Atelier : 45 € par jour", [], id="par-jour-has-no-period"),
    ],
)  # fmt: skip
def test_french_fees_plans_and_what_is_no_fee(text, expected):
    got = [(o["amount"], o["period"], o["installments"]) for o in parse_prices(text)]
    assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a label line closed by a colon names the value on the next line, however long
        pytest.param("Salaire moyen de nos lauréats après 1 an :\n11 500 DH par mois.", [],
                     id="a-long-salary-label-over-its-value"),
        pytest.param("Frais d'inscription non remboursables :\n2 000 DH.", [],
                     id="a-registration-fee-label-over-its-value"),
        pytest.param("Tuition:\n$9,000", [("9000.00", "USD", "one_time")],
                     id="a-tuition-label-over-its-value"),
        # a Swiss ".–" does not end the deposit's sentence before what it is deducted from
        pytest.param("Un acompte de CHF 300.– confirme votre inscription ; il est déduit des "
                     "frais de formation.", [], id="swiss-dash-before-the-deduction"),
        # months in Indonesian and Malay, Vietnamese and Thai
        pytest.param("Cicilan 0%: Rp 1.133.000/bulan", [("1133000.00", "IDR", "month")],
                     id="per-bulan"),
        pytest.param("Trả góp: 2.500.000 ₫/tháng", [("2500000.00", "VND", "month")],
                     id="per-thang"),
        pytest.param("ผ่อน ฿5,000/เดือน", [("5000.00", "THB", "month")], id="per-duean"),
    ],
)  # fmt: skip
def test_labels_over_values_and_months_in_more_languages(text, expected):
    got = [(o["amount"], o["currency"], o["period"]) for o in parse_prices(text)]
    assert got == expected


@pytest.mark.parametrize(
    "text,hint,expected",
    [
        # Central and Eastern Europe: the sign after the number, whole crowns with ",-"
        pytest.param("Cena kurzu: 74 900 Kč", None, [("74900.00", "CZK", "one_time")],
                     id="koruna"),
        pytest.param("Školné 74 900,- Kč vč. DPH", None, [("74900.00", "CZK", "one_time")],
                     id="koruna-whole-crowns"),
        pytest.param("Díj: 2 450 000 Ft", None, [("2450000.00", "HUF", "one_time")],
                     id="forint"),
        pytest.param("Ár: 2,45 millió Ft", None, [("2450000.00", "HUF", "one_time")],
                     id="forint-in-millions"),
        pytest.param("Részletfizetés: 245 000 Ft/hó", None, [("245000.00", "HUF", "month")],
                     id="forint-per-month"),
        pytest.param("Taxa: 18.500 lei sau 1.600 lei/lună", None,
                     [("18500.00", "RON", "one_time"), ("1600.00", "RON", "month")],
                     id="lei-and-per-luna"),
        pytest.param("Вартість: 48 000 грн або 4 000 грн/міс.", None,
                     [("48000.00", "UAH", "one_time"), ("4000.00", "UAH", "month")],
                     id="hryvnia"),
        pytest.param("Ціна ₴48 000", None, [("48000.00", "UAH", "one_time")],
                     id="hryvnia-sign"),
        pytest.param("Такса: 7 400 лв.", None, [("7400.00", "BGN", "one_time")], id="leva"),
        pytest.param("Kursuse hind 5 900 €, järelmaks 495 €/kuu", None,
                     [("5900.00", "EUR", "one_time"), ("495.00", "EUR", "month")],
                     id="per-kuu"),
        # East Asia: won, ten-thousands, NT$, CN¥, RMB, 元 by the page's currency
        pytest.param("수강료 ₩8,800,000", None, [("8800000.00", "KRW", "one_time")], id="won"),
        pytest.param("수강료 8,800,000원", None, [("8800000.00", "KRW", "one_time")],
                     id="won-after"),
        pytest.param("수강료 880만 원", None, [("8800000.00", "KRW", "one_time")],
                     id="won-in-ten-thousands"),
        pytest.param("할부 8개월: 월 ₩1,100,000", None, [("1100000.00", "KRW", "month")],
                     id="won-a-month-before"),
        pytest.param("Tuition NT$96,000 (about US$3,000)", None,
                     [("96000.00", "TWD", "one_time")], id="nt-dollar-and-a-conversion"),
        pytest.param("學費 9.6 萬元", "TWD", [("96000.00", "TWD", "one_time")],
                     id="yuan-of-taiwan-in-ten-thousands"),
        pytest.param("学费 1.68万元", "CNY", [("16800.00", "CNY", "one_time")],
                     id="yuan-in-ten-thousands"),
        pytest.param("Fee: CN¥16,800 or RMB 1,400/月", None,
                     [("16800.00", "CNY", "one_time"), ("1400.00", "CNY", "month")],
                     id="cn-yen-sign-and-rmb"),
        pytest.param("分期: ¥1,400 (per month)", "CNY", [("1400.00", "CNY", "month")],
                     id="per-month-in-brackets"),
    ],
)  # fmt: skip
def test_central_european_and_east_asian_amounts(text, hint, expected):
    found = parse_prices(text, currency_hint=hint)
    assert [(o["amount"], o["currency"], o["period"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        # one side of an exchange rate
        pytest.param("Conversion rate: 1 EUR = 1,95583 лв.", id="an-exchange-rate"),
        pytest.param("We bill in euros (1 € = 25 Kč).", id="an-exchange-rate-in-brackets"),
        # the same sum again in brackets, or what "about" restates
        pytest.param("Median pay: 연봉 4,200만 원 (₩42,000,000 a year).", id="salary-restated"),
        pytest.param("Typical junior salary: 9K/月, about ¥9,000 a month.",
                     id="salary-in-k-then-about"),
        # a charge glossed in the local language, money given, a sum others cover
        pytest.param("Application fee (přihláškový poplatek): 1 500 Kč.", id="glossed-fee"),
        pytest.param("Jobseekers receive a travel allowance of up to 1 200 Kč a month.",
                     id="an-allowance"),
        pytest.param("The state subsidises 70% of the fee, up to NT$60,000.",
                     id="a-subsidy-up-to"),
        pytest.param("The regional fund covers the whole fee, so you pay €0.", id="zero-covered"),
        pytest.param("Free for eligible card holders: ₩0.", id="zero-for-eligible"),
        # a deposit's own card
        pytest.param("Seat deposit\n250,00 €\nAdd to cart", id="a-deposit-card"),
        # signs that are words elsewhere
        pytest.param("지원 50명 모집", id="won-in-a-word"),
        pytest.param("The lab is 30 ft wide.", id="feet"),
    ],
)  # fmt: skip
def test_conversions_restatements_and_local_negatives_are_no_price(text):
    assert parse_prices(text, currency_hint="EUR") == []


def test_a_bracketed_second_way_to_pay_and_a_plain_zero_stay_prices():
    assert [o["amount"] for o in parse_prices("Tuition: $9,000 ($750/month)")] == [
        "9000.00", "750.00"]  # fmt: skip
    assert [o["amount"] for o in parse_prices("Tuition: $0")] == ["0.00"]


@pytest.mark.parametrize(
    "text,hint,expected",
    [
        # pesos written with "$": the page's peso decides; a named code or "AR$" settles it
        pytest.param("Valor del curso: $ 3.100.000", "ARS", [("3100000.00", "ARS", "one_time")],
                     id="peso-by-the-page"),
        pytest.param("Inversión: $6.300.000 COP", None, [("6300000.00", "COP", "one_time")],
                     id="peso-named-after"),
        pytest.param("Desde AR$ 3.100.000", None, [("3100000.00", "ARS", "one_time")],
                     id="ar-dollar-sign"),
        pytest.param("Desde $6,3 millones", "COP", [("6300000.00", "COP", "one_time")],
                     id="millones"),
        pytest.param("Costo: $U 74.000", None, [("74000.00", "UYU", "one_time")], id="peso-uyu"),
        pytest.param("Inversión: S/ 9,800 o S/. 820 al mes", None,
                     [("9800.00", "PEN", "one_time"), ("820.00", "PEN", "month")], id="sol"),
        pytest.param("Financia en 12 cuotas mensuales de $520.000 COP", None,
                     [("520000.00", "COP", "month")], id="cuotas-mensuales"),
        # rupees by the page, taka and Egyptian pounds
        pytest.param("Course fee: Rs. 1,75,000/-", "PKR", [("175000.00", "PKR", "one_time")],
                     id="rupee-by-the-page"),
        pytest.param("Fee: PKR 1.75 lakh", None, [("175000.00", "PKR", "one_time")],
                     id="pkr-lakh"),
        pytest.param("Fee: ৳1,10,000 or Tk 9,500 a month", None,
                     [("110000.00", "BDT", "one_time"), ("9500.00", "BDT", "month")], id="taka"),
        pytest.param("Fees: E£ 39,000 / 39,000 ج.م / 39,000 LE", None,
                     [("39000.00", "EGP", "one_time")], id="egyptian-pound"),
    ],
)  # fmt: skip
def test_latin_american_south_asian_and_egyptian_amounts(text, hint, expected):
    found = parse_prices(text, currency_hint=hint)
    assert [(o["amount"], o["currency"], o["period"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Top graduates placed at PKR 1.6 lakh a month.", id="placed-at"),
        pytest.param("Book your seat: pay Rs. 5,000 now, adjusted in the fee.", id="adjusted"),
        pytest.param("Reserva tu cupo con $ 40.000 (se descuenta del total).", id="se-descuenta"),
        pytest.param("Matrícula (inscripción): $ 50.000, no reembolsable.", id="matricula"),
        pytest.param("Early bird: $ 80.000 de descuento hasta el 20/01/2025.", id="descuento"),
        pytest.param("La franquicia tributaria cubre hasta $900.000 por participante.",
                     id="cubre-hasta"),
        pytest.param("Sueldo junior: $1.300.000 líquidos al mes.", id="liquidos"),
        pytest.param("LEARN MORE", id="capitals-are-no-egyptian-pound"),
    ],
)  # fmt: skip
def test_latin_american_and_south_asian_negatives_are_no_price(text):
    assert parse_prices(text, currency_hint="ARS") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Fee: 390 000 ₸ or 32 500 тг a month", [("390000.00", "KZT", "one_time"),
                     ("32500.00", "KZT", "month")], id="tenge"),
        pytest.param("Fee: 2 900 ₾", [("2900.00", "GEL", "one_time")], id="lari"),
        pytest.param("Fee: 980 000 դրամ", [("980000.00", "AMD", "one_time")], id="dram"),
        pytest.param("Fee: 1 900 manat", [("1900.00", "AZN", "one_time")], id="manat"),
        pytest.param("Fee: 9,5 mln so'm", [("9500000.00", "UZS", "one_time")], id="som-mln"),
        pytest.param("Fee: 2.4 сая ₮", [("2400000.00", "MNT", "one_time")], id="tugrik-saya"),
        pytest.param("Fee: GH₵ 7,900", [("7900.00", "GHS", "one_time")], id="cedi"),
        pytest.param("Fee: Br 39,000", [("39000.00", "ETB", "one_time")], id="birr"),
        pytest.param("Fee: Tsh 2.1M", [("2100000.00", "TZS", "one_time")], id="tsh-millions"),
        pytest.param("Fee: Shs 2,600,000/=", [("2600000.00", "UGX", "one_time")], id="ugx"),
        pytest.param("Fee: 390 000 Frw", [("390000.00", "RWF", "one_time")], id="frw"),
    ],
)  # fmt: skip
def test_central_asian_caucasian_and_african_amounts(text, expected):
    found = parse_prices(text)
    assert [(o["amount"], o["currency"], o["period"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("≈ USD 990 at today's rate, for reference only.", id="a-conversion"),
        pytest.param("Вступительный взнос (registration fee): 12 000 ₸.", id="glossed-in-english"),
        pytest.param("Application form: GH₵ 120 (non-refundable).", id="application-form"),
        pytest.param("A laptop with an AMD Ryzen 5 7530U is enough.", id="amd-is-a-chip"),
        pytest.param("Br. Smith teaches the evening class.", id="br-abbreviation"),
    ],
)  # fmt: skip
def test_conversions_and_form_fees_are_no_price(text):
    assert parse_prices(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Instalments: TZS 70,000/= kwa mwezi for 22 months",
                     [("70000.00", "TZS", "month")], id="swahili-a-month-after-slash-equals"),
        pytest.param("Instalments: Shs 450,000/= per month over 12 months",
                     [("450000.00", "UGX", "month")], id="slash-equals-per-month"),
        pytest.param("Muddatli to'lov: oyiga 2 450 000 сум (2 450 000 сум a month)",
                     [("2450000.00", "UZS", "month")], id="restated-with-its-period"),
        pytest.param("Taksit: 6 ay × 280 AZN (6 monthly payments of 280 AZN)",
                     [("280.00", "AZN", "month")], id="restated-as-monthly-payments"),
        pytest.param("Tuition USD 9,000 or USD 750 a month",
                     [("9000.00", "USD", "one_time"), ("750.00", "USD", "month")],
                     id="different-sums-stay-two"),
        pytest.param("Kurs (course): 1 500 AZN", [("1500.00", "AZN", "one_time")],
                     id="a-glossed-course-is-the-price"),
        pytest.param("Our graduates work on real projects; tuition is USD 1,500.",
                     [("1500.00", "USD", "one_time")], id="graduates-in-another-clause"),
    ],
)  # fmt: skip
def test_periods_said_once_in_local_words_and_once_in_english(text, expected):
    found = parse_prices(text)
    assert [(o["amount"], o["currency"], o["period"]) for o in found] == expected


def test_an_upfront_sum_is_kept_beside_the_same_monthly_sum():
    found = parse_prices("Pay USD 500 upfront, then USD 500 a month for 6 months.")
    assert [(o["period"], o["label"]) for o in found] == [
        ("one_time", "upfront"),
        ("month", "payment_plan"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ro'yxatdan o'tish (registration): 100 000 so'm, non-refundable.",
                     id="glossed-registration"),
        pytest.param("Many of our graduates work for foreign companies at USD 1,500 – 2,500 a "
                     "month.", id="where-graduates-work"),
        pytest.param("Alumni are hired at GH₵ 6,000 a month on average.", id="alumni-hired-at"),
    ],
)  # fmt: skip
def test_glossed_registrations_and_graduate_pay_are_no_price(text):
    assert parse_prices(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Fee: P 18,500", [("18500.00", "BWP", "one_time")], id="pula-sign"),
        pytest.param("Fee: 18,500 pula", [("18500.00", "BWP", "one_time")], id="pula-word"),
        pytest.param("Fee: N$ 18 000", [("18000.00", "NAD", "one_time")], id="namibian-dollar"),
        pytest.param("Fee: MK 850,000", [("850000.00", "MWK", "one_time")], id="malawi-mk"),
        pytest.param("Fee: Q9,500.00 or Q700.00 a month",
                     [("9500.00", "GTQ", "one_time"), ("700.00", "GTQ", "month")], id="quetzal"),
        pytest.param("Fee: ₡850 000,00", [("850000.00", "CRC", "one_time")], id="colon-sign"),
        pytest.param("Fee: 850 mil colones", [("850000.00", "CRC", "one_time")],
                     id="spanish-thousands"),
        pytest.param("Fee: RD$ 65,000", [("65000.00", "DOP", "one_time")], id="dominican-peso"),
        pytest.param("Fee: JMD$29,000.00", [("29000.00", "JMD", "one_time")], id="jamaica"),
        pytest.param("Fee: TT$ 12,000", [("12000.00", "TTD", "one_time")], id="trinidad"),
        pytest.param("Fee: FJD $4,800.00", [("4800.00", "FJD", "one_time")], id="fiji"),
        pytest.param("Fee: 9,000 kina", [("9000.00", "PGK", "one_time")], id="kina"),
        pytest.param("Payment plan: 6 monthly debit orders of N$2 550.00",
                     [("2550.00", "NAD", "month")], id="debit-orders"),
        pytest.param("Visacuotas: 12 cuotas de Q700.00 (Q700.00 a month for 12 months)",
                     [("700.00", "GTQ", "month")], id="cuotas-restated-monthly"),
    ],
)  # fmt: skip
def test_southern_african_caribbean_and_pacific_amounts(text, expected):
    found = parse_prices(text)
    assert [(o["amount"], o["currency"], o["period"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Q4 2025: we add 1,000 seats.", id="a-quarter-is-no-quetzal"),
        pytest.param("Runs on K8s; P2 tickets answered in 24 hours.", id="letters-and-digits"),
        pytest.param("Tuition: 5 mil, all in.", id="thousands-without-a-currency"),
        pytest.param("Employers registered with the HRDC claim back up to P 12,000 of this "
                     "course.", id="levy-claimed-back"),
        pytest.param("EU-funded places cover MK 600,000 of the fee for selected youth.",
                     id="covered-part-of-the-fee"),
        pytest.param("Egresados que trabajan remoto ganan USD 1,200–2,000 al mes.",
                     id="spanish-earnings"),
        pytest.param("Examen de certificación internacional: USD 150, se paga aparte.",
                     id="spanish-exam-fee"),
        pytest.param("Becas INFOTEP y del programa Oportunidad 14-24: cubren hasta RD$ 40,000.",
                     id="becas-cubren-hasta"),
        pytest.param("Becarios reciben un incentivo de RD$ 5,000 al mes.", id="incentivo"),
    ],
)  # fmt: skip
def test_southern_african_caribbean_and_pacific_negatives_are_no_price(text):
    assert parse_prices(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Course fee: JD 1,250", [("1250.00", "JOD", "one_time")], id="jd"),
        pytest.param("Total JOD 2,400.000 incl. books", [("2400.00", "JOD", "one_time")],
                     id="fils-after-comma-thousands"),
        pytest.param("Fee: KD 450.000", [("450.00", "KWD", "one_time")], id="lone-dot-fils"),
        pytest.param("Fee: BD 380.500", [("380.50", "BHD", "one_time")], id="bahrain-fils"),
        pytest.param("RO 95 per month", [("95.00", "OMR", "month")], id="omani-rial"),
        pytest.param("Tuition QR 9,500", [("9500.00", "QAR", "one_time")], id="qatari-riyal"),
        pytest.param("Frais : 2 400,000 DT", [("2400.00", "TND", "one_time")],
                     id="millimes-after-space-thousands"),
        pytest.param("Mensualité : 215,000 DT", [("215.00", "TND", "one_time")],
                     id="tunisian-comma-millimes"),
        pytest.param("Fee: TND 2,400", [("2400.00", "TND", "one_time")],
                     id="english-comma-stays-thousands"),
        pytest.param("Prix : 60 000 DA", [("60000.00", "DZD", "one_time")], id="algerian-dinar"),
        pytest.param("Tuition: 180,000,000 L.L.", [("180000000.00", "LBP", "one_time")],
                     id="lebanese-pound"),
        pytest.param("Fee: IQD 2,250,000", [("2250000.00", "IQD", "one_time")], id="iraqi"),
        pytest.param("الرسوم ٢٬٤٠٠ د.أ", [("2400.00", "JOD", "one_time")],
                     id="eastern-arabic-digits-and-sign"),
        pytest.param("Fee: 3,200 ر.ق", [("3200.00", "QAR", "one_time")], id="arabic-riyal-sign"),
        pytest.param("Fee: 1,100 dinars", [("1100.00", "KWD", "one_time")], id="dinars-by-hint"),
    ],
)  # fmt: skip
def test_arab_world_amounts(text, expected):
    found = parse_prices(text, currency_hint="KWD" if "dinars" in text else None)
    assert [(o["amount"], o["currency"], o["period"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Registration fee: KD 15 (non-refundable) · رسوم التسجيل ١٥ د.ك",
                     id="charge-said-again-in-arabic"),
        pytest.param("Exam fee for the AWS practitioner certificate: QR 400.",
                     id="charge-for-what-it-names"),
        pytest.param("Certification exam: JD 90, booked with the test centre.",
                     id="an-exam-label"),
        pytest.param("Cloud certification voucher: $150, paid separately.",
                     id="paid-separately"),
        pytest.param("Gulf employers pay our graduates USD 2,000 a month.",
                     id="what-employers-pay-graduates"),
        pytest.param("Converted at the official rate of 1,310 IQD per dollar.",
                     id="exchange-rate"),
        pytest.param("Fees are quoted at 89,500 L.L. to the dollar.", id="rate-to-the-dollar"),
    ],
)  # fmt: skip
def test_arab_world_negatives_are_no_price(text):
    assert parse_prices(text) == []


def test_a_charge_said_again_in_another_sentence_is_read_on_its_own():
    text = "Salary: $900. Tuition: $900."
    assert [o["amount"] for o in parse_prices(text)] == ["900.00"]


@pytest.mark.parametrize(
    "text, hint, expected",
    [
        pytest.param("Školarina: 396.000 din.", None, [("396000.00", "RSD", "one_time")],
                     id="serbian-din"),
        pytest.param("Цена: 396 000 дин.", None, [("396000.00", "RSD", "one_time")],
                     id="serbian-cyrillic"),
        pytest.param("Kotizacija: 64.000 ден.", None, [("64000.00", "MKD", "one_time")],
                     id="denar"),
        pytest.param("Cijena: 2.950,00 KM", None, [("2950.00", "BAM", "one_time")],
                     id="convertible-mark"),
        pytest.param("Tarifa: 210 000 Lekë", None, [("210000.00", "ALL", "one_time")],
                     id="lek"),
        pytest.param("Pay ALL 210,000 upfront", None, [("210000.00", "ALL", "one_time")],
                     id="albanian-code-before-thousands"),
        pytest.param("Rata: 8 750,00 L në muaj", None, [("8750.00", "ALL", "one_time")],
                     id="albanian-l-after-cents"),
        pytest.param("Taxa: 38 000 lei", "MDL", [("38000.00", "MDL", "one_time")],
                     id="moldovan-lei-by-the-page"),
        pytest.param("Стоимость: 3 900 Br", "BYN", [("3900.00", "BYN", "one_time")],
                     id="belarusian-br-by-the-page"),
        pytest.param("Стоимость: 95 000 ₽", None, [("95000.00", "RUB", "one_time")],
                     id="rouble-sign"),
        pytest.param("Цена: от 95 тыс. руб.", None, [("95000.00", "RUB", "one_time")],
                     id="thousands-of-roubles"),
        pytest.param("Fee: 3,400 TJS", None, [("3400.00", "TJS", "one_time")],
                     id="any-iso-code"),
    ],
)  # fmt: skip
def test_balkan_east_european_and_russian_amounts(text, hint, expected):
    found = parse_prices(text, currency_hint=hint)
    assert [(o["amount"], o["currency"], o["period"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Juniors in Novi Sad earn 110.000–150.000 din. a month net (about "
                     "€950–1,300).", id="salary-glossed-in-another-currency"),
        pytest.param("Optional Microsoft Azure Fundamentals exam: 160 KM ($90).",
                     id="a-long-exam-label"),
        pytest.param("Our campus is 10 KM from the centre.", id="a-distance"),
        pytest.param("A bottle of water is 1,50 L.", id="a-litre"),
        pytest.param("ALL 12 MODULES INCLUDED", id="all-in-capitals"),
        pytest.param("TOP 10 bootcamps of 2025", id="top-is-no-paanga"),
    ],
)  # fmt: skip
def test_balkan_east_european_and_russian_negatives_are_no_price(text):
    assert parse_prices(text) == []


@pytest.mark.parametrize(
    "text, hint, expected",
    [
        pytest.param("Төлөм: 48 000 сом", None, [("48000.00", "KGS", "one_time")], id="som"),
        pytest.param("Fee: 14 500 смн", None, [("14500.00", "TJS", "one_time")], id="somoni"),
        pytest.param("Fee: 9 800 manat", "TMT", [("9800.00", "TMT", "one_time")],
                     id="turkmen-manat-by-the-page"),
        pytest.param("Fee: 9 800 manat", None, [("9800.00", "AZN", "one_time")],
                     id="manat-is-azerbaijans-by-default"),
        pytest.param("Fee: ؋95,000", None, [("95000.00", "AFN", "one_time")], id="afghani"),
        pytest.param("Fee: 38,000,000 toman", None, [("380000000.00", "IRR", "one_time")],
                     id="a-toman-is-ten-rials"),
        pytest.param("Fee: 2,100,000 Ks", None, [("2100000.00", "MMK", "one_time")],
                     id="kyat-sign-is-no-thousands"),
        pytest.param("Fee: 3,200,000៛", None, [("3200000.00", "KHR", "one_time")], id="riel"),
        pytest.param("Fee: 31,500,000 ₭", None, [("31500000.00", "LAK", "one_time")], id="kip"),
        pytest.param("Fee: Rf 21,000", None, [("21000.00", "MVR", "one_time")], id="rufiyaa"),
        pytest.param("Fee: Nu. 52,000", None, [("52000.00", "BTN", "one_time")], id="ngultrum"),
        pytest.param("Fee: Gs. 6.200.000", None, [("6200000.00", "PYG", "one_time")],
                     id="guarani"),
        pytest.param("Fee: Bs. 13.800", None, [("13800.00", "BOB", "one_time")],
                     id="boliviano"),
        pytest.param("Fee: BOB 13,800", None, [("13800.00", "BOB", "one_time")],
                     id="bolivian-code-before-thousands"),
        pytest.param("Fee: L 27,500", "HNL", [("27500.00", "HNL", "one_time")], id="lempira"),
        pytest.param("Fee: C$ 52,000", "NIO", [("52000.00", "NIO", "one_time")],
                     id="cordoba-by-the-page"),
        pytest.param("Fee: C$ 5,200", None, [("5200.00", "CAD", "one_time")],
                     id="c-dollar-is-canadas-by-default"),
    ],
)  # fmt: skip
def test_central_asian_and_remaining_american_amounts(text, hint, expected):
    found = parse_prices(text, currency_hint=hint)
    assert [(o["amount"], o["currency"], o["period"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Juniors in Vientiane earn $300–550 a month (6,300,000–11,550,000 ₭).",
                     id="salary-range-glossed-in-brackets"),
        pytest.param("Meet us in room L101 or L 12.", id="rooms-are-no-lempira"),
        pytest.param("BOB 3 and ALICE 4 pair up.", id="names-in-capitals"),
    ],
)  # fmt: skip
def test_central_asian_and_remaining_american_negatives_are_no_price(text):
    assert parse_prices(text) == []


@pytest.mark.parametrize(
    "text, hint, expected",
    [
        pytest.param("Fee: L$763,000", None, [("763000.00", "LRD", "one_time")], id="liberian"),
        pytest.param("Fee: T$14,950", None, [("14950.00", "TOP", "one_time")], id="paanga"),
        pytest.param("Plan: TOP 3,540.00 a month", None, [("3540.00", "TOP", "month")],
                     id="tongan-code-before-thousands"),
        pytest.param("Fee: WS$9,800", None, [("9800.00", "WST", "one_time")], id="tala"),
        pytest.param("Fee: SI$26,000", None, [("26000.00", "SBD", "one_time")],
                     id="solomons-dollar"),
        pytest.param("Fee: G$1,250,000", None, [("1250000.00", "GYD", "one_time")],
                     id="guyanese-dollar"),
        pytest.param("Fee: Bds$9,500", None, [("9500.00", "BBD", "one_time")],
                     id="barbados-dollar"),
        pytest.param("Propina: 70 500 MT por mês", None, [("70500.00", "MZN", "month")],
                     id="metical-a-month-in-portuguese"),
        pytest.param("Fee: Rs 69,500", "MUR", [("69500.00", "MUR", "one_time")],
                     id="mauritian-rupee-by-the-page"),
        pytest.param("Propina: 375.000$00", None, [("375000.00", "CVE", "one_time")],
                     id="escudo-cifrao"),
    ],
)  # fmt: skip
def test_pacific_indian_ocean_and_atlantic_amounts(text, hint, expected):
    found = parse_prices(text, currency_hint=hint)
    assert [(o["amount"], o["currency"], o["period"]) for o in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Registration fee: L$2,000 or US$10 (non-refundable).",
                     id="a-charge-said-again-in-dollars-after-or"),
        pytest.param("Graduates earn 60.000$00–100.000$00 a month (about €540–900).",
                     id="escudo-salary-glossed"),
        pytest.param("TOP 10 bootcamps in Nukuʻalofa", id="top-ten"),
        pytest.param("Climb Mt. Kilimanjaro, 5,895 m", id="a-mountain"),
    ],
)  # fmt: skip
def test_pacific_indian_ocean_and_atlantic_negatives_are_no_price(text):
    assert parse_prices(text) == []


def test_two_prices_joined_by_or_are_both_read():
    found = parse_prices("Tuition: $4,000 or $350/month")
    assert [(o["amount"], o["period"]) for o in found] == [("4000.00", "one_time"),
                                                           ("350.00", "month")]  # fmt: skip
