"""Tables for tracker.normalize.guarantees: which promises a text makes, which it only seems to."""

import pytest

from tracker.normalize.guarantees import count_guarantee_mentions, parse_guarantees

# expected: [(kind, window)]
CASES = [
    (
        "money-back-window",
        "100% money-back guarantee if you ask within the first two hours of the workshop",
        [("money_back", "within the first two hours of the workshop")],
    ),
    (
        "job-guarantee-with-refund",
        "Job guarantee: get a job offer within 6 months of graduating"
        " or get your money back (conditions apply)",
        [("job_guarantee", "within 6 months of graduating")],
    ),
    ("guarantee-a-job-offer", "They also guarantee a job offer.", [("job_guarantee", None)]),
    ("guarantee-land-a-job", "we guarantee you'll land a job", [("job_guarantee", None)]),
    # a slogan: no one promises, no window, no condition
    ("hired-or-money-back-slogan", "Get hired or your money back.", []),
    ("slogan-beside-a-tagline", "Job Guarantee Bootcamp · Get hired or your money back.", []),
    (
        "we-promise-hired-or-money-back",
        "We guarantee you get hired or your money back.",
        [("job_guarantee", None)],
    ),
    (
        "job-offer-or-we-pay-back",
        "Get a job offer in your field within 6 months of finishing - or we pay back 100% of "
        "the tuition.",
        [("job_guarantee", "within 6 months of finishing")],
    ),
    (
        "land-a-role-or-we-reimburse",
        "Land a role within 9 months or we reimburse your tuition.",
        [("job_guarantee", "within 9 months")],
    ),
    (
        "hiring-promise-heading",
        "Hiring Promise\nGet a job offer within 6 months or we pay you back.",
        [("job_guarantee", "within 6 months")],
    ),
    (
        "not-satisfied-question-then-refund",
        "Satisfaction guarantee\nNot satisfied after 30 days? Ask for a refund and get every "
        "penny back.",
        [("money_back", None)],
    ),
    ("every-cent-back", "Try it for 7 days and get every cent back.", [("money_back", None)]),
    (
        "withdraw-and-get-every-shilling-back",
        "Withdraw within 14 days of your start date and get every shilling back.",
        [("money_back", "within 14 days of your start date")],
    ),
    (
        "withdraw-and-get-every-last-kobo-back",
        "Withdraw in the first 7 days and get every last kobo back.",
        [("money_back", "in the first 7 days")],
    ),
    (
        "withdraw-and-get-half-back-is-a-tuition-refund",
        "Withdraw within 14 days of your start date and get 50% of the fee back.",
        [("tuition_refund", "within 14 days of your start date")],
    ),
    ("every-student-back-is-no-refund", "We welcome every student back for alumni days.", []),
    (
        "cooling-off-guarantee-payment-returned",
        "Cooling-off guarantee: cancel within the first 14 days and your payment is returned "
        "in full.",
        [("money_back", "within the first 14 days")],
    ),
    ("cooling-off-period-alone-is-no-promise", "The cooling-off period ends on 3 March.", []),
    (
        "fee-comes-back-to-you-if-no-job",
        "Placement promise: no job offer within 6 months of finishing the programme means 100% "
        "of the programme fee comes back to you.",
        [("job_guarantee", "within 6 months of finishing the programme")],
    ),
    (
        "half-the-fee-returned-on-withdrawal",
        "Withdraw within week 2 and 50% of your fee is returned.",
        [("tuition_refund", "within week 2")],
    ),
    ("a-laptop-returned-is-no-refund", "Your loan laptop is returned to the store.", []),
    (
        "an-imperative-condition-goes-on-with-the-terms",
        "Job guarantee: no job within 6 months of graduating and we refund 100% of your tuition. "
        "Complete all capstones and join every career-week activity.",
        [("job_guarantee", "within 6 months of graduating")],
    ),
    (
        "unhappy-refund",
        "If you are unhappy with the course within 14 days, we refund you.",
        [("money_back", "within 14 days")],
    ),
    (
        "what-if-no-job-question-then-refund",
        "What if I don't land a job within 6 months? We refund your tuition in full.",
        [("job_guarantee", "within 6 months")],
    ),
    (
        "faq-question-names-the-kind",
        "Is there a money-back guarantee?\nChange your mind during the first 30 days and we "
        "give you a full refund.",
        [("money_back", "during the first 30 days")],
    ),
    (
        "faq-no-but-another-kind",
        "Is there a job guarantee?\nNo, but we offer a 14-day money-back guarantee.",
        [("money_back", None)],
    ),
    (
        "faq-denied-answer",
        "Is there a job guarantee?\nNo, sorry: our career team coaches you until you are hired.",
        [],
    ),
    ("not-happy-come-back", "If you're not happy with the food, come back tomorrow.", []),
    ("question-without-a-promise", "Not sure which track? Book a call with us.", []),
    ("pay-a-loan-back", "Need a loan? Pay it back over 24 months once you have a job.", []),
    (
        "no-job-then-refund",
        "If you don't land a job within 180 days, we refund your tuition.",
        [("job_guarantee", "within 180 days")],
    ),
    (
        "tuition-refund",
        "full tuition refund if you withdraw within 14 days",
        [("tuition_refund", "within 14 days")],
    ),
    (
        "refund-on-cancel",
        "Cancel before the second week for a full refund.",
        [("tuition_refund", None)],
    ),
    ("deferred", "Deferred tuition: pay nothing until you get a job", [("deferred_tuition", None)]),
    ("isa", "Pay with an income share agreement.", [("deferred_tuition", None)]),
    (
        "dont-pay-until",
        "No upfront tuition: you don't pay until you get a job.",
        [("deferred_tuition", None)],
    ),
    (
        "named-first-wins",
        "Money-back guarantee: full tuition refund within 14 days.",
        [("money_back", "within 14 days")],
    ),
    (
        "two-kinds",
        "We offer a job guarantee and deferred tuition.",
        [("job_guarantee", None), ("deferred_tuition", None)],
    ),
    (
        "one-per-kind",
        "Money-back guarantee. Also: your money back if you leave.",
        [("money_back", None)],
    ),
    (
        "heading-takes-paragraph",
        "Job Guarantee\nGet hired within 6 months or your money back.",
        [("job_guarantee", "within 6 months")],
    ),
    ("no-money-back", "There is no money-back guarantee.", []),
    ("do-not-offer", "We do not offer a job guarantee.", []),
    ("theres-no-guarantee", "There's no guarantee.", []),
    ("no-longer-offered", "Job guarantee is no longer offered.", []),
    ("satisfaction", "Satisfaction guaranteed!", []),
    ("guaranteed-fun", "Six weeks of guaranteed fun", []),
    ("tagline-title", "Byte Bootcamp\nJob-Guaranteed Program", []),
    ("tagline-sentence-case", "Byte Bootcamp\nThe bootcamp with a job guarantee", []),
    ("tagline-noun-phrase", "Learn UX design with our money-back guarantee", []),
    ("feature-bullet-name-only", "Job guarantee", []),
    (
        "not-hired-we-return",
        "If you aren’t hired within 9 months after graduation, we return 100% of what you paid.",
        [("job_guarantee", "within 9 months after graduation")],
    ),
    (
        "not-employed-pay-back",
        "If you are not employed within 180 days of finishing, we pay you back the full tuition.",
        [("job_guarantee", "within 180 days of finishing")],
    ),
    (
        "leave-and-refund",
        "Leave during the first 3 weeks and half of your tuition is refunded.",
        [("tuition_refund", "during the first 3 weeks")],
    ),
    (
        "tagline-then-terms",
        "The bootcamp with a job guarantee\n\nStudy with us. If you don't get a job within 6 "
        "months, we refund your tuition.",
        [("job_guarantee", "within 6 months")],
    ),
    ("tagline-exclamation", "Download Program Guide Pay nothing until you land a job!", []),
    (
        "button-then-terms",
        "Job-Guaranteed Program\nGet hired within 6 months or your money back.",
        [("job_guarantee", "within 6 months")],
    ),
    (
        "tuition-back",
        "Land a job within 9 months of graduating, or get 100% of your tuition back.",
        [("job_guarantee", "within 9 months of graduating")],
    ),
    (
        "money-back-remedy-is-no-second-kind",
        "Money-back guarantee\nTry the first 14 days. If it is not for you, withdraw and get a "
        "full refund.",
        [("money_back", None)],
    ),
    (
        "faq-yes-answer",
        "Is there a guarantee?\nYes. Withdraw within the first 2 weeks and we "
        "refund 50% of the tuition you paid.",
        [("tuition_refund", "within the first 2 weeks")],
    ),
    (
        "heading-over-tagline-sentence",
        "Forge Bootcamp\nJob-Guaranteed Program. Posted on November 12, 2024 by admissions.",
        [],
    ),
    ("heading-over-unrelated-text", "Job Guarantee\nOur campus is in Austin.", []),
    (
        "table-row-cells",
        "Job guarantee | Get hired within 6 months or your money back.",
        [("job_guarantee", "within 6 months")],
    ),
    # a goal and its remedy, in other verbs and joiners than "get ... or"
    (
        "obtain-a-position-failing-which",
        "Obtain a full-time position within nine months of graduating, failing which we "
        "reimburse your fees.",
        [("job_guarantee", "within nine months of graduating")],
    ),
    (
        "gain-a-role-if-not",
        "Gain an entry-level role within 180 days; if not, we pay back your tuition.",
        [("job_guarantee", "within 180 days")],
    ),
    (
        "didnt-get-a-job-question",
        "Didn't get a job within 6 months? We'll refund your course fee.",
        [("job_guarantee", "within 6 months")],
    ),
    ("secure-a-role-no-remedy", "Secure a role with one of our 200 hiring partners.", []),
    ("secure-a-place-otherwise", "Secure your place today, otherwise the intake may fill up.", []),
    (
        "salary-range-or-more",
        "Land a graduate role earning £32,000–£45,000, or more with experience.",
        [],
    ),
    # "isn't", "aren't": the negation inside a word; fees as what is refunded
    (
        "isnt-for-you-refund-the-fee",
        "If the programme isn't for you, let us know within 10 days and we'll refund the full fee.",
        [("money_back", "within 10 days")],
    ),
    # not suiting the student is the satisfaction condition of a money-back promise
    # a refund for any reason is money back, however it is worded
    (
        "no-questions-asked-refund-on-withdrawal",
        "100% fee refund if you withdraw within 14 days of the batch start, no questions asked.",
        [("money_back", "within 14 days of the batch start")],
    ),
    (
        "no-questions-asked-first",
        "No-questions-asked refund in the first week.",
        [("money_back", "in the first week")],
    ),
    (
        "withdrawal-refund-with-conditions-stays-tuition-refund",
        "Withdraw within the first 3 weeks of the programme and 50% of the Programme Fee is "
        "refunded; the registration amount is non-refundable.",
        [("tuition_refund", "within the first 3 weeks of the programme")],
    ),
    (
        "get-placed-or-refund",
        "Get placed within 6 months of course completion or get a 100% refund of your "
        "Programme Fee.",
        [("job_guarantee", "within 6 months of course completion")],
    ),
    ("got-placed-testimonial", "Got placed within 3 months of finishing!", []),
    (
        "a-service-under-a-guarantee-heading",
        "Placement guarantee\nPlacement assistance for 12 months after course completion, with "
        "500+ hiring partners.",
        [],
    ),
    (
        "a-guarantee-with-coaching-under-its-heading",
        "Job guarantee\nGet hired within 6 months of graduating, with career coaching, or we "
        "refund your tuition.",
        [("job_guarantee", "within 6 months of graduating")],
    ),
    (
        "window-restated-in-brackets",
        "If you don't get a job within 180 days (6 months) of graduating, we refund 100% of "
        "your tuition.",
        [("job_guarantee", "within 180 days (6 months) of graduating")],
    ),
    (
        "not-the-right-fit-full-refund",
        "If it's not the right fit, withdraw before day 14 and get a full refund of the tuition.",
        [("money_back", None)],
    ),
    (
        "not-a-good-fit-withdraw-within",
        "If the course is not a good fit for you, withdraw within 14 days for a full refund.",
        [("money_back", "within 14 days")],
    ),
    ("not-sure-of-fit-no-remedy", "Not sure it's the right fit? Book a call with admissions.", []),
    (
        "not-the-right-fit-no-refunds",
        "If it's not the right fit after week 2, note there are no refunds.",
        [],
    ),
    (
        "arent-satisfied-refund-fees",
        "If you aren’t satisfied after the first week, we'll refund all of your fees.",
        [("money_back", None)],
    ),
    (
        "refund-your-course-fees",
        "We'll refund your course fees if your intake is postponed by more than 14 days.",
        [("tuition_refund", None)],
    ),
    (
        "change-your-mind-refund",
        "Change your mind within the first 10 days and we give you a full refund.",
        [("money_back", "within the first 10 days")],
    ),
    (
        "change-your-mind-switch-track",
        "Changed your mind about the track? You can switch before week 2.",
        [],
    ),
    (
        "change-your-mind-no-refunds",
        "If you change your mind after day one, there are no refunds.",
        [],
    ),
    ("refund-fee-is-a-charge", "A refund fee of $50 applies.", []),
    ("no-refunds-after-start", "No refunds after the course starts.", []),
    (
        "not-for-you-but-no-refunds",
        "If the course isn't for you, please note there are no refunds once it commences.",
        [],
    ),
    ("not-happy-cannot-refund", "If you are not happy, sadly we cannot offer refunds.", []),
    (
        "satisfaction-guarantee-not-convinced",
        "Satisfaction guarantee: not convinced within 30 days of the first class? You get a full "
        "refund.",
        [("money_back", "within 30 days of the first class")],
    ),
    ("satisfaction-guaranteed-slogan", "Satisfaction guaranteed: we love our students.", []),
    ("not-convinced-yet-sells", "Not convinced yet? Book a call, and ask about refunds.", []),
    (
        "not-hired-we-refund",
        "If you are not hired we refund your tuition.",
        [("job_guarantee", None)],
    ),
    # a booking beside the course is not its tuition
    (
        "info-session-deposit",
        "Can't make the info session? Cancel up to 24 hours before and we'll refund your deposit.",
        [],
    ),
    (
        "open-evening-ticket",
        "Tickets for the open evening are refunded if you cancel 48 hours ahead.",
        [],
    ),
    (
        "course-refund-beside-an-event",
        "Withdraw from the course after the info session for a full refund.",
        [("tuition_refund", None)],
    ),
    # an income share's terms are the income_share field, not a deferred-tuition promise
    (
        "isa-terms-are-income-share",
        "Income share agreement: nothing upfront, then 12% of your salary for 36 months once "
        "you earn over £30,000.",
        [],
    ),
    (
        "isa-terms-under-a-deferral-heading",
        "Pay after you graduate\nIncome share: 15% of your monthly income for 24 months.",
        [],
    ),
    (
        "deferral-heading-over-a-plan",
        "Pay after you're hired\nA small deposit now and the rest in instalments once you're "
        "employed.",
        [("deferred_tuition", None)],
    ),
    (
        "job-guarantee-beside-isa-terms",
        "Job guarantee: land a job within 6 months or we refund your tuition. ISA: 10% of your "
        "salary for 24 months.",
        [("job_guarantee", "within 6 months")],
    ),
    # the remedy before the condition: a job guarantee, however it is titled
    (
        "money-back-if-not-hired",
        "Jobgarantie: money back if you are not hired in 6 months after the bootcamp.",
        [("job_guarantee", "in 6 months after the bootcamp")],
    ),
    (
        "refund-should-you-not-land-a-job",
        "Full refund should you not land a job within 9 months of graduating.",
        [("job_guarantee", "within 9 months of graduating")],
    ),
    (
        "money-back-if-not-satisfied",
        "Money back if you are not satisfied within 14 days.",
        [("money_back", "within 14 days")],
    ),
    ("no-refund-if-not-hired", "No refund if you are not hired because you skipped class.", []),
    # a remedy in other words: "we pay back", "you get back 50%"
    (
        "not-for-you-we-pay-back",
        "Test phase: if the bootcamp is not for you, cancel in the first 14 days and we pay "
        "back your complete fee.",
        [("money_back", "in the first 14 days")],
    ),
    (
        "exit-and-get-back-a-share",
        "Exit in the first 4 weeks: you get back 50% of the participation fee.",
        [("tuition_refund", "in the first 4 weeks")],
    ),
    (
        "drop-out-in-week-2",
        "Drop out in week 2 and get 80% of the course fee back.",
        [("tuition_refund", "in week 2")],
    ),
    ("get-back-to-you", "Leave your details and we'll get back to you within 2 days.", []),
    ("laptop-back", "Cancel anytime and get your laptop back.", []),
    ("student-pays-back", "If you withdraw, you must pay back the loan within 12 months.", []),
    ("tagline-guaranteed", "Career-ready, guaranteed.", []),
    ("button-enquire", "Enquire now", []),
    ("cta-pay-later", "Enrol today, pay later.", []),
    ("salary-talk", "Median graduate salary £41,000 (2024 outcomes report).", []),
    ("empty", "", []),
    ("whitespace", " \n\t ", []),
    ("bad-date", "2022-13-45", []),
    ("non-ascii", "Garantía 💸 — 100% money-back guarantee, sin preguntas", [("money_back", None)]),
    # in French
    (
        "fr-job-guarantee",
        "Garantie emploi ou remboursé : si vous n'avez pas trouvé d'emploi dans les 9 mois qui "
        "suivent la fin de la formation, nous vous remboursons 100 % des droits de scolarité.",
        [("job_guarantee", "dans les 9 mois qui suivent la fin de la formation")],
    ),
    (
        "fr-no-job-after",
        "Pas d'emploi 6 mois après la fin de la formation ? 100 % de vos frais vous sont "
        "remboursés.",
        [("job_guarantee", "6 mois après la fin de la formation")],
    ),
    (
        "fr-satisfait-ou-rembourse",
        "Satisfait ou remboursé : vous avez 7 jours après le premier jour de cours pour changer "
        "d'avis ; nous vous remboursons alors l'intégralité des frais.",
        [("money_back", "7 jours après le premier jour de cours")],
    ),
    (
        "fr-changer-d-avis",
        "Satisfait ou remboursé — 14 jours pour changer d'avis, remboursement intégral.",
        [("money_back", "14 jours pour changer d'avis")],
    ),
    (
        "fr-abandon",
        "Abandon dans les 3 premières semaines : 50 % des frais de formation remboursés.",
        [("tuition_refund", "dans les 3 premières semaines")],
    ),
    (
        "fr-arret",
        "Si vous arrêtez dans les 4 premières semaines, nous remboursons 50 % des frais.",
        [("tuition_refund", "dans les 4 premières semaines")],
    ),
    (
        # a label names the promise that the question's answer states
        "label-then-condition-question",
        "Money-back guarantee: not the right fit? Withdraw within 14 days of the first class "
        "and receive a full refund.",
        [("money_back", "within 14 days of the first class")],
    ),
    (
        "label-closed-by-a-dash",
        "Money-back guarantee. Money-back guarantee — not the right fit? Withdraw within 30 "
        "days of the first class and receive a full refund.",
        [("money_back", "within 30 days of the first class")],
    ),
    (
        "question-whether-there-is-one-after-a-label",
        "FAQ: Is there a job guarantee? No, but we offer a 14-day money-back guarantee.",
        [("money_back", None)],
    ),
    (
        # "not" after the name opens the condition the question asks, not a denial
        "negated-condition-question",
        "Employment guarantee — not employed in the field within 6 months of completing the "
        "certificate? 100% of your tuition is refunded.",
        [("job_guarantee", "within 6 months of completing the certificate")],
    ),
    (
        # the remedy granted is the first one; the denial after it is of a later withdrawal
        "refund-then-no-refunds-after",
        "Withdrawal policy: withdraw within the first 2 weeks and 50% of the tuition is "
        "refunded; no refunds after that.",
        [("tuition_refund", "within the first 2 weeks")],
    ),
    (
        # an income share's title names it; its terms are the income_share field
        "income-share-title-only",
        "Income Share Agreement (study now, pay when hired)",
        [],
    ),
    ("denied-after-the-name", "Job guarantee: not offered for this course. Any questions?", []),
    ("denied-before-a-question", "Job guarantee? Not available in your state.", []),
    ("fr-non-refundable-fee", "Frais d'inscription : 25 000 FCFA, non remboursables.", []),
    ("fr-no-guarantee", "Aucune garantie d'emploi n'est proposée.", []),
    ("fr-tagline", "Emploi garanti !", []),
    ("fr-guarantee-elsewhere", "Garantie décennale sur nos locaux rénovés.", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parse_guarantees(text, expected):
    found = parse_guarantees(text)
    assert [(g["kind"], g["window"]) for g in found] == expected
    for g in found:
        assert g["terms"] == " ".join(g["terms"].split()) and g["raw"] in text


def test_terms_are_the_collapsed_sentence():
    [found] = parse_guarantees(
        "Intro text.  Full   tuition refund\tif you withdraw within 14 days.  Bye."
    )
    assert found["terms"] == "Full tuition refund if you withdraw within 14 days."
    assert set(found) == {"kind", "terms", "window", "raw"}


@pytest.mark.parametrize(
    "text, terms",
    [
        pytest.param(
            "Job guarantee\nLand a job within 6 months, or get 100% of your tuition back. You "
            "must apply to five jobs a week. Our campus is in Austin.",
            "Land a job within 6 months, or get 100% of your tuition back. You must apply to "
            "five jobs a week.",
            id="heading-dropped-condition-kept-unrelated-left",
        ),
        pytest.param(
            "Try the first 14 days risk-free. If it is not for you, get your money back.",
            "Try the first 14 days risk-free. If it is not for you, get your money back.",
            id="lead-in-sentence-opens-the-terms",
        ),
        pytest.param(
            "Money-back guarantee. Try it for 30 days: if you withdraw, we refund you in full.",
            "Try it for 30 days: if you withdraw, we refund you in full.",
            id="label-sentence-dropped",
        ),
        pytest.param(
            "Guarantees\nJob guarantee. Get hired within 6 months or your money back.",
            "Get hired within 6 months or your money back.",
            id="heading-then-label-then-terms",
        ),
        pytest.param(
            "Is there a guarantee?\nYes. Try the first 7 days risk-free. If it is not for you, "
            "get your money back.",
            "Try the first 7 days risk-free. If it is not for you, get your money back.",
            id="faq-yes-then-lead-in",
        ),
        pytest.param(
            "Tuition refund Withdraw within the first 2 weeks and we refund 50% of tuition.",
            "Withdraw within the first 2 weeks and we refund 50% of tuition.",
            id="inline-title-run-into-the-terms",
        ),
        pytest.param(
            "Cooling-off period: If you withdraw within 7 days, we refund the course fee in full.",
            "If you withdraw within 7 days, we refund the course fee in full.",
            id="colon-title-run-into-the-terms",
        ),
        pytest.param(
            "[1] Job Placement Guarantee: If you aren't hired within 6 months, we refund 100% "
            "of your tuition.",
            "If you aren't hired within 6 months, we refund 100% of your tuition.",
            id="footnote-marked-title-run-into-the-terms",
        ),
        pytest.param(
            "Risk-free trial\nTry it for 7 days. If it's not the right fit, withdraw before day "
            "7 and get a full refund.",
            "Try it for 7 days. If it's not the right fit, withdraw before day 7 and get a full "
            "refund.",
            id="trial-sentence-opens-the-terms",
        ),
        pytest.param(
            "Risk-free trial Try it for 14 days — if it's not the right fit, withdraw before "
            "day 14 and we'll refund all the tuition you paid.",
            "Try it for 14 days — if it's not the right fit, withdraw before day 14 and we'll "
            "refund all the tuition you paid.",
            id="trial-title-run-into-the-terms",
        ),
        pytest.param(
            "Drop before the term begins: 100% refund. Withdraw within 3 weeks: 75% refund. "
            "After that: no refund.",
            "Drop before the term begins: 100% refund. Withdraw within 3 weeks: 75% refund. "
            "After that: no refund.",
            id="the-remedys-limit-is-part-of-the-terms",
        ),
        pytest.param(
            "Full refund if you withdraw within 14 days. Our campus is in Austin. No refunds "
            "for the enrolment fee.",
            "Full refund if you withdraw within 14 days.",
            id="a-limit-after-an-unrelated-line-is-not-joined",
        ),
        pytest.param(
            "Our cohorts meet twice a week. If you're not satisfied after 14 days, we refund you.",
            "If you're not satisfied after 14 days, we refund you.",
            id="sentence-without-promise-or-trial-is-no-lead",
        ),
        pytest.param(
            "Refund policy ▸ Withdraw before week 3 and half of the tuition is refunded.",
            "Withdraw before week 3 and half of the tuition is refunded.",
            id="toggle-title-run-into-the-terms",
        ),
        pytest.param(
            "Job guarantee: land a job within 6 months or we refund your tuition.",
            "Job guarantee: land a job within 6 months or we refund your tuition.",
            id="colon-title-before-lowercase-is-kept",
        ),
        pytest.param(
            "Rule 4 of the 2025 handbook: Withdraw within 7 days and we refund your tuition.",
            "Rule 4 of the 2025 handbook: Withdraw within 7 days and we refund your tuition.",
            id="colon-with-figures-is-no-title",
        ),
        pytest.param(
            "Get hired within 9 months or your money back. Hurry: only 12 seats left in the "
            "next cohort!",
            "Get hired within 9 months or your money back.",
            id="seat-counter-after-the-promise-is-no-condition",
        ),
        pytest.param(
            "Get hired within 9 months or your money back. Join if you dare: apply today!",
            "Get hired within 9 months or your money back.",
            id="selling-lines-after-the-promise-are-no-condition",
        ),
        pytest.param(
            "Not satisfied after 14 days? Ask for a refund and get every penny back.",
            "Not satisfied after 14 days? Ask for a refund and get every penny back.",
            id="condition-question-is-part-of-the-terms",
        ),
        pytest.param(
            "Get hired within 9 months or your money back. Only for students who finish every "
            "unit.",
            "Get hired within 9 months or your money back. Only for students who finish every "
            "unit.",
            id="only-for-is-a-condition",
        ),
        pytest.param(
            "Jobgarantie: money back if you are not hired in 6 months after the bootcamp. You "
            "get 50% of the course fee back if you attended min. 90% of the classes.",
            "Jobgarantie: money back if you are not hired in 6 months after the bootcamp. You "
            "get 50% of the course fee back if you attended min. 90% of the classes.",
            id="a-remedy-with-a-condition-goes-on-with-the-promise",
        ),
        pytest.param(
            "Exit in the first 4 weeks: you get back 50% of the fee. A later exit is not "
            "refundable.",
            "Exit in the first 4 weeks: you get back 50% of the fee. A later exit is not "
            "refundable.",
            id="a-later-exit-is-the-limit",
        ),
        pytest.param(
            "Job guarantee — no job offer within 9 months? 100% of the fee comes back to you.",
            "Job guarantee — no job offer within 9 months? 100% of the fee comes back to you.",
            id="a-question-stating-the-period-is-part-of-the-terms",
        ),
        pytest.param(
            "Abandon dans les 3 premières semaines : 50 % des frais remboursés. Au-delà, aucun "
            "remboursement.",
            "Abandon dans les 3 premières semaines : 50 % des frais remboursés. Au-delà, aucun "
            "remboursement.",
            id="aucun-remboursement-is-the-limit",
        ),
        pytest.param(
            "Pro-rata refund: leave within the first 3 weeks and you are reimbursed 50% of what "
            "you paid. After that the full fee is due.",
            "Pro-rata refund: leave within the first 3 weeks and you are reimbursed 50% of what "
            "you paid. After that the full fee is due.",
            id="the-full-fee-due-is-the-limit",
        ),
        pytest.param(
            "Job guarantee: no job within 6 months and we refund your tuition. Complete all "
            "capstones and join every career-week activity.",
            "Job guarantee: no job within 6 months and we refund your tuition. Complete all "
            "capstones and join every career-week activity.",
            id="an-obligation-as-an-order-is-a-condition",
        ),
        pytest.param(
            "Job guarantee: no job within 6 months and we refund your tuition. Join our alumni "
            "network of 5,000 graduates!",
            "Job guarantee: no job within 6 months and we refund your tuition.",
            id="an-exclamation-is-no-condition",
        ),
    ],
)
def test_terms_are_the_promise_and_its_conditions(text, terms):
    [found] = parse_guarantees(text)
    assert found["terms"] == terms and found["raw"] in text


def test_very_long_text():
    text = "Lorem ipsum dolor sit amet. " * 5000 + "We offer a job guarantee."
    assert [g["kind"] for g in parse_guarantees(text)] == ["job_guarantee"]
    assert count_guarantee_mentions(text) == 1


MENTIONS = [
    ("one-sentence", "100% money-back guarantee if you ask within the first two hours", 1),
    ("two-sentences", "Job guarantee included. Refunds within 14 days.", 2),
    ("refund-policy-without-kind", "See our refund policy for tuition.", 1),
    ("negated", "There's no guarantee.", 0),
    ("no-longer", "Job guarantee is no longer offered.", 0),
    ("marketing", "Satisfaction guaranteed! Guaranteed fun.", 0),
    ("empty", "", 0),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in MENTIONS], ids=[c[0] for c in MENTIONS])
def test_count_guarantee_mentions(text, expected):
    assert count_guarantee_mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Get a job offer within six months of completing the bootcamp, or your money back.",
            [("job_guarantee", "within six months of completing the bootcamp")],
            id="window-not-cut-mid-phrase",
        ),
        pytest.param(
            "Full refund if you withdraw within 14 days of the 1st class.",
            [("tuition_refund", "within 14 days")],
            id="window-does-not-end-on-of-the",
        ),
        pytest.param(
            "Is there a money-back guarantee? Yes. We offer a 100% money-back guarantee: ask "
            "for a refund within the first two hours of your first workshop.",
            [("money_back", "within the first two hours of your first workshop")],
            id="faq-answer-states-the-terms",
        ),
        pytest.param("Is there a money-back guarantee? No.", [], id="faq-question-alone"),
        pytest.param(
            "Job guarantee: no job offer within 9 months? 100% of the fee comes back to you.",
            [("job_guarantee", "within 9 months")],
            id="a-promise-asking-its-period-is-its-condition",
        ),
        pytest.param(
            "Land a job within 9 months of finishing - or we pay back 100% of tuition.",
            [("job_guarantee", "within 9 months of finishing")],
            id="window-ends-before-a-dash",
        ),
    ],
)
def test_windows_and_faq_answers(text, expected):
    assert [(g["kind"], g["window"]) for g in parse_guarantees(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind", "window"),
    [
        ("Trial period: 14 days from the first class; leave in that time for a full refund.",
         "money_back", "14 days from the first class"),
        ("Trial period: leave in the first week and we refund 50% of the tuition.",
         "tuition_refund", "in the first week"),
        ("Free trial class on Monday. Full tuition refund if you withdraw within 14 days.",
         "tuition_refund", "within 14 days"),
        # a contract's cooling-off clause under its title, in the clause or on its own line
        ("9.3 Cooling-off Period. The Student may cancel this Agreement by written notice "
         "within 7 days of the Commencement Date and shall receive a full refund of all Fees "
         "paid.", "money_back", "within 7 days of the Commencement Date"),
        ("Cooling-off Period.\nThe Student may cancel within 7 days of the Commencement Date "
         "and shall receive a full refund.", "money_back",
         "within 7 days of the Commencement Date"),
        ("9.4 Cooling-off Period. Cancel within 14 days and we refund 50% of the fee.",
         "tuition_refund", "within 14 days"),
        ("Cooling-off Period: 9.3 Cooling-off Period. The Student may cancel within 14 days of "
         "the Commencement Date and shall receive a full refund of all Fees paid.", "money_back",
         "within 14 days of the Commencement Date"),
    ],
)  # fmt: skip
def test_a_trial_ending_in_a_full_refund_is_money_back(text, kind, window):
    assert [(g["kind"], g["window"]) for g in parse_guarantees(text)] == [(kind, window)]


def test_a_heading_over_the_promises_is_not_their_terms():
    """'Our guarantees' heads the section; the label question under a card heading names the
    promise, and the answer is its terms."""
    text = (
        "Our guarantees\nMoney-back guarantee\nMoney-back guarantee: not for you? Leave "
        "within 10 days of the first class and receive a full refund of the fee paid."
    )
    (found,) = parse_guarantees(text)
    assert found["kind"] == "money_back"
    assert found["terms"].startswith("Leave within 10 days")
