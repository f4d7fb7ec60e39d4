"""Read tuition prices out of page text (income-share terms: tracker.normalize.income_share).

A *price* is a money amount that is a way to pay for the program. Only amounts carrying a
currency ("$", "EUR", "euros", "kr", ...) are candidates, so years, seat counters, phone
numbers, percentages, "24/7" and "2 hours" never are. price-parser reads each amount and
symbol; the regexes here only find candidate spans and read the words around them.

Vocabulary of the returned :class:`~tracker.facts.PriceOption`:

* ``period``: ``one_time`` (default), ``month`` ("/mo", "per calendar month", "pcm"),
  ``year`` ("p.a."), ``credit`` ("per credit hour"),
  ``installment`` ("five payments of $385", "$385 x 5"; ``installments`` says how many).
  "$96/month for 12 months" and "12 monthly payments of $96" are ``month`` with
  ``installments`` 12, also in Portuguese, Spanish or German ("/mês", "al mes", "pro
  Monat"). Amounts per week, day, night, hour, semester or term have no Period and are
  dropped rather than mislabelled.
* ``label``: the caller's ``label`` if given, else the first that applies of ``deferred``,
  ``upfront`` ("upfront", "in full"), ``per_credit``, ``yearly`` (per year, or "paid
  yearly"/"billed annually"), ``payment_plan`` (installments, "payment plan"), ``monthly``;
  else None.

Not prices (but still counted by :func:`count_price_mentions`): salaries (also "Gehalt",
"Lohn", "sueldo", "salário"), earnings and other statistics ("median first-year pay",
"junior roles are advertised at"), savings, discounts, scholarships, bursaries and grants,
referral bonuses and other money a student is given ("you each get €250"), what someone
else pays towards it (employer tuition reimbursement, aid that "covers up to $4,000"), what
a student spends beside the program (living costs, rent, housing), money lent or held (a
loan "of up to $1,000", a refundable caution fee), a deposit "deducted from your tuition"
(part of a price, not another way to pay), pay quoted in thousands per month ("₱35K a
month") and what juniors make, the charge of something beside the program (a "$150 lab
fee", "the certification exam voucher ($246)", "parking permits are $45", textbooks "(a
$185 value)", a payment plan's "$35 enrollment fee per payment plan"), and another product
on the same page (a prep course's "$49/mo"), since none of them is paid for this program.
"$0" is a price only on its own ("Tuition: $0"): "$0 upfront", "$0 until you're hired" or
"$0 down" is a term of paying later, whose way to pay is the deferral or income share.
A row header or a card's caption line naming one of them rules out its amounts.
Identical options are returned once, in text order; a range ("$24-$34") is one option and
one mention.

It is one module of about 500 lines because the traps and the period and label rules
read the same clause around each amount; kept together, an amount's clause is cut once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import cast

from tracker.facts import Period, PriceOption
from tracker.normalize import anchors, money

_SPAN = re.compile(
    # "five payments of" / "12 monthly installments of"
    rf"(?:(?P<n_pre>{money.NUMBER_WORD})\s+(?:(?:equal|(?P<monthly>monthly)|interest-free)\s+)*"
    # ("6 monthly debit orders of", as Southern Africa pays by monthly bank debit)
    r"(?:(?:payments|installments|instalments|rates|debit\s+orders)\s+of"
    # and in French: "12 mensualités de", "4 tranches mensuelles de", "3 versements de"
    r"|(?:(?P<mensualites>mensualités)|(?:tranches|versements|paiements|échéances)"
    r"(?:\s+(?P<mensuels>mensuel(?:le)?s))?)\s+de"
    # and in Spanish: "18 cuotas mensuales de", "12 cuotas sin interés de"
    r"|cuotas(?:\s+(?P<cuotas_mensuales>mensuales))?(?:\s+sin\s+inter[eé]s)?\s+de)\s+)?"
    # "$24", "$24-$34", "$24-34", "$11,610 to $16,500", "$24 - 34/month"; never "9.9 %"
    rf"(?P<lo>{money.AMOUNT})(?!\s?%)(?:\s*(?:-|–|—|to)\s*(?P<hi>{money.AMOUNT})|[-–](?P<hi_n>{money.NUM})"
    rf"|\s+[-–]\s+(?P<hi_p>{money.NUM})(?=\s*(?:/|\bper\b)))?"
    # "/month", "per credit hour", "a year", "monthly"
    # (never across a line break: "$15,100\nMonthly: $840" is a price and the next line's label)
    # and as pages in Portuguese, Spanish, German and the Nordic languages say it: "/mês",
    # "al mes", "pro Monat", "kr/mån", "pr. md.", "per mnd"
    # (after the "kr." or ",-" that closes a Nordic amount: "5.320 kr. pr. md.", or the "/="
    # of an East African one: "TZS 70,000/= kwa mwezi"; Swahili "kwa mwezi" is "a month")
    r"(?:(?:(?<=kr)\.|,-|/=)?[^\S\n]*\(?(?:/|\bper\b|\ban?\b|\beach\b|\bevery\b"
    r"|\b(?:al|por|ao|pro|im|par|kwa)\b|\bpr\.?)"
    r"[^\S\n]*(?:calendar\s+)?(?P<per>month|mo|mth|year|yr|annum|credit(?:[\s-]hour)?|week|wk"
    r"|day|night|hour|hr|semester|term|quarter|m[eê]s|monat|mån(?:ad)?|md|mnd"
    # French: "par mois", "/an", "par année", "par semaine"
    r"|mois|an|année|semaine|jour|heure"
    # and "/bulan" (Indonesian, Malay), "/tháng" (Vietnamese), "/เดือน" (Thai), "/lună"
    # (Romanian), "/hó" (Hungarian), "/měsíc" (Czech), "/міс." (Ukrainian), "/месец"
    # (Bulgarian), "/kuu" (Estonian), "/mėn." (Lithuanian), "/mēn." (Latvian), "/月"
    r"|bulan|tháng|เดือน|lun[aă]|hó|hónap|měsíc|міс(?:яць)?|месец|kuu|mėn|mēn|月|mwezi)s?(?!\w)"
    # "monthly" after the amount, also in brackets: "월 ₩1,270,000 (monthly)"
    r"|[^\S\n]+\(?(?P<adv>monthly|annually|yearly|weekly|pcm|p/m|p\.a\.|mensual(?:es)?|mensa(?:l|is)"
    r"|monatlich))?"
    # "x 5", "for 12 months"
    rf"(?:\s*[x×]\s*(?P<n_x>\d{{1,2}})\b|\s+for\s+(?P<n_for>{money.NUMBER_WORD})\s+months?\b)?",
    re.IGNORECASE,
)
_N_PRE_NOUNS = ("payments", "installments", "instalments", "rates", "debit orders", "mensualités",
                "tranches", "versements", "paiements", "échéances", "cuotas")  # fmt: skip
# after one of _N_PRE_NOUNS
_OF = re.compile(r"\s+(?:of|de|mensuel(?:le)?s\s+de|mensuales\s+de|sin\s+inter[eé]s\s+de)\s")
_N_PRE_MODIFIERS = ("equal", "monthly", "interest-free")
# with digits and spaces: "15.950 k" before "€", "990만" before "원", "59 900,-" before "Kč"
_NUMBER_CHARS = frozenset(",.'’\u00a0\u202fkK万萬만-")


def _in_number(char: str) -> bool:
    return char in _NUMBER_CHARS or char.isspace() or char.isdecimal()


def _installment_starts(low: str) -> list[int]:
    """Where a count before "payments of" can begin: the word or one or two digits before
    the spaces (and "equal", "monthly", "interest-free") before each "payments of"."""
    starts: list[int] = []
    for noun in _N_PRE_NOUNS:
        for end in anchors.occurrences(low, (noun,)):
            if not _OF.match(low, end + len(noun)):
                continue
            while True:
                words_end = end
                while end and low[end - 1].isspace():
                    end -= 1
                if end == words_end:
                    break
                starts += (end - 1, end - 2)
                starts += [end - len(w) for w in money.NUMBER_WORDS if low.endswith(w, 0, end)]
                modifier = next((w for w in _N_PRE_MODIFIERS if low.endswith(w, 0, end)), None)
                if modifier is None:
                    break
                end -= len(modifier)
    return starts


_DIGIT_BEFORE = re.compile(r"\d\s?(?:k\s?)?$", re.I)  # "6 400 $", "52k $"


def _after_number(text: str, at: int) -> bool:
    """Whether the sign at ``at`` ends an amount ("6 400 $") rather than begins one."""
    return bool(_DIGIT_BEFORE.search(text, max(0, at - 4), at))


def _span_starts(text: str, low: str) -> list[int]:
    """Every position where ``_SPAN`` can begin in ``text`` (``low`` lowered): at a currency
    sign or code before a number (a "US" or "HK" before "$"), at a number followed by a
    currency, and at a count before "payments of"."""
    starts: list[int] = []
    post: list[int] = anchors.occurrences(low, money.POST_WORDS)
    for m in money.SYMBOL.finditer(text):
        at = m.start()
        # "NT$", "CN¥", "E£", "Bds$", "COL$"
        starts += (at - 3, at - 2, at - 1, at) if m.group() in "$¥£" else (at,)
        if m.group() in money.POST_SIGNS or m.group() == "$" and _after_number(text, at):
            post.append(at)
    post += [m.start() for m in money.CASED_POST.finditer(text)] if "L" in text else []
    codes = money.iso_codes(text)
    starts += codes + [m.start() for m in money.RS_KR_WORD.finditer(low)]
    starts += [m.start() for m in money.LETTER_SIGNED.finditer(text)]
    for end in post + codes:  # a currency after its number: "15.950 €", "1,200 USD"
        begin = end
        while begin and _in_number(text[begin - 1]):
            begin -= 1
        starts.extend(m.start() for m in anchors.DIGITS.finditer(text, begin, end))
    return [i for i in starts + post + _installment_starts(low) if i >= 0]


def _spans(text: str) -> Iterator[re.Match[str]]:
    """``_SPAN.finditer(text)``, tried only where an amount can begin (``_span_starts``)."""
    if not money.has_currency(text):
        return iter(())
    low = anchors.lowered(text)
    if low is None:
        return _SPAN.finditer(text)
    return anchors.finditer(_SPAN, text, _span_starts(text, low))


_PERIODS = {
    "mo": "month", "mth": "month", "monthly": "month", "pcm": "month",
    "yr": "year", "annum": "year", "annually": "year", "yearly": "year", "p.a.": "year",
    "p/m": "month", "mån": "month", "månad": "month", "md": "month", "mnd": "month",
    "mês": "month", "mes": "month", "monat": "month", "mensual": "month",
    "mensuales": "month", "mensal": "month", "mensais": "month", "monatlich": "month",
    "mois": "month", "an": "year", "année": "year", "semaine": "week", "jour": "day",
    "heure": "hour", "bulan": "month", "tháng": "month", "เดือน": "month", "luna": "month",
    "lună": "month", "hó": "month", "hónap": "month", "měsíc": "month", "міс": "month",
    "місяць": "month", "месец": "month", "kuu": "month", "mėn": "month", "mēn": "month",
    "月": "month", "mwezi": "month",
}  # fmt: skip
#: Things a student pays for beside the program, each with its own charge: "a $150 lab
#: fee", "the certification exam voucher ($246)", "parking permits are $45", "a €50 student
#: services charge", "kit and textbook costs (about £60)".
_THINGS = (
    r"lab(?:oratory)?|exam(?:ination)?s?|tests?|testing|certification|parking|text-?books?"
    r"|books?|kit|materials?|uniforms?|equipment|laptops?|software|transcripts?|graduation"
    r"|re-?sits?|late(?:\s+payment)?|insurance|student\s+(?:services?|union|activity|id)"
    r"|technology|activity|library|visa|processing|transaction|admin(?:istration)?|membership"
    r"|locker|printing|registration|application|admissions?"
    # what a contract charges for an event: "Deferral fee", "Re-sit or re-assessment fee"
    r"|deferrals?|withdrawals?|cancellations?|re-?assessments?|re-?takes?|replacements?"
    r"|dishono(?:u)?red\s+(?:direct\s+debits?|payments?|cheques?)"
)
_CLAUSE = re.compile(r"(?<!\d)[.;!?](?!\d)|,\s|\n|\||·")
_NOT_TUITION = r"certificate|certification|degree|credential|diploma"
_TRAP_BEFORE = re.compile(
    rf"\b(?:salar(?:y|ies)|sal[aá]rios?|sueldos?|\w*(?:gehalt|lohn)\b|earn(?:s|ed|ing|ings)?\b(?!\s+(?:your|a|an|the)\s+(?:{_NOT_TUITION}))"
    r"|income(?!\s+share)|wages?|compensation|sav(?:e|es|ing|ings)|discount|scholarships?"
    r"|bursar(?:y|ies)|grants?|stipend|allowances?|bonus|prize|award|raised|worth"
    r"|refer(?:ral|\s+a\s+friend)|subsidi[sz]\w*|subsid(?:y|ies)"
    # what someone else pays towards it: "tuition reimbursement: many cover up to $5,250"
    r"|reimburs\w*|\b(?:cover|offset)(?:s|ed|ting)?\s+(?:up\s+to\s*)?$"
    # "employers claim back up to P 12,000 of this course" (a levy refund)
    r"|\bclaim(?:s|ed|ing)?\s+back\b"
    # and in Spanish: "SENCE cubre hasta $950.000", "financia hasta"
    r"|\b(?:cubren?|financian?|subsidian?|bonifican?)\s+hasta\s*$|\bdescuentos?\b|\bbecas?\b"
    # an incentive paid to students: "Becarios reciben un incentivo de RD$ 5,000 al mes"
    r"|\b(?:incentives?|incentivos?|estipendios?|recib(?:e|en|es|ir[aá]n?|ir[aá]s))\b"
    # what graduates earn, in Spanish: "Egresados que trabajan remoto ganan USD 1,200"
    r"|\b(?:gan(?:a|an|ar|aron)|perciben)\b"
    # money lent or held, not paid for the program: "a loan of up to $1,000", "a refundable
    # ₱1,500 caution fee" (a non-refundable deposit is paid)
    r"|\bloans?\s+(?:of\s+)?(?:up\s+to\s+)?$|(?<!non-)(?<!non)\brefundable\s*$"
    # a statistic of what people earn or pay, not what this program costs
    r"|median|average|avg|typical|promedio|m[eé]dio|durchschnitt\w*"
    # an Indian salary: "highest CTC ₹32 LPA" (cost to company)
    r"|\bCTC\b"
    # another product on the same page: a prep course ("Self-paced prep plans from $49/mo")
    r"|\bprep\b|\bpreparatory\b"
    # what a job pays ("roles paying $70k+"), and a threshold, not a figure ("owed only
    # above $40,000 a year", "more than $10,000 in aid"): a price is stated as what it is
    # ("roles in the region pay $48,000 to $65,000": a few words may stand between)
    r"|\b(?:jobs?|roles?|positions?|offers?|careers?)(?:\s+[\w-]+){0,4}?\s+(?:that\s+)?"
    r"pay(?:s|ing)?\b"
    # what jobs or graduates are said to fetch: "Junior roles are advertised at", "Alumni
    # start on", "Entry-level positions range from"
    r"|\b(?:jobs?|roles?|positions?|vacanc(?:y|ies)|openings?|graduates?|alumni)\s+"
    r"(?:(?:are|is|typically|usually|often|now)\s+)*(?:advertised|listed|start(?:s|ing)?"
    r"|range[sd]?|ranging|command\w*|fetch\w*|make|making)\b"
    # where graduates work, at what pay: "our graduates work for foreign companies at"
    r"|\b(?:graduates?|alumni)\s+(?:[\w-]+\s+){0,3}?(?:work(?:s|ing)?|are\s+(?:hired|employed))"
    r"\s+(?:for|at|in|with)\b"
    # what juniors and their jobs make: "B2B junior rates from", "Junior devs in Manila
    # start at", "Junior developer jobs in Berlin: ab 52k €"
    r"|\b(?:j[uú]nior|entry[\s-]level)\s+(?:[\w-]+\s+){0,3}?(?:jobs?|roles?|positions?"
    r"|vacanc(?:y|ies)|openings?|rates?|start(?:s|ing)?\s+(?:at|on|from)|earn\w*|make|pay|paid)\b"
    r"|\b(?:above|over|more\s+than|exceeding|in\s+excess\s+of|at\s+least|upwards\s+of)\s*$"
    # where graduates are placed: "Top graduates placed at PKR 1.8 lakh a month"
    r"|\bplaced\s+(?:at|on|with)\s*$"
    # what employers pay people: "Remote roles pay our graduates USD 1,500 a month"
    r"|\bpa(?:y|ys|id|ying)\s+(?:our\s+|their\s+|its\s+|new\s+)?(?:graduates?|grads|alumni|j[uú]niors?"
    r"|developers?|engineers?|employees?|staff|interns?|hires?|trainees?)\b"
    # an exchange rate: "at the market rate of 89,500 L.L. per dollar"
    r"|\b(?:exchange|market|official|conversion)\s+rate\s+(?:of\s+|is\s+|:\s*)?$"
    # what other programs charge: "Most bootcamps charge $13,600 or more", "compared with
    # £15,000 elsewhere"
    r"|\b(?:most|many|other|typical|traditional|comparable|similar|competing|rival)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:bootcamps?|programs?|programmes?|schools?|courses?|providers?"
    r"|academies|camps)\b|\bcompared\s+(?:to|with)\b|\bcompetitors?\b"
    # a former or list price the fee is set against: "Regular price ₹2,05,200", "RRP £12,000"
    r"|\b(?:regular|list|original|usual|normal|retail|compare[\s-]at)\s+price\b|\bRRP\b"
    # what someone else pays, up to a cap: "Many employers fund up to £3,000 a year", "SU
    # pays up to kr. 6.820 a month to eligible students"
    r"|\b(?:pays?|funds?|covers?|contributes?|sponsors?|gives?\s+back|lends?|defer)\s+up\s+to\s*$"
    r"|\bwaivers?\s+of\s+(?:up\s+to\s+)?$|\beligible\s+for\s+(?:up\s+to\s+)?$"
    r"|\bloans?\b[^.;]{0,60}\bup\s+to\s*$"
    # the tax in the fee: "The Course Fee includes VAT (7.5%) of approximately ₦92,000"
    r"|\b(?:VAT|GST|SST|HST|PST|sales\s+tax|tax)\b(?:\s*\([^()]{0,20}\))?\s+(?:component\s+|amount\s+)?"
    r"(?:of|is)\s+(?:approximately\s+|about\s+|roughly\s+)?$"
    # a charge for an event: "A dishonoured direct debit incurs a fee of ₦5,000"
    r"|\bincurs?\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:fee|charge|penalty)\s+of\s*$"
    # equipment lent or hired: "a loan laptop is available for A$40 per month"
    rf"|\b(?:loan|rental|hire|spare)\s+(?:{_THINGS})\b[^.;:]{{0,30}}$"
    # and in French: a salary, what someone earns or is paid, a median, a bursary, a
    # discount, a tax deduction, a training voucher, a threshold ("au moins 40 000 €")
    r"|\b(?:salaires?|gagne\w*|rémunér\w*|perçoi\w*|médian\w*|bourses?|remises?|réductions?"
    r"|déductibles?|chèques?[\s-]formation)\b|\b(?:au\s+moins|plus\s+de|au-delà\s+de)\s*$)",
    re.IGNORECASE,
)
#: Money the student is given ("you each get €250", "receive up to $1,000"): not paid.
_RECEIVED = re.compile(
    r"\b(?:gets?|receives?|wins?)\s+(?:up\s+to\s+)?(?:an?\s+)?(?:extra\s+)?$", re.I
)
#: A period stated before the amount, as a label: "Monthly: 625 €", "Per month: $840".
_PERIOD_LABEL = re.compile(
    r"\b(?:monthly|per\s+month|a\s+month|each\s+month)(?:\s+(?:payments?|plan|option"
    r"|installments?|instalments?|fee))?\s*[:–-]\s*(?:(?:from|only|just)\s+)?$"
    # Korean and Chinese say "a month" before the amount: "월 ₩1,270,000", "每月 ¥2,100"
    r"|(?:^|\s|:)(?:월|매월|每月|月付)\s*$",
    re.I,
)
#: A clause that only qualifies the amount after it ("about", "up to"): the clause before
#: it says what the amount is ("average salary: 12K/月, about ¥12,000 a month").
_QUALIFIER_ONLY = re.compile(
    r"\s*(?:about|around|approx(?:imately|\.)?|roughly|nearly|almost|up\s+to|max(?:imum)?"
    r"|i\.e\.|that\s+is|or|~|≈)\s*",
    re.I,
)
#: An amount in brackets right after another: "3,800만 원 (₩38,000,000 a year)".
_IN_BRACKETS_AFTER = re.compile(r"\s*\(\s*(?:about|approx(?:imately|\.)?|≈|~|i\.e\.)?\s*")
#: A caption naming a deposit: part of the tuition paid early, not a way to pay for it.
_DEPOSIT_CAPTION = re.compile(r"\b(?:deposit|acompte|anzahlung|kaution)\b", re.I)
#: Whoever pays instead of the student, where "$0" is what is left to pay: "KDT covers 100%
#: of tuition, so you pay ₩0", "free for eligible residents: $0".
_PAID_BY_OTHERS = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|fund(?:s|ed|ing)?|subsidi[sz]\w*|sponsor\w*|eligible|holders?"
    r"|paid\s+(?:for\s+)?by|pays?\s+for\s+(?:it|your|the))\b",
    re.I,
)
_TRAP_AFTER = re.compile(
    r"^\W*(?:(?:starting|average|median|annual|base|entry[\s-]level)\s+)?"
    r"(?:off|discount|savings?|scholarships?|bursar(?:y|ies)|grant|salary|stipend|referral"
    r"|bonus|reward|value|LPA|lakhs?\s+per\s+annum"
    # a charge per event: "₦15,000 per attempt", "per assessment", "per deferral"
    r"|per\s+(?:attempt|assessment|re-?sit|deferral|sitting|exam|occurrence|instance)"
    # money a student is given to spend: "their S$500 credit"
    r"|credits?\b(?!\s*hours?)"
    # French: "3 200 € brut par mois" (gross pay), "500 € de remise" (a discount)
    r"|brut(?:e|s|es)?|de\s+(?:remise|réduction)"
    # Spanish: "$ 60.000 de descuento", "$1.500.000 brutos", "líquidos" (net pay)
    r"|de\s+descuento|brutos?|líquidos?"
    # a part of the fee that someone covers: "places cover MK 600,000 of the fee"
    r"|of\s+(?:the|your|this)\s+(?:[\w-]+\s+)?(?:fees?|tuition|costs?|price|course)"
    # a rate per unit of another currency: "89,500 L.L. per dollar", "to the euro"
    r"|(?:per|to\s+the|for\s+one|for\s+each)\s+(?:US\s+)?(?:dollar|euro|USD|EUR)\b)\b",
    re.I,
)
#: What a student spends beside the program, anywhere in the amount's clause: not tuition.
_NOT_PROGRAM_COST = re.compile(
    r"\bliving\s+(?:costs?|expenses)|\bcost\s+of\s+living|\b(?:rent|housing|accommodation"
    r"|groceries|travel\s+costs?)\b",
    re.I,
)
#: Part of the tuition paid early, not another way to pay: "a ₱6,000 commitment fee,
#: deducted from your tuition", "a deposit credited towards your course fee".
_PART_OF_TUITION = re.compile(
    r"(?:[^.!?\n]|\.(?=\s+[a-z]|[–-]))*?\b(?:deducted\s+from|credited\s+(?:to|towards|against)"
    r"|counts?\s+towards"
    r"|applied\s+(?:to|towards)|goes\s+towards)\s+(?:your|the)\s+(?:[\w-]+\s+)?"
    r"(?:tuition|fees?|price|balance|total|cost|instal?lments?|payments?)\b"
    # "il est déduit des frais de formation", "déduit du prix total"
    r"|(?:[^.!?\n]|\.(?=\s+[a-z]|[–-]))*?\bdéduite?s?\s+(?:des|du|de\s+(?:la|vos|votre))\s+"
    r"(?:frais|prix|coût|solde|total|droits|mensualités)\b"
    # "pay Rs. 3,000 now, adjusted in the fee"
    r"|(?:[^.!?\n])*?\badjusted\s+(?:in|against|towards?)\s+(?:your|the)\s+(?:[\w-]+\s+)?"
    r"(?:tuition|fees?|price|balance|total)\b"
    # and in Spanish: "(se descuenta del total)", "descontada del arancel"
    r"|(?:[^.!?\n])*?\b(?:se\s+descuenta|descontad[oa]|abonad[oa])\s+(?:del|de\s+la|al)\s+"
    r"(?:total|arancel|precio|valor|costo|matrícula|curso)\b",
    re.I,
)
_CHARGE = r"(?:fees?|charges?|costs?|vouchers?|permits?|surcharges?)"
_OTHER_CHARGE_BEFORE = re.compile(
    # French names the thing after the charge: "Frais de dossier :", "frais d'inscription"
    r"(?:\bfrais\s+d(?:e\s+|')(?:dossier|inscription|candidature|examen|certification|matériel"
    r"|transport|logement|visa)\b(?:\s+(?:non\s+)?[\w-]+){0,2}?|"
    # Spanish names an enrolment or registration fee alone: "Matrícula (inscripción):"
    r"^\s*(?:matr[ií]cula|inscripci[oó]n|cuota\s+de\s+inscripci[oó]n"
    # and an exam: "Examen de certificación internacional:"
    r"|ex[aá]men(?:es)?(?:\s+[\w-]+){0,3}"
    # and in English: "Certification exam:", "Optional Meta certification exam:"
    r"|(?:[\w-]+\s+){0,4}?exam(?:ination)?s?)\b|"
    # a local name glossed in English: "Вступительный взнос (registration fee):"; a form's
    # fee: "Application form: GH₵ 150"
    # (or only the thing: "Ro'yxatdan o'tish (registration): 100 000 so'm")
    rf"\((?:{_THINGS})(?:\s+(?:[\w-]+\s+)?(?:{_CHARGE}|forms?))?\)|"
    r"\b(?:application|registration|admission|enrol+ment)\s+forms?\b|"
    # a gloss in the page's language may follow: "Registration fee (报名费): ¥200"
    # and what it is for may follow: "Exam fee for the optional international certificate:"
    rf"\b(?:{_THINGS})(?:\s+or\s+(?:{_THINGS}))?\s+(?:[\w-]+\s+)?{_CHARGE}"
    r"(?:\s+(?:for|on|per)\s+(?:[\w-]+\s+){0,4}?[\w-]+)?)"
    r"(?:\s*\([^()\d]{1,40}\))?"
    r"\s*(?:\(|:|\bare\b|\bis\b|\bcosts?\b"
    r"|\bof\b|\bat\b|\bfrom\b)?\s*(?:about|around|approx(?:imately|\.)?|roughly|only|just"
    r"|an?)?\s*$",
    re.I,
)
#: Right after the amount, with at most its adjectives between: "$150 lab fee", "$35
#: non-refundable enrollment fee per payment plan" (a charge of the way to pay, not one).
_OTHER_CHARGE_AFTER = re.compile(
    r"[^\S\n]*(?:(?:non-?refundable|one-?off|one-?time|annual|additional|extra|optional"
    rf"|mandatory|compulsory)\s+)*(?:(?:{_THINGS})\s+(?:[\w-]+\s+)?{_CHARGE}\b"
    rf"|(?:[\w-]+\s+)?{_CHARGE}\s+(?:per|for\s+(?:the|each|a|every)|on\s+(?:each|every))\s+"
    r"(?:payment|instal?lment)\s+plans?\b"
    # a charge of its own: "Optional certification exam: $99, paid separately"
    r"|,?\s*(?:payable|paid|billed|charged)\s+separately\b)",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<!\bincl)(?<!\bexcl)(?<!\bapprox)(?<!\d)[.;!?](?!\d)|\n")
#: What the program itself is called in a fee's name: "Course fee incl. exam vouchers:".
_PROGRAM_FEE = re.compile(r"\b(?:tuition|course|program(?:me)?|training|bootcamp|total)\b", re.I)


def _other_charge(text: str, amount: re.Match[str], before: str) -> bool:
    """Whether ``amount`` is the charge of something beside the program (``_THINGS``):
    named right after it, or right before it (``before``, its clause) where the clause does
    not name the program's own fee first ("Tuition incl. lab fees: $3,000" is the tuition)."""
    if _OTHER_CHARGE_AFTER.match(text, amount.end()):
        return True
    if not _OTHER_CHARGE_BEFORE.search(before):
        return False
    # The clause again, through abbreviations ("incl.") that end ``before`` early.
    lead = _sentence_before(text, amount.start(), reach=80)
    m = _OTHER_CHARGE_BEFORE.search(lead)
    return not (m and _PROGRAM_FEE.search(lead, 0, m.start()))


