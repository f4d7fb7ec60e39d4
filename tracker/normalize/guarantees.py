"""Guarantees a program makes: money back, job guarantee, tuition refund, deferred tuition.

Text is read a sentence at a time (a short heading such as "Job Guarantee" takes the next
sentence along as its terms). Vocabulary per kind, in ``_KINDS``:

- job_guarantee: "job guarantee", "hiring promise", "guarantee(d) ... job/hired/offer/
  employment", "get/land/secure/obtain a (graduate) job/role ... or / otherwise / failing
  which / if not ... your money back / we pay back / reimburse", "if you don't land a job ...
  refund", "if you aren't hired ... we return/pay back ...". Its refund is the remedy, so the
  same sentence is not also money_back or tuition_refund.
- deferred_tuition: a plan that puts tuition off: "deferred tuition", "defer tuition",
  "pay nothing/$0 until ...", "don't pay until ...", "no tuition until ...", "pay (only)
  after you're hired", or an "income share agreement"/"ISA" named without its terms. A
  sentence that states an income share's terms ("10% of your salary for 24 months") is the
  income_share field (tracker.normalize.income_share), not a guarantee, whatever names or
  heads it: one ISA is one fact, and a change to its share one change.
- money_back: "money-back guarantee", "your money back", "refund guarantee", "every
  penny/cent/shilling back", a refund for not being satisfied ("not happy ... refund", "isn't
  for you ... refund", "not the right fit ... full refund", "change your mind ... full
  refund"); a withdrawal refund of every coin or "no questions asked" is money back too.
- tuition_refund: "(full|partial|pro-rated) tuition refund", "refund your tuition / the
  Course Fee / all fees", and a refund tied to withdrawing, cancelling or leaving ("full
  refund if you withdraw within 14 days"), unless what is cancelled is a booking beside the
  course (an info session's deposit, an open evening's ticket).
  When money_back and tuition_refund share a sentence, the one named first wins.

French promises are read with their own words: "garantie emploi (ou remboursé)", "si vous
n'avez pas trouvé d'emploi ... nous vous remboursons", "satisfait ou remboursé", "abandon
... remboursés", windows "dans les 9 mois qui suivent ...", "6 mois après la fin ...", and
their limits ("aucun remboursement", "non remboursables").

A question is read with what follows it: one that names a promise ("Is there a job
guarantee?") is a heading over its answer, which must speak of it and not deny it ("No,
but ..."); one that states a condition ("Not satisfied after 30 days?") makes the promise
together with its answer ("Ask for a refund and get every penny back."). A slogan is not a
promise: a money-back line of at most eight words that says nothing of who promises, when or
on what condition ("Get hired or your money back."), like a tagline or a short exclamation.

A phrase right after a negation ("no", "not", "never", "do not offer") or followed by "is no
longer offered" / "discontinued" / "not available" produces nothing, and so does a condition
whose remedy is denied ("If it isn't for you, note there are no refunds"). Marketing guarantees
("Satisfaction guaranteed", "guaranteed fun", "There's no guarantee") are not a kind, and
count as mentions only when their sentence also talks money, jobs or tuition.

It is one module of about 600 lines because the kinds are read together: a sentence is
matched against every kind at once (the one named first wins, a job guarantee's refund is
not a second kind), and the heading, question and slogan rules decide which sentences the
kinds see; split apart, each kind would need the others' rules.
"""

from __future__ import annotations

import re

from tracker.facts import Guarantee, GuaranteeKind
from tracker.normalize import anchors, income_share, money
from tracker.normalize.sentences import split_sentences