#: "PHP 8" on a page that teaches PHP is a version, not eight pesos.
_PHP_VERSION = re.compile(r"PHP\s?\d{1,2}(?:\.\d{1,2})?", re.I)
#: An amount in thousands ("₱35K", "$60k"): how pay is quoted, never an instalment.
_IN_THOUSANDS = re.compile(r"\d\s?k$", re.I)
#: "monthly payments of $665": a monthly amount with no count of payments.
_MONTHLY_OF = re.compile(r"\bmonthly\s+(?:payments?|installments?|instalments?)\s+of\s*$", re.I)
_UPFRONT = re.compile(r"\bup[\s-]?front\b|\bin full\b|\blump[\s-]sum\b", re.I)
#: What makes "$0" a term of paying later, not a price: "$0 upfront, then 10% of your
#: income", "$0 until you're hired", "$0 down". The way to pay is the deferral itself.
_PAY_LATER = re.compile(
    rf"{_UPFRONT.pattern}|\b(?:income[\s-]share|ISA|defer\w*|until|down|due\s+(?:today|now))\b",
    re.I,
)
_BILLED_YEARLY = re.compile(r"\b(?:paid|billed)\s+(?:yearly|annually)\b", re.I)
_PLAN = re.compile(r"\b(?:payment|installment|instalment)\s+plans?\b|\bplans?\s+total", re.I)


#: A full stop that ends a currency sign's abbreviation, as the words after it show.
_SIGN_STOP = re.compile(r"\.\s+[a-z]")


def _context(text: str, spans: list[re.Match[str]], i: int) -> str:
    """The clause around ``spans[i]``, never reaching into a neighbouring amount."""
    start, end = spans[i].span()
    prev_end = spans[i - 1].end() if i else 0
    next_start = spans[i + 1].start() if i + 1 < len(spans) else len(text)
    clauses = _CLAUSE.split(text[max(prev_end, start - 60) : start])
    before = clauses[-1]
    if len(clauses) > 1 and before.strip() and _QUALIFIER_ONLY.fullmatch(before):
        before = clauses[-2] + before  # "about" says nothing of what it is; the clause does
    if (
        not before.strip()
        and len(clauses) > 1
        and (_is_label(clauses[-2]) or clauses[-2].rstrip().endswith(":"))
    ):
        before = clauses[-2]  # "Avg. salary" or "Salaire moyen … :" on the line over it
    rest = text[end : min(next_start, end + 40)]
    if _SIGN_STOP.match(rest) and text[end - 1 : end].isalpha():
        rest = rest[1:]  # the stop of a sign ("25.000 kr. value"), not of the clause
    after = _CLAUSE.split(rest)[0]
    return f"{before}\x00{after}"