_I = re.IGNORECASE
_JOB = r"(?:jobs?|hired|employ\w*|offer|position|role|placement|placed)"
#: Paying the student back, in the words of a remedy: "we pay back", "we return", "reimburse".
_PAY_BACK = r"pa(?:y|ys|id)\s+(?:you\s+|it\s+)?back|return|reimburs\w*"
#: Getting work, in the words of a goal: "land a job", "secure a graduate role", "obtain a
#: full-time position" (at most two words between the article and the job).
_GET_A_JOB = (
    rf"(?:get|land|find|secure|obtain|gain)\s+(?:(?:a|an|your)\s+)?(?:[\w-]+\s+){{0,2}}?{_JOB}\b"
)
#: What joins a goal to the remedy if it is missed: "or", "otherwise", "failing which/that",
#: "if not".
_OTHERWISE = r"(?:or|otherwise|failing\s+(?:which|that|this)|if\s+not)\b"
#: What a job guarantee gives back when the job does not come.
_JOB_REMEDY = rf"(?:money back|refund|tuition back|{_PAY_BACK})"
#: Not getting work: "not hired", "aren't employed", "don't land a job", "fail to get placed".
_NOT_HIRED = (
    r"(?:don['’]t|do not|didn['’]t|did not|fail to|not|aren['’]t|are not|haven['’]t|have not"
    rf"|can['’]t|cannot)\s+(?:{_GET_A_JOB}|(?:been\s+|get\s+|getting\s+)?"
    r"(?:hired|employed|placed))\b"
)
#: Money coming back to the student: "we pay back your fee", "you get back 50% of the fee",
#: "get 80% of the course fee back". Not "we'll get back to you", nor the student paying.
_BACK_OBJECT = (
    r"(?:\d+\s*%|(?:all|half|every\s+\w+"
    r"|(?:your|the)\s+(?:[\w-]+\s+){0,2}(?:fees?|money|tuition|payments?|price|costs?))\b)"
)
#: Not getting work, in French: "si vous n'avez pas trouvé d'emploi", "pas d'emploi 6 mois
#: après", "vous n'êtes pas embauché".
_NO_JOB_FR = (
    r"\bn['’](?:avez|a|êtes|est)\s+pas\s+(?:trouvé|décroché|obtenu|été\s+embauchée?|embauchée?)"
    r"|\bpas\s+d['’]\s*(?:emploi|embauche)"
)
_REPAID_TO_STUDENT = (
    r"(?:we|they|school|academy|bootcamp)\s+(?:will\s+|['’]ll\s+)?pay\s+(?:you\s+)?back"
    # "your payment is returned in full", "100% of the fee comes back to you"
    r"|(?:payments?|money|fees?|tuition)\s+(?:is|are|will\s+be|gets?)\s+(?:returned|repaid)"
    r"|comes?\s+back\s+to\s+you"
    rf"|(?:get|receive)\s+(?:back\s+{_BACK_OBJECT}|{_BACK_OBJECT}[^.]{{0,40}}?\bback\b)"
)
#: What a course charges, as a refund's object: "your tuition", "the Course Fee", "all fees";
#: a bare "refund fee" is a charge for refunds, not a refund of fees.
_FEES = (
    r"(?:(?:your|the|all(?:\s+of)?(?:\s+your|\s+the)?)\s+(?:full\s+)?"
    r"(?:course\s+|program(?:me)?\s+)?fees?\b)"
)
#: A refund for any reason at all, or of all of it down to the smallest coin ("get every
#: shilling back", "every last kobo"): the marks of a money-back promise however it is worded.
_NO_QUESTIONS = r"\bno[\s-]+questions?[\s-]+asked\b"
_EVERY_COIN = (
    r"\b(?:every|each)\s+(?:single\s+|last\s+)?(?:penny|pennies|cents?|centavos?|centimes?"
    r"|kobo|grosz|paisa|rappen|öre|dollars?|euros?|pounds?|shillings?|rand|naira|pesos?"
    r"|francs?|rupees?|reais|zlot(?:y|ys|ies)|złoty)\b[^.]{0,20}\bback\b"
)
#: What makes a withdrawal refund a money-back promise: all of it, for any reason.
_ALL_OF_IT = re.compile(f"{_NO_QUESTIONS}|{_EVERY_COIN}", _I)
#: A trial that ends in a full refund: leaving it is not liking it, so the money comes back
#: ("Trial period: 14 days from the first class; leave in that time for a full refund"), and
#: so is a contract's cooling-off period, titled over its clause ("Cooling-off Period.\nThe
#: Student may cancel ... within 7 days ... and shall receive a full refund").
#: A clause's title naming a trial or a cooling-off period, at the end of what leads into
#: a clause ("9.3 Cooling-off Period.", "Cooling-off Period: 9.3 Cooling-off Period."): it
#: leads into the clause under it.
_TRIAL_NAME = re.compile(
    r"(?:^|:\s*)\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:trial|cooling[- ]off)"
    r"(?:\s+(?:period|weeks?|days?))?\W*$",
    _I,
)
_FULL_REFUND_TRIAL = re.compile(
    r"\b(?:trial|cooling[- ]off)(?:\s+(?:period|weeks?|days?|class(?:es)?|month))?\b"
    r"(?:\.?\s+)?[^.]{0,160}"
    r"\b(?:full\s+refund|refund\w*\s+in\s+full|100\s?%\s+refund)",
    _I,
)
_KINDS: dict[GuaranteeKind, re.Pattern[str]] = {
    "job_guarantee": re.compile(
        r"\b(?:job|employment|placement|hiring|tuition[- ]back)[- ](?:guarantee|promise)"
        rf"|\bguarantee[sd]?\b[^.]{{0,60}}\b{_JOB}\b"
        rf"|\b{_GET_A_JOB}[^.]{{0,80}}\b{_OTHERWISE}[^.]{{0,40}}"
        rf"\b{_JOB_REMEDY}"
        rf"|\b{_NOT_HIRED}[^.]{{0,80}}\b{_JOB_REMEDY}"
        # the remedy first: "money back if you're not hired in 6 months after the bootcamp"
        rf"|\b(?:refund\w*|{_JOB_REMEDY})\b[^.]{{0,40}}?"
        rf"\b(?:if|should|in case)\s+you(?:['’]re|\s+were)?\s+(?:still\s+)?{_NOT_HIRED}"
        # and in French: "garantie emploi (ou remboursé)", "emploi garanti", "si vous n'avez
        # pas trouvé d'emploi ... nous vous remboursons", "pas d'emploi ... remboursés"
        r"|\bgarantie\s+(?:d['’]\s*)?(?:emploi|placement|embauche)|\bemploi\s+garanti"
        rf"|(?:{_NO_JOB_FR})[^.]{{0,100}}\brembours\w*",
        _I,
    ),
    "deferred_tuition": re.compile(
        r"\bdefer(?:red)?\s+(?:your\s+)?tuition\b|\bincome[- ]share(?:\s+agreements?)?\b|\bISAs?\b"
        r"|\bpay\s+(?:nothing|\$0|no tuition)\b[^.]{0,30}\buntil\b"
        r"|\b(?:don't|do not|won't|never)\s+pay\b[^.]{0,30}\buntil\b"
        r"|\bno\s+(?:upfront\s+)?(?:tuition|payments?|cost)\b[^.]{0,20}\buntil\b"
        r"|\bpay\s+(?:only\s+)?(?:after|when|once)\s+you(?:'re| are| get)?\s+"
        r"(?:hired|employed|a job)",
        _I,
    ),
    "money_back": re.compile(
        r"\bmoney[- ]?back\b|\byour money back\b|\brefund guarantee"
        # French: "satisfait ou remboursé", "changer d'avis ... remboursement"
        r"|\bsatisfaite?s?\s+ou\s+rembours\w*|\bchanger\s+d['’]avis\b[^.]{0,80}\brembours\w*"
        r"|\bcooling[- ]off\s+guarantee"
        rf"|{_EVERY_COIN}"
        # a refund for not liking it: "Not satisfied after 30 days? Ask for a refund"
        # or for it not suiting them: "If it's not the right fit, withdraw ... full refund"
        # ("not convinced" only with its window: "Not convinced yet? Book a call" sells)
        r"|(?:(?:\bnot|n['’]t)\s+(?:\w+\s+){0,2}(?:satisfied|happy|for you|fit|suited"
        r"|(?:convinced|pleased)(?=\s+(?:with(?:in)?|after|by|in)\b))"
        # a satisfaction guarantee that says it refunds: "Satisfaction guarantee: … refund"
        r"|\bsatisfaction[- ]guarantee\w*"
        r"|\bdissatisfied|\bunhappy"
        r"|\bchang\w*\s+(?:your|their|my)\s+mind)\b"
        rf"[^.]{{0,80}}\b(?:refund|money back|{_REPAID_TO_STUDENT})"
        # a refund for any reason: "100% fee refund if you withdraw ..., no questions asked"
        rf"|\brefund\w*\b[^.]{{0,100}}{_NO_QUESTIONS}|{_NO_QUESTIONS}[^.]{{0,60}}\brefund",
        _I,
    ),
    "tuition_refund": re.compile(
        r"\b(?:(?:full|partial|pro-?rat\w*|100%)\s+)?tuition refund"
        r"|\brefund(?:ed)?\s+(?:of\s+)?(?:your\s+)?tuition"
        rf"|\brefund(?:ed)?\s+(?:of\s+)?{_FEES}"
        r"|\brefund\w*\b[^.]{0,40}\b(?:withdraw|cancel|drop|leave|quit)\w*"
        # "Withdraw within the first 3 weeks of the programme and 50% of the fee is refunded"
        # (up to its first remedy: "...; no refunds after that" denies none of it)
        r"|\b(?:withdraw|cancel|drop|leave|quit|exit)\w*\b[^.]{0,90}?"
        rf"\b(?:refund|{_REPAID_TO_STUDENT})"
        # French: "Abandon dans les 3 premières semaines : 50 % des frais remboursés", "si
        # vous arrêtez ... nous remboursons", "remboursement des frais"
        r"|\b(?:abandon|annul|désist|arrêt|quitt)\w*\b[^.]{0,90}\brembours\w*"
        r"|\bremboursement\s+(?:des|de\s+vos)\s+frais\b",
        _I,
    ),
}
_NEG_BEFORE = re.compile(
    r"\b(?:no|not|never|without|don't|doesn't|cannot|can't|isn't|aren't|aucune?|sans)\b"
    r"(?:\s+[\w-]+){0,3}\s*$",
    _I,
)
_NEG_AFTER = re.compile(
    r"\W*(?:(?:is|are|has been|have been|was|were)\s+)?"
    r"(?:no longer|not\b|discontinued|unavailable|n't)",
    _I,
)
_MENTION = re.compile(
    r"\bguarantee[ds]?\b|\brefund\w*|\bmoney[- ]?back\b|\bdefer\w*\b|\bincome[- ]share\b"
    r"|\bgaranti\w*|\brembours\w*",
    _I,
)
_MONEY_TALK = re.compile(rf"[{money.SIGNS}]|\b(?:money|refund\w*|tuition|pay\w*|cost|{_JOB})\b", _I)
_NUMBER = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty)"
)
_NUMBER_FR = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|trente)"
_UNITS_FR = r"(?:jours?|semaines?|mois|ans?|années?)"
_WINDOW = re.compile(
    rf"\b(?:within|during|in)\s+(?:the\s+)?(?:first\s+)?(?:{_NUMBER}\s+)?(?:business\s+|calendar\s+)?"
    # a unit and its ordinal too: "drop out in week 2"
    r"(?:(?:day|week|month)\s+\d{1,2}\b(?!\s*%)|(?:hours?|days?|weeks?|months?|years?)\b)"
    # the period restated in another unit: "within 180 days (6 months) of graduating"
    rf"(?:\s*\({_NUMBER}\s+(?:hours?|days?|weeks?|months?|years?)\))?"
    r"(?:\s+(?:of|after|from|following)(?:\s+(?:the|your|a))?"
    r"(?:\s+(?!(?:or|and|if|to|you|we|get|but|then|with|no|not|unless|so|means|is|are|will|entitles)\b)[a-z][a-z-]*)"
    r"{1,4})?"
    # the period and what it runs from, with no "within": "14 days from the first class"
    rf"|\b{_NUMBER}\s+(?:business\s+|calendar\s+)?(?:days?|weeks?|months?)\s+(?:from|after"
    r"|following)\s+(?:the|your)(?:\s+(?!(?:or|and|if|to|you|we|but|then|with|no|not)\b)"
    r"[a-z][a-z-]*){1,4}"
    # and in French: "dans les 9 mois qui suivent la fin de la formation", "sous 6 mois",
    # "dans les 3 premières semaines", "14 jours après le premier cours"
    rf"|\b(?:dans\s+les|sous|d['’]ici|pendant\s+les)\s+(?:{_NUMBER_FR}\s+)?(?:premi\w+\s+)?"
    rf"{_UNITS_FR}\b(?:\s+(?:qui\s+suivent|suivant|après)(?:\s+(?:la|le|les|l['’]|votre|vos))?"
    r"(?:\s+(?!(?:et|ou|si|pour|nous|vous)\b)[a-zà-ÿ'’-]+){1,4})?"
    rf"|\b{_NUMBER_FR}\s+{_UNITS_FR}\s+après\s+(?:la|le|l['’]|votre)\s*"
    r"(?:[a-zà-ÿ'’-]+\s*){1,4}"
    rf"|\b{_NUMBER_FR}\s+{_UNITS_FR}\s+pour\s+changer\s+d['’]avis",
    _I,
)
#: Words each kind's pattern cannot match without, looked for in lowered text: a sentence
#: without them is not scanned for the kind (see tracker.normalize.anchors).
_KIND_WORDS: dict[GuaranteeKind, re.Pattern[str]] = {
    "job_guarantee": re.compile(
        "guarantee|promise|refund|money back|tuition back|return|pay|paid|reimburs|garanti|rembours"
    ),
    # "pay" alone begins only "pay (only) after/when/once you're hired / employed / a job"
    "deferred_tuition": re.compile(
        r"defer|income|isa|until|pay(?=[\s\S]*(?:hired|employed|a job))"
    ),
    "money_back": re.compile("money|refund|back|questions|cooling|returned|repaid|rembours"),
    "tuition_refund": re.compile("refund|back|returned|repaid|rembours"),
}
_ANY_WORD = re.compile("|".join(p.pattern for p in _KIND_WORDS.values()))
_MENTION_WORD = re.compile("guarantee|refund|money|defer|income|garanti|rembours")  # _MENTION's
_TERMINAL = re.compile(r"[.!?]\s*$")
_DIGIT = re.compile(r"\d")
#: Words that open a promise of its own ("Try it risk-free for 14 days."): a sentence with
#: one leads into the next promise rather than continuing the last one's terms. A trial
#: ("Try it for 7 days.", "a 14-day trial") is such a lead too: the refund after it is the
#: trial's remedy. A remedy's words alone do not open one ("You get 50% of the fee back if
#: you attended 90% of the classes." goes on with the promise before it).
_PROMISE_OPENING = re.compile(
    r"guarantee|money[- ]?back|risk[- ]free|\btry\b|\btrial\b|garantie|satisfait ou", _I
)
#: Words of a sentence that speaks of a promise: what opens one, or a remedy.
_PROMISE_TALK = re.compile(rf"{_PROMISE_OPENING.pattern}|refund|\bback\b|rembours", _I)
#: Kinds a following sentence may name and still be the same promise's terms: a money-back
#: guarantee's "withdraw and get a full refund" is its remedy, not a second promise.
_SAME_PROMISE: dict[str, frozenset[str]] = {
    "money_back": frozenset({"money_back", "tuition_refund"}),
    "tuition_refund": frozenset({"tuition_refund", "money_back"}),
    "job_guarantee": frozenset({"job_guarantee"}),
    "deferred_tuition": frozenset({"deferred_tuition"}),
}
#: What makes a following sentence a condition of the promise before it.
#: Bare "only" or "you" are not enough: "Hurry: only 12 seats left!" is a counter beside the
#: promise, and an exclamation is never a condition (see :func:`parse_guarantees`).
_CONDITION = re.compile(
    r"\b(?:must|only\s+(?:if|when|after|once|for|to|applies|available)|if|unless|provided"
    r"|requires?|required|eligib\w*|conditions?|need|have to|as long as|except|excluding"
    r"|qualify)\b"
    # or an obligation stated as an order: "Complete all capstones and join every career-week
    # activity.", "Attend 90% of classes."
    r"|^\W*(?:complete|attend|apply\s+to|submit|join|finish|pass|maintain|participate)\b",
    _I,
)
#: A sentence after a promise that denies its remedy past a point ("After that: no refund.",
#: "Deposits are non-refundable.") is the promise's limit, so part of its terms.
_LIMIT = re.compile(
    r"\bno\s+(?:refunds?|money back)\b|\bnon-?refundable\b"
    r"|\baucun\s+remboursement\b|\bnon\s+remboursables?\b"
    r"|\b(?:full|whole|entire)\s+(?:fee|tuition|price|course\s+fee)\s+is\s+(?:due|payable|owed)\b",
    _I,
)
#: Text under a heading that names a kind speaks of it when it states a condition or
#: addresses the student ("Pay a small deposit and nothing else while you study").
_TERMS_TALK = re.compile(rf"{_CONDITION.pattern}|\byou\b", _I)
#: An answer under a promise's name that opens by denying it: "No, but ...", "Not yet."
_DENIAL = re.compile(r"(?:no|not|unfortunately|sorry)\b", _I)
_PERIOD = re.compile(
    rf"\b{_NUMBER}\s+(?:hours?|days?|weeks?|months?|years?)\b|\b{_NUMBER_FR}\s+{_UNITS_FR}\b", _I
)
#: A title run into the sentence after it (a capital follows): at most three words ending
#: in "guarantee"/"refund"/"policy"/"trial" ("Money-back guarantee Try the first 14 days"), or at
#: most four words without figures closed by a colon or a disclosure mark ("Cooling-off
#: period: If the course ...", a toggle's "Refund policy ▸ Withdraw ...").
_TITLE_PREFIX = re.compile(
    r"^(?:\[\d{1,2}\]\s*|\(\w\)\s*)?"  # a footnote's or list's marker: "[1] Job guarantee:"
    r"(?:(?:[\w-]+\s+){0,2}(?:[Gg]uarantee|[Rr]efund|[Pp]olicy|[Tt]rial)\s*[:.|–▸►▶▾▼-]?"
    r"|(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*\s*[:▸►▶▾▼])\s+(?=[A-Z])"
)
#: What terms pay back: a line without any of these only names a promise.
_REMEDY = re.compile(
    r"refund|\breturn|reimburs|\bpay|\bback\b(?!\s*guarantee)(?<!money-back)|rembours", _I
)
#: Who promises or is promised: a line with one says something ("we guarantee you'll ...").
_SUBJECT = re.compile(r"\b(?:we|you|they|i|nous|vous)\b|['’](?:ll|re)\b", _I)
_MAX_FOLLOWING = 3  # sentences after a promise that may add to its terms
#: Words a window must not end on: "within six months of completing the" was cut short.
_DANGLING = re.compile(r"(?:\s+(?:the|a|an|of|your|our|their|from|after|following))+$", _I)