def _restates(text: str, previous: re.Match[str], amount: re.Match[str], hint: str | None) -> bool:
    """Whether ``amount`` is ``previous`` again, in brackets right after it: the same sum
    ("3,800만 원 (₩38,000,000 a year)") or the sum in another currency ("€500 (about
    $540)"). "$9,000 ($750/month)" is a second way to pay, and stays one."""
    if not _IN_BRACKETS_AFTER.fullmatch(text, previous.end(), amount.start()):
        return False
    first, again = money.read_amount(previous["lo"], hint), money.read_amount(amount["lo"], hint)
    if first is None or again is None:
        return False
    return Decimal(first[0]) == Decimal(again[0]) or first[1] != again[1]


def _adds_a_period(amount: re.Match[str]) -> bool:
    """Whether a restated ``amount`` says how often it is paid ("(2 450 000 сум a month)"):
    when the amount before it was a price, the restatement is read too, and the one-time
    twin gives way to it (``_without_periodless_twins``)."""
    return bool(amount["per"] or amount["adv"] or amount["monthly"])


def _sentence_before(text: str, at: int, reach: int = 200) -> str:
    """The sentence ``text`` is in at ``at``, up to ``at`` and at most ``reach`` back."""
    return _SENTENCE_END.split(text[max(0, at - reach) : at])[-1]


def _is_label(clause: str) -> bool:
    """A short caption (a card's or column's label), not a sentence of its own."""
    return 0 < len(clause.split()) <= 4 and not anchors.DIGITS.search(clause)


def _not_a_price(label: str | None) -> bool:
    """Whether a row header says its amounts are no price ("Scholarships", "Avg. salary"),
    or another thing's charge ("Deferral fee", "Loan laptop (per month)") or a part of the
    fee ("Acceptance deposit (part of the Course Fee)")."""
    if not label:
        return False
    if _TRAP_BEFORE.search(label) or _NOT_PROGRAM_COST.search(label) or _PART_OF.search(label):
        return True
    return bool(_LABEL_THING.search(label)) and not _PROGRAM_FEE.search(label)


#: A label naming a thing with a charge of its own (:data:`_THINGS`).
_LABEL_THING = re.compile(rf"\b(?:{_THINGS})\b", re.I)
#: A label saying its amount is part of the fee: "(part of the Course Fee)".
_PART_OF = re.compile(
    r"\bpart\s+of\s+the\s+(?:course\s+|programme\s+|program\s+)?(?:fee|tuition|price)", re.I
)


def _label(near: str, period: str, installments: int | None) -> str | None:
    """The label vocabulary of the module docstring, most specific first."""
    if "defer" in near.lower():
        return "deferred"
    if _UPFRONT.search(near):
        return "upfront"
    if period == "credit":
        return "per_credit"
    if period == "year" or _BILLED_YEARLY.search(near):
        return "yearly"
    if installments or _PLAN.search(near):
        return "payment_plan"
    return "monthly" if period == "month" else None