def _sentences(text: str) -> list[str]:
    """Sentences of ``text``; a short heading without a full stop, a label sentence
    ("Money-back guarantee.", "Yes.") or a question that names a promise ("Is there a job
    guarantee?") absorbs the next sentence as the text under it, and a question that states
    a condition ("Not satisfied after 30 days?", "What if you don't get hired?") is one
    sentence with its answer: the condition and the remedy make the promise together."""
    parts = split_sentences(text or "")
    out: list[str] = []
    for part in parts:
        last = _statement(out[-1]) if out else ""
        if out and (_is_label(last) or _heading_ok(out[-1]) and (
            not _TERMINAL.search(out[-1]) and len(out[-1].split()) <= 5
        )):  # fmt: skip
            out[-1] = f"{out[-1]}\n{part}"
        elif last.endswith("?") and not part.endswith("?") and "\n" not in part:
            asks = _asks(last)
            if asks == "kind":
                out[-1] = f"{out[-1]}\n{part}"
            elif asks == "condition":
                out[-1] = f"{out[-1]} {part}"
            else:
                out.append(part)
        else:
            out.append(part)
    return out


#: What makes a question a condition that its answer completes: a negation, "if", "what
#: happens", or a period of time ("after 30 days?").
_IF_QUESTION = re.compile(
    rf"(?:\b(?:if|unless|not|what happens|dis\w+|un(?:happy|satisfied))\b|n['’]t\b)|{_NUMBER}\s+"
    r"(?:hours?|days?|weeks?|months?)\b"
    # and in French: "Pas d'emploi 9 mois après la formation ?", "Pas satisfait ?"
    rf"|\b(?:pas|si|insatisfaite?s?)\b|{_NUMBER_FR}\s+{_UNITS_FR}\b",
    _I,
)