def parse_prices(
    text: str, *, currency_hint: str | None = None, label: str | None = None
) -> list[PriceOption]:
    """Every way to pay stated in ``text``, in text order, without ``source``.

    ``currency_hint`` is the page's currency (decides "$", "kr"); ``label`` (a table row
    header such as "Instructor-led") replaces the inferred label of every option.

    >>> [(o["amount"], o["period"], o["label"]) for o in parse_prices("$34/month")]
    [('34.00', 'month', 'monthly')]
    """
    # NUL marks the amount in _context; "١٬٦٦٠" is read as the "1,660" it is
    text = money.western_digits((text or "").replace("\x00", " "))
    if _not_a_price(label):
        return []
    spans = list(_spans(text))
    options: list[PriceOption] = []
    read_previous = False  # whether the amount before was read as a price
    set_aside: list[re.Match[str]] = []  # the amounts that are no price, in text order
    for i, m in enumerate(spans):
        near = _context(text, spans, i)
        before, after = near.split("\x00")
        if i and _restates(text, spans[i - 1], m, currency_hint):
            if not (read_previous and _adds_a_period(m)):
                continue
        read_previous = False
        if _other_money(text, spans, i, near):
            set_aside.append(m)
            continue
        lo = money.read_amount(m["lo"], currency_hint)
        if lo is None or lo[1] is None:
            continue
        if set_aside and _restates_set_aside(text, set_aside, m, lo, currency_hint):
            continue
        hi = money.read_amount(m["hi"] or m["hi_n"] or m["hi_p"] or "", currency_hint)
        if Decimal(lo[0]) == 0 and (
            _PAY_LATER.search(near) or _PAID_BY_OTHERS.search(_sentence_before(text, m.start()))
        ):
            continue
        per = (m["per"] or m["adv"] or "").lower()
        period = "credit" if per.startswith("credit") else _PERIODS.get(per, per)
        if period not in ("", "month", "year", "credit"):
            continue  # weekly, hourly, per semester...: not a Period, so not guessed
        if period in ("month", "year") and _IN_THOUSANDS.search(m["lo"]):
            continue  # "₱35K a month", "$90k a year": what a job pays
        installments = money.count_word(m["n_pre"] or m["n_x"] or m["n_for"])
        if (
            not period
            and not installments
            and (_MONTHLY_OF.search(before) or _PERIOD_LABEL.search(before))
        ):
            period = "month"
        cell = None if period or installments else _PERIOD_CELL.match(text, m.end())
        if cell:  # "Instalment (each) | ₦120,000 | Monthly, 10 times"
            period, installments = "month", int(cell["n"]) if cell["n"] else None
        monthly = m["monthly"] or m["mensualites"] or m["mensuels"] or m["cuotas_mensuales"]
        if not period and installments and monthly:
            period = "month"  # "12 monthly instalments of $500" is $500 a month for 12 months
        period = period or ("installment" if installments else "one_time")
        option = PriceOption(
            amount=lo[0],
            amount_max=hi[0] if hi and Decimal(hi[0]) > Decimal(lo[0]) else None,
            currency=lo[1],
            period=cast(Period, period),  # the check above leaves only Period names
            installments=installments,
            label=label or _label(near, period, installments),
            raw=m.group(0),
        )
        # A page repeats its price in header, table and footer: one option, first raw kept.
        if all({**o, "raw": ""} != {**option, "raw": ""} for o in options):
            options.append(option)
        read_previous = True
    return _without_periodless_twins(options)


#: Between a sum set aside and an amount that restates it in brackets, in the same clause:
#: " a month net (about ".
_GLOSS_AFTER = re.compile(
    r"(?:[^;!?\n().]|\.(?!\s+[A-Z])){0,40}\(\s*(?:about|around|approx(?:imately|\.)?|roughly|≈|~"
    # a range's first number may come before: "(1,435,000–2,460,000៛)"
    r"|i\.e\.)?\s*(?:\d[\d,.\u00a0\u202f ]*\s?[–-]\s?)?"
    # or the same sum in another currency, offered instead: "L$2,000 or US$10"
    r"|\s*(?:or|/)\s*"
)
#: The end of a sentence or line, between two amounts.
_BREAK = re.compile(r"[.;!?](?=\s)|\n")


def _restates_set_aside(
    text: str,
    set_aside: list[re.Match[str]],
    amount: re.Match[str],
    value: tuple[str, str | None],
    hint: str | None,
) -> bool:
    """Whether ``amount`` (read as ``value``) says again a sum set aside before it in the
    same sentence: the same sum in the page's other language ("Registration fee: OMR 10 ·
    رسوم التسجيل ١٠ ر.ع."), or any sum in brackets right after one ("earn 120.000 din. a
    month (about €1,000)"). The sums set aside are read only when one shares the sentence."""
    near = [s for s in set_aside if not _BREAK.search(text, s.end(), amount.start())]
    if not near:
        return False
    if _GLOSS_AFTER.fullmatch(text, near[-1].end(), amount.start()):
        return True
    return any(money.read_amount(s["lo"], hint) == value for s in near)