def _asks(question: str) -> str | None:
    """Whether a question names a promise ("kind"), states a condition of one
    ("condition"), or neither (None). A question that names a promise and its period ("Job
    guarantee: no offer within 9 months?") states the condition of that promise: its
    answer is the remedy, and both are the terms."""
    label, colon, after = question.partition(":")
    labelled = colon and len(label.split()) <= 4  # a "Job guarantee:" label is not what it asks
    if len((after if labelled else question).split()) > 16:
        return None
    if _kinds(question):
        return "condition" if _PERIOD.search(question) else "kind"
    return "condition" if _IF_QUESTION.search(question) else None


#: A name closed by a colon or a dash at the start of a sentence: "14-day money-back
#: promise: ...", "Money-back guarantee — not the right fit?".
_LABEL = re.compile(r"[^\w\n]*\w[\w’'-]*(?:\s+[\w’'-]+){0,3}(?:\s*:|\s+[—–-]\s)")


def _named_by_label(sentence: str) -> bool:
    """Whether the question in ``sentence`` opens with a promise's label ("Money-back
    guarantee: not the right fit?"), which names what follows, unlike a question asking if
    there is one. Headings over the question are not its label."""
    question = sentence.split("?\n", 1)[0].rsplit("\n", 1)[-1]
    label = _LABEL.match(question)
    return bool(label and _kinds(label.group()))