def _other_money(text: str, spans: list[re.Match[str]], i: int, near: str) -> bool:
    """Whether ``spans[i]``, in its clause ``near``, is money other than the program's
    price: a deposit, a salary or saving (``_TRAP_BEFORE``), an exchange rate, a living cost,
    another charge, another party's offer, a part of the tuition paid early, or a PHP
    version."""
    m = spans[i]
    before, after = near.split("\x00")
    if _is_label(before) and _DEPOSIT_CAPTION.search(before):
        return True
    if _VERSUS.search(text, max(0, m.start() - 80), m.start()) or _third_party(text, spans, i):
        return True
    if _PART_OF.search(before):
        return True  # "Acceptance deposit (part of the Course Fee): ₦50,000"
    if _TRAP_BEFORE.search(before) or _TRAP_AFTER.search(after) or _RECEIVED.search(before):
        return True
    if before.rstrip().endswith(("=", "≈")) or after.lstrip().startswith("="):
        return True  # an exchange rate or a conversion: "1 EUR = 1,95583 лв.", "≈ USD 1,050"
    if _NOT_PROGRAM_COST.search(near) or _other_charge(text, m, before):
        return True
    end = spans[i + 1].start() if i + 1 < len(spans) else len(text)
    return bool(_PART_OF_TUITION.match(text, m.end(), end) or _PHP_VERSION.fullmatch(m["lo"]))


#: A period in the cell or item after the amount: "| Monthly, 10 times", "· per month".
_PERIOD_CELL = re.compile(
    r"\s*[|·]\s*(?:monthly|per\s+month|each\s+month|every\s+month)\b(?:,?\s*(?P<n>\d{1,2})\s+times)?",
    re.I,
)
#: Another program's figure, set against this one: "vs. Apex Code School: $19,750".
_VERSUS = re.compile(r"\b(?:vs|versus)\b\.?\s+[^.!?;,\n]{0,60}$", re.I)
#: A lender's example loan: a rate of interest above zero, or a credit check ("as low as
#: $257/mo with Climb Credit over 36 months at 12.99% APR, subject to credit approval").
#: The school's own plan is "interest-free" or "0% APR".
_NONZERO = r"(?!0+(?:[.,]0+)?\s?%)"
_LOAN = re.compile(
    r"\bsubject\s+to\s+(?:credit|status|approval|eligibility)\b|\bcredit\s+(?:approval|check)\b"
    rf"|(?<![\d.,]){_NONZERO}\d{{1,2}}(?:[.,]\d{{1,2}})?\s?%\s*(?:APR|p\.\s?a\.|interest\b)"
    rf"|\b(?:APR|ÅOP|effektiv\s+ränta|vuosikorko|yıllık)\s*(?:of\s+)?%?\s?{_NONZERO}\d",
    re.I,
)
#: A pay-later provider's split of the price: "Pay in 4 interest-free instalments of $1,900
#: with Afterpay", "or 4 interest-free payments of $475 with Klarna". Case matters: the
#: provider is named.
_SPLIT_WITH = re.compile(
    r"(?:\b[Pp]ay\s+in\s+(?:[2-6]|two|three|four)\b|\b(?:[2-6]|two|three|four)\s+"
    r"interest[\s-]free\s+(?:payments|instal?lments)\b)(?:[^.!?\n]|\.(?=\d|\s+[a-z])){0,80}?"
    r"\b(?:with|via)\s+[A-Z]"
)
#: Where a sentence ends: a stop before a capital or a figure, or a line break.
_STOP = re.compile(r"[.!?](?=\s+[A-Z\d$€£¥₹₺])|\n")


def _third_party(text: str, spans: list[re.Match[str]], i: int) -> bool:
    """Whether amount ``spans[i]`` is another party's offer, by its sentence between the
    amounts beside it: a lender's loan or a pay-later provider's split, not a way to pay the
    school ("Tuition $7,600, or pay in 4 instalments of $1,900 with Afterpay": the tuition's
    part of the sentence ends where the split's amount begins)."""
    m = spans[i]
    start = max(spans[i - 1].end() if i else 0, m.start() - 200)
    stops = [s.end() for s in _STOP.finditer(text, start, m.start())]
    end = min(spans[i + 1].start() if i + 1 < len(spans) else len(text), m.end() + 200)
    stop = _STOP.search(text, m.end(), end)
    sentence = text[stops[-1] if stops else start : stop.start() if stop else end]
    return bool(_LOAN.search(sentence) or _SPLIT_WITH.search(sentence))


_RECURRING = ("month", "year")


def _without_periodless_twins(options: list[PriceOption]) -> list[PriceOption]:
    """``options`` without an amount of no period (one-time, or one of N payments) that
    recurs, in the same currency, with one: "oyiga 2 450 000 сум (2 450 000 сум a month)",
    "6 ay × 280 AZN (6 monthly payments of 280 AZN)" and "12 cuotas de Q700.00 (Q700.00 a
    month for 12 months)" state one monthly payment twice, once in words the period rules
    do not read. No program charges the same sum once and again every month. An amount
    labelled "upfront" or "deferred" is another way to pay and stays."""
    recurring = {(o["amount"], o["currency"]) for o in options if o["period"] in _RECURRING}
    return [
        o
        for o in options
        if o["period"] in _RECURRING
        or o["label"] not in (None, "payment_plan")
        or (o["amount"], o["currency"]) not in recurring
    ]


def count_price_mentions(text: str) -> int:
    """How many money amounts ``text`` mentions, prices or not (salaries, discounts...).

    Evidence that a page still talks about money when no price was extracted from it."""
    return sum(1 for _ in _spans(text or ""))