def _names_only(statement: str) -> bool:
    """Whether a statement only names something, as a title does: a few words, no figure
    and no sentence's closing mark."""
    return (
        len(statement.split()) <= 8
        and not _DIGIT.search(statement)
        and not (_TERMINAL.search(statement))
    )


def _is_label(part: str) -> bool:
    """A few words closed by a colon, or one or two by a full stop, that only name a thing:
    "Yes.", "Money-back guarantee.", "Job guarantee terms:". Not a question or exclamation."""
    words = len(part.split())
    return not _DIGIT.search(part) and (
        part[-1:] == ":" and words <= 4 or part[-1:] == "." and words <= 2
    )


#: Help a program gives, not a promise it makes: "Placement assistance for 12 months".
_SERVICE = re.compile(r"\b(?:assistance|support|coaching|help|services?|mentoring)\b", _I)


def _only_a_service(statement: str) -> bool:
    """Whether text under a promise's heading only describes a service ("Placement
    assistance for 12 months after course completion"): no remedy, no promise word."""
    return bool(_SERVICE.search(statement)) and not (
        _REMEDY.search(statement) or _PROMISE_TALK.search(statement)
    )


def _statement(sentence: str) -> str:
    """The sentence without the heading or label lines over it: what the page promises."""
    return sentence.rsplit("\n", 1)[-1]


def _is_tagline(statement: str) -> bool:
    """A slogan or button, not terms: a short exclamation ("Pay nothing until you land a
    job!"), a short title-cased phrase without a full stop ("Job-Guaranteed Program"), or a
    short line without one that only names a promise ("The bootcamp with a job guarantee"):
    terms say who promises what is paid back, or when."""
    words = statement.split()
    if _DIGIT.search(statement) or not words:
        return False
    if statement.rstrip().endswith("!"):
        return len(words) <= 10
    if not _TERMINAL.search(statement.rstrip()):
        names_only = not _REMEDY.search(statement) and not _SUBJECT.search(statement)
        return len(words) <= 8 and names_only or _titled(words)
    return not _TERMINAL.search(statement.rstrip().rstrip(".")) and _titled(words)


#: Words that say when a promise holds: a line with one states a term.
_WHEN = re.compile(
    r"\b(?:within|during|before|after|until|first|days?|weeks?|months?|years?|dans|sous|après"
    r"|jours?|semaines?|mois)\b",
    _I,
)
_REMEDIES = frozenset({"job_guarantee", "money_back", "tuition_refund"})


def _is_slogan(statement: str, found: dict[GuaranteeKind, int]) -> bool:
    """A money-back promise in at most eight words that says nothing of who promises, when
    or on what condition ("Get hired or your money back."): a slogan beside the program's
    terms, not terms. A deferral ("Pay with an income share agreement.") is a way to pay,
    stated as briefly."""
    return (
        bool(found)
        and set(found) <= _REMEDIES
        and len(statement.split()) <= 8
        and not _DIGIT.search(statement)
        and not _SUBJECT.search(statement)
        and not _CONDITION.search(statement)
        and not _WHEN.search(statement)
    )


def _titled(words: list[str]) -> bool:
    return len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3)


def _heading_ok(part: str) -> bool:
    return "\n" not in part and not part.endswith(",")


#: A condition's remedy, last in its phrase ("not happy ... refund"), and what denies it
#: right before it: "If it isn't for you, note there are no refunds", "we cannot offer refunds".
_REMEDY_WORD = re.compile(rf"refund\w*|money back|tuition back|{_PAY_BACK}", _I)
_REMEDY_DENIED = re.compile(
    r"\b(?:no|never|cannot|can['’]t|won['’]t|will not|don['’]t|do not|doesn['’]t|does not"
    r"|not\s+(?:offer|give|issue|provide))\b(?:\s+[\w-]+){0,2}\s*$",
    _I,
)


#: A booking beside the course: an info session, open evening, campus tour, event ticket.
_EVENT = re.compile(
    r"\b(?:(?:info(?:rmation)?|taster|open|trial)\s+(?:session|evening|day|night|house)s?"
    r"|webinars?|events?|tours?|tickets?)\b",
    _I,
)
#: What a course's own refund speaks of.
_COURSE_MONEY = re.compile(r"\b(?:tuition|course|program(?:me)?|bootcamp|enrol\w*|intake)\b", _I)


def _is_event_refund(sentence: str) -> bool:
    """Whether a cancellation refund is for a booking beside the course ("Cancel your info
    session booking and we'll refund your deposit"), not the course's tuition."""
    return bool(_EVENT.search(sentence)) and not _COURSE_MONEY.search(sentence)


def _remedy_denied(phrase: str) -> bool:
    """Whether a kind phrase that ends on its remedy denies it just before: the condition
    was met, but nothing is paid back."""
    remedies = list(_REMEDY_WORD.finditer(phrase))
    start = remedies[-1].start() if remedies else 0
    return start > 0 and bool(_REMEDY_DENIED.search(phrase, 0, start))


def _denied_after(sentence: str, end: int) -> bool:
    """Whether a kind phrase ending at ``end`` is denied by what follows ("Job guarantee:
    not available"), not followed by the condition a question asks ("Employment guarantee
    — not employed within 6 months?")."""
    neg = _NEG_AFTER.match(sentence, end)
    if not neg:
        return False
    rest = sentence[neg.end() :]
    asks = rest.find("?")
    return "?" in sentence[end : neg.end()] or asks < 0 or bool(re.search(r"[.!;]", rest[:asks]))


def _kinds(sentence: str, low: str | None = None) -> list[tuple[int, GuaranteeKind]]:
    """(position, kind) of every non-negated kind phrase in ``sentence``; ``low`` is the
    sentence lowered, to skip kinds without their words, or None to scan for every kind."""
    found = []
    for kind, pattern in _KINDS.items():
        if low is not None and not _KIND_WORDS[kind].search(low):
            continue
        for m in pattern.finditer(sentence):
            before = sentence[max(0, m.start() - 40) : m.start()]
            if _NEG_BEFORE.search(before) or _denied_after(sentence, m.end()):
                continue
            if not _remedy_denied(m.group()):
                found.append((m.start(), kind))
                break
    return found


def _lowered_sentences(text: str) -> list[tuple[str, str | None]]:
    """``_sentences(text)``, each with its lowered form, or None where re.IGNORECASE could
    find a word that the lowered form hides (see tracker.normalize.anchors)."""
    foldable = anchors.lowered(text) is not None
    return [(s, s.lower() if foldable else None) for s in _sentences(text)]


def parse_guarantees(text: str) -> list[Guarantee]:
    """One guarantee per kind, in the order they appear, with terms and window if stated.

    Terms are the promise's sentence without its heading, and the conditions after it
    ("You must apply to five jobs a week.", a refund restating a money-back remedy) that
    name no other promise, so a new condition is a change of terms. A sentence that only
    leads into a promise ("Try the first 14 days risk-free.") opens the next one's terms.

    >>> parse_guarantees("Full tuition refund if you withdraw within 14 days.")[0]["window"]
    'within 14 days'
    """
    out: dict[GuaranteeKind, Guarantee] = {}
    asked: set[GuaranteeKind] = set()  # kinds so far named only in a question
    current: GuaranteeKind | None = None  # the promise the next sentences may continue
    following, lead = 0, ""
    cells = (text or "").replace(" | ", "\n")  # a table row's cells: "Job guarantee | terms"
    for sentence, low in _lowered_sentences(cells.replace(" · ", "\n")):
        found = dict((kind, pos) for pos, kind in _kinds(sentence, low))
        statement = _statement(sentence)
        if found and statement != sentence and "?\n" in sentence and not _named_by_label(sentence):
            # Under a question, the answer's own promise is what the page makes: "Is there
            # a job guarantee? No, but we offer a 14-day money-back guarantee." Under a
            # label ("Money-back guarantee: not the right fit?"), the label names it.
            found = dict((kind, pos) for pos, kind in _kinds(statement)) or found
        if "job_guarantee" in found:
            found.pop("money_back", None)
            found.pop("tuition_refund", None)
        if "tuition_refund" in found and _is_event_refund(sentence):
            found.pop("tuition_refund")
        if "deferred_tuition" in found and (
            income_share.parse_income_share(statement) or _names_only(statement)
        ):
            # An income share's terms are the income_share field, whatever names them, and
            # its title alone ("Income Share Agreement (study now, pay when hired)") is none.
            found.pop("deferred_tuition")
        if "tuition_refund" in found and (
            _ALL_OF_IT.search(sentence) or _FULL_REFUND_TRIAL.search(f"{lead} {sentence}")
        ):
            # "100% fee refund if you withdraw ..., no questions asked", "withdraw within 14
            # days and get every shilling back": all of it, with no condition to meet
            found.setdefault("money_back", found["tuition_refund"])
            found.pop("tuition_refund")
        if "money_back" in found and "tuition_refund" in found:
            both: tuple[GuaranteeKind, ...] = ("money_back", "tuition_refund")
            found.pop(max(both, key=found.__getitem__))
        question = sentence.rstrip().endswith("?")
        if current and not question and following < _MAX_FOLLOWING:
            same = set(found) <= _SAME_PROMISE[current]
            condition = (
                not sentence.rstrip().endswith("!")
                and _CONDITION.search(sentence)
                and not _PROMISE_OPENING.search(sentence)
            )
            if same and (found or condition or _LIMIT.search(sentence)):
                _add_terms(out[current], sentence, text)
                following += 1
                continue
        current, following = None, 0
        if found and statement != sentence and not _kinds(statement):
            # The kind is named only by the heading: the text under it must speak of it.
            about = _PROMISE_TALK.search(statement) or _TERMS_TALK.search(statement)
            denied = _DENIAL.match(statement) or _only_a_service(statement)
            found = found if (about or _PERIOD.search(statement)) and not denied else {}
        slogan = _is_tagline(statement) or _is_slogan(statement, found)
        if not found or question or slogan:
            # a heading over the promises ("Our guarantees") leads into none of them
            heading = not _TERMINAL.search(statement) and len(statement.split()) <= 5
            trial = _TRIAL_NAME.search(statement)  # it ends in a clause's title
            leads = not question and ((not heading and _PROMISE_TALK.search(statement)) or trial)
            lead = statement if leads else ""
            lead = "" if found and slogan else lead
            continue
        window = _WINDOW.search(f"{lead} {sentence}")  # slow to scan: only when used
        for kind in sorted(found, key=found.__getitem__):
            # A FAQ question names a guarantee; the answer after it states the terms.
            if kind not in out or kind in asked:
                asked.discard(kind)
                said = _page_span(text, lead or sentence, sentence)
                out[kind] = {
                    "kind": kind,
                    "terms": _unlabelled(" ".join(f"{lead} {statement}".split())),
                    "window": _window_text(window.group()) if window else None,
                    "raw": said,
                }
                current = kind if len(found) == 1 else None
        lead = ""
    # Named only in a question ("Is there a money-back guarantee? No."): not a promise.
    return [guarantee for kind, guarantee in out.items() if kind not in asked]


def _unlabelled(terms: str) -> str:
    """Terms without a title run into them ("<b>Job guarantee</b> Land a job ...",
    "<b>Cooling-off period:</b> If ..."): the title is the heading, not a term, however the
    page sets it."""
    bare = _TITLE_PREFIX.sub("", terms, count=1)
    return bare if len(bare.split()) >= 4 else terms


def _add_terms(guarantee: Guarantee, sentence: str, text: str) -> None:
    """A following sentence joins a promise's terms (and gives its window if it had none)."""
    guarantee["terms"] = " ".join(f"{guarantee['terms']} {sentence}".split())
    guarantee["raw"] = _page_span(text, guarantee["raw"], sentence)
    if not guarantee.get("window"):
        window = _WINDOW.search(sentence)
        guarantee["window"] = _window_text(window.group()) if window else None


def _page_span(text: str, first: str, last: str) -> str:
    """The page's own text from sentence ``first`` through sentence ``last`` (raw)."""
    head, tail = first.split("\n", 1)[0], last.rsplit("\n", 1)[-1]
    start = text.find(head)
    end = text.find(tail, max(start, 0))
    return text[start : end + len(tail)] if start >= 0 and end >= 0 else first


def _window_text(matched: str) -> str:
    return _DANGLING.sub("", " ".join(matched.split()))


def count_guarantee_mentions(text: str) -> int:
    """How many sentences mention a guarantee, refund or deferred tuition without negating it
    (evidence for the differ: a guarantee that vanishes while still mentioned is suspicious)."""
    low = anchors.lowered(text or "")
    if low is not None and not _ANY_WORD.search(low):
        return 0
    count = 0
    for sentence, low in _lowered_sentences(text or ""):
        if low is not None and not _ANY_WORD.search(low):
            continue  # neither a kind nor a mention: _MENTION's words are kinds' words too
        if _kinds(sentence, low):
            count += 1
            continue
        if low is not None and not _MENTION_WORD.search(low):
            continue
        mentions = [
            m
            for m in _MENTION.finditer(sentence)
            if not _NEG_BEFORE.search(sentence[: m.start()])
            and not _NEG_AFTER.match(sentence, m.end())
        ]
        if mentions and _MONEY_TALK.search(sentence):
            count += 1
    return count


def is_mention(text: str, start: int, end: int) -> bool:
    """Whether the guarantee word at ``text[start:end]`` is a mention for the evidence
    counts: not negated ("no guarantee", "is no longer offered"), in a text that talks
    money, jobs or tuition ("Satisfaction guaranteed" alone is marketing)."""
    return (
        not _NEG_BEFORE.search(text[max(0, start - 60) : start])
        and not _NEG_AFTER.match(text, end)
        and _MONEY_TALK.search(text) is not None
    )
