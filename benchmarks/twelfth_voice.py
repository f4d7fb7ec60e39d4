"""A twelfth way of wording a program, for :mod:`benchmarks.twelfth_styles`.

The eleventh voice (:mod:`benchmarks.eleventh_voice`) is being tuned on, so its figures no
longer say how bootwatch reads words nobody wrote rules for. This voice is Central and
Eastern European and East Asian bootcamps, written in English from how their sites word a
course, with the local words and number conventions those sites keep, and without reading
bootwatch's rules: Czechia ("59 900 Kč", "59 900,- Kč", dates "10. 3. 2025", a "běh" of a
course, rekvalifikace and Úřad práce funding), Hungary ("1 990 000 Ft", "1,99 millió Ft",
"2025. 03. 10.", részletfizetés with THM 0%), Romania ("12.000 lei", "plata în rate"),
Ukraine ("60 000 грн", "60 000 ₴", a "потік", monobank's "Покупка частинами"), Estonia,
Latvia and Lithuania in euros ("6 900 €", järelmaks, ISO dates in Lithuania), Bulgaria
("6 000 лв.", "10.03.2025 г.", the euro changeover rate); South Korea ("₩9,900,000",
"9,900,000원", "990만 원", "2025.03.10(월)", a "12기" cohort, 국민내일배움카드 and K-Digital
Training), Taiwan ("NT$120,000", "12 萬元", "2025/03/10", the ROC year "民國114年" beside the
Gregorian one, 第12期, 勞動部 subsidies), Hong Kong ("HK$39,800", a bare "$39,800" in hero copy,
"10/03/2025", CEF reimbursement, ERB places, a QF registration's validity period) and
mainland China ("¥19,800", "19,800元", "RMB 19,800", "1.98万元", "2025年3月10日（周一）", 分期免息).
Non-facts of the other voices' kinds and local ones: salaries in USD in Ukraine and "12K/月" in
China, VAT lines (DPH, PVN, PVM, 부가세), registration fees, deposits (定金), early-bird
discounts, public holidays (Seollal, 春節, Easter, Jāņi), an accreditation's number and
validity, a course approval date, info sessions, orientation, demo day and 수료식.

Amounts are scaled to read like each country's fees (:func:`twelfth_program`). Same contract
as :class:`pagegen.Kit`: the terms state the true window and refund share, and
``Program.wording`` restyles them without new meaning. Held out for the twelfth set's first
look; rules are tuned on it since, so the held-out voice is now
:mod:`benchmarks.twentyfirst_voice`, and a development program redesigned into the twelfth
styles keeps its own code and sign, with Czechia's lines. One module of about 480 lines
because every sentence of the voice is drawn from the same program and locale tables.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from pagegen import SIGNS, TODAY, Guarantee, Kit, Program, make_program

#: The twelfth set's currencies, won twice as often (Korea's bootcamp market is the largest).
CURRENCIES = ("CZK", "HUF", "RON", "UAH", "EUR", "BGN", "KRW", "KRW", "TWD", "HKD", "CNY")
SCALE = {"CZK": 10, "HUF": 200, "RON": 2, "UAH": 10, "EUR": 1, "BGN": 1, "KRW": 1000,
         "TWD": 10, "HKD": 5, "CNY": 3}  # fmt: skip
#: What a monthly payment is rounded to, per currency.
STEP = {"CZK": 10, "HUF": 1000, "RON": 5, "UAH": 10, "EUR": 5, "BGN": 5, "KRW": 1000,
        "TWD": 100, "HKD": 10, "CNY": 10}  # fmt: skip
#: The country of each currency (euros are Estonian, Latvian or Lithuanian).
KINDS = {"CZK": ("cz",), "HUF": ("hu",), "RON": ("ro",), "UAH": ("ua",),
         "EUR": ("ee", "lv", "lt"), "BGN": ("bg",), "KRW": ("kr",), "TWD": ("tw",),
         "HKD": ("hk",), "CNY": ("cn",)}  # fmt: skip
EAST = ("kr", "tw", "hk", "cn")
CITY = {"cz": "Prague", "hu": "Budapest", "ro": "Cluj-Napoca", "ua": "Kyiv", "ee": "Tallinn",
        "lv": "Riga", "lt": "Vilnius", "bg": "Sofia", "kr": "Seoul", "tw": "Taipei",
        "hk": "Hong Kong", "cn": "Shanghai"}  # fmt: skip
ZONES = {"cz": "Europe/Prague", "hu": "Europe/Budapest", "ro": "Europe/Bucharest",
         "ua": "Europe/Kyiv", "ee": "Europe/Tallinn", "lv": "Europe/Riga",
         "lt": "Europe/Vilnius", "bg": "Europe/Sofia", "kr": "Asia/Seoul",
         "tw": "Asia/Taipei", "hk": "Asia/Hong_Kong", "cn": "Asia/Shanghai"}  # fmt: skip
KO_DAYS = "월화수목금토일"
ZH_DAYS = "一二三四五六日"
#: Per country: the company line, the phone, the credential line, and a testimonial's name.
LOCALE = {
    "cz": ("s.r.o. · IČO 12345678 · Praha 7 – Holešovice", "+420 222 555 019",
           "Accredited by MŠMT as a retraining course (rekvalifikace), č. j. MSMT-12345/2024-2, "
           "valid until 31. 12. 2027.", "Tereza N."),
    "hu": ("Kft. · Adószám 12345678-2-42 · 1066 Budapest", "+36 1 555 0190",
           "Adult education registration (felnőttképzési nyilvántartási szám) B/2021/000123, "
           "registered 2021. 03. 01.", "Bence K."),
    "ro": ("S.R.L. · CUI RO12345678 · Cluj-Napoca", "+40 264 555 019",
           "Authorised by ANC (Autoritatea Națională pentru Calificări); the diploma is "
           "recognised by the Ministry of Labour.", "Andreea P."),
    "ua": ("ТОВ · ЄДРПОУ 43123456 · Kyiv / online", "+380 44 555 0190",
           "Certificate recognised by our 300+ hiring partners; fully online since "
           "24.02.2022.", "Олена К."),
    "ee": ("OÜ · Registrikood 16123456 · Tallinn", "+372 555 0190",
           "Registered in EHIS as a continuing education institution (täienduskoolitusasutus).",
           "Kristjan T."),
    "lv": ("SIA · Reģ. nr. 40203123456 · Rīga", "+371 2555 0190",
           "Licensed adult education programme (licence Nr. P-12345, issued 12.09.2023.).",
           "Līga B."),
    "lt": ("UAB · Įmonės kodas 305123456 · Vilnius", "+370 5 255 0190",
           "On the Employment Service's (Užimtumo tarnyba) list of approved training "
           "providers since 2023-05-02.", "Jonas P."),
    "bg": ("ЕООД · ЕИК 205123456 · София", "+359 2 955 0190",
           "Licensed by НАПОО (National Agency for Vocational Education and Training).",
           "Мария Г."),
    "kr": ("(주) 아카데미 · 사업자등록번호 123-45-67890 · 서울 강남구", "02-555-0190",
           "고용노동부 (Ministry of Employment and Labor) approved K-Digital Training course; "
           "훈련과정 승인일 2024.11.12.", "김민지"),
    "tw": ("股份有限公司 · 統一編號 12345678 · 台北市大安區", "(02) 2555-0190",
           "Course approved by 勞動部勞動力發展署 (Workforce Development Agency).", "陳怡君"),
    "hk": ("Limited · Kwun Tong, Kowloon · 九龍觀塘", "+852 3555 0190",
           "QF Level 4 · QR Registration No. 24/000123/L4 · validity period 01/09/2024 to "
           "31/08/2027 · CEF course code 39C123456.", "Chan Tai-man"),
    "cn": ("有限公司 · 统一社会信用代码 91310000MA1FL12345 · 上海市徐汇区", "400-555-0190",
           "Certificate from the 工信部 (MIIT) talent exchange centre on completion.", "王同学"),
}  # fmt: skip
#: Per country: money that is not this course's fee (salary, junior pay, funding, another
#: fee or tax, how people pay).
MONEY = {
    "cz": ("Average junior developer salary in Prague: 55 000 Kč hrubého a month.",
           "Our graduates start at 45–60 tis. Kč gross a month.",
           "Accredited retraining course: Úřad práce ČR can cover up to 50 000 Kč of the fee "
           "through the EU-funded Jsem v kurzu programme.",
           "Prices include 21% DPH; companies receive a VAT invoice (daňový doklad).",
           "Pay by bank transfer, card or QR platba."),
    "hu": ("Junior developer salaries in Budapest: bruttó 650 000–850 000 Ft a month.",
           "Average starting salary of our alumni: bruttó 720 000 Ft/hó.",
           "GINOP Plusz funded places for jobseekers registered with the kormányhivatal.",
           "Registration fee (regisztrációs díj): 15 000 Ft, not refundable.",
           "Pay by card (SimplePay) or bank transfer; e-invoice from Számlázz.hu."),
    "ro": ("Junior developers in Cluj earn 5.000–7.500 lei net a month.",
           "Average graduate salary: 6.800 lei net/lună.",
           "Employers can pay the fee directly (factură pe firmă) as a training expense.",
           "Enrolment fee (taxa de înscriere): 250 lei, deducted from the course fee.",
           "Pay by card, bank transfer or in rates with a shopping card (Star BT, CardAvantaj)."),
    "ua": ("Junior developers in Kyiv earn $800–1,200 a month (DOU.ua, 2024).",
           "Our graduates' median first salary: 35 000 грн a month.",
           "Government training vouchers (ваучер на навчання) accepted via the State "
           "Employment Service.",
           "Знижка 20% for veterans and their families (ветерани та члени родин).",
           "Pay by card, monobank «Покупка частинами» or IBAN transfer to our ФОП."),
    "ee": ("Junior developers in Tallinn earn from €2,100 gross a month.",
           "Median starting salary of our graduates: 2 300 € bruto a month.",
           "Töötukassa training card (koolituskaart): up to €2,500 over three years.",
           "Prices include 22% käibemaks (VAT).",
           "Pay by bank link (pangalink), card or Inbank järelmaks."),
    "lv": ("Junior developers in Riga earn €1,500–2,200 bruto a month.",
           "Average graduate salary: 1900 EUR a month.",
           "Funded places through NVA (State Employment Agency) training vouchers.",
           "Prices include 21% PVN.",
           "Pay by bank transfer, card or ESTO nomaksa."),
    "lt": ("Junior developer salaries in Vilnius: €1,800–2,600 before tax (neatskaičius "
           "mokesčių).", "Our graduates start at 2 200 € gross a month.",
           "Užimtumo tarnyba can fund the course for registered jobseekers.",
           "Prices include 21% PVM.", "Pay via Paysera, a bank link or card."),
    "bg": ("Junior developers in Sofia earn 2 500–3 500 лв. net a month.",
           "Average graduate salary: 3 200 лв. a month.",
           "Vouchers from the Агенция по заетостта (Employment Agency) accepted.",
           "Fixed rate for the euro changeover: 1 EUR = 1,95583 лв.",
           "Pay by bank transfer, card or in instalments with TBI Bank."),
    "kr": ("Average starting salary of our graduates: 연봉 3,800만 원 (₩38,000,000 a year).",
           "Junior developer salaries in Seoul: ₩35,000,000–45,000,000 a year.",
           "국민내일배움카드 holders: K-Digital Training (KDT) covers 100% of tuition, so you pay "
           "₩0, plus a training allowance (훈련장려금) of up to ₩316,000 a month.",
           "VAT (부가세) included; cash receipts (현금영수증) issued.",
           "Pay by card (무이자 할부 up to 12 months), KakaoPay, Naver Pay or 무통장입금."),
    "tw": ("Average starting salary of our graduates: NT$52,000 a month (月薪).",
           "Junior engineers in Taipei earn NT$45,000–60,000 a month.",
           "勞動部 產業人才投資方案: eligible employees get 80% of the fee subsidised, up to "
           "NT$100,000 every three years.",
           "E-invoices (電子發票) issued; give us your 統一編號 for a company receipt.",
           "Pay by credit card (分期 0 利率), ATM transfer or LINE Pay."),
    "hk": ("Graduates start at HK$22,000–28,000 a month.",
           "Median salary of our alumni one year on: HK$26,500/month.",
           "CEF reimbursable: claim up to HK$25,000 of the fee from the Continuing Education "
           "Fund after you complete the course.",
           "ERB (Employees Retraining Board) courses are free for eligible residents aged 18+.",
           "Pay by FPS (轉數快), PayMe, Octopus or credit card."),
    "cn": ("平均就业薪资 (average graduate salary): 12K/月, about ¥12,000 a month.",
           "Junior developers in Shanghai earn ¥10,000–15,000 a month.",
           "Employers can reimburse the fee from 职工教育经费; we issue 增值税发票 (VAT invoices).",
           "Registration fee (报名费): ¥200, non-refundable.",
           "Pay by WeChat Pay (微信支付), Alipay (支付宝) or 花呗分期."),
}  # fmt: skip
#: A break in each country's calendar beside the cohorts: never a start.
HOLIDAY = {
    "cz": "No classes on Easter Monday (Velikonoční pondělí, 21. 4. 2025) or on 1 and 8 May "
    "2025 (státní svátky).",
    "hu": "No classes on 15 March 2025 (national holiday) or Easter Monday (2025. 04. 21.).",
    "ro": "No classes on 1 May 2025 or over Orthodox Easter (18–21.04.2025).",
    "ua": "Lessons move online during air-raid alerts (повітряна тривога); no classes on "
    "Constitution Day (28.06.2025).",
    "ee": "No classes on Independence Day (24.02.2025) or over Võidupüha and Jaanipäev "
    "(23.–24.06.2025).",
    "lv": "No classes on 5 May 2025 (Restoration of Independence, observed) or over Jāņi "
    "(23.06.2025.–24.06.2025.).",
    "lt": "No classes on Statehood Day (2025-07-06) or Joninės (2025-06-24).",
    "bg": "No classes on 3 March 2025 (Liberation Day) or over Orthodox Easter (18–21.04.2025 г.).",
    "kr": "No classes over 설날 (Seollal, 2025.01.28–2025.01.30) or on 삼일절 (2025.03.01).",
    "tw": "No classes over 春節 (Lunar New Year, 2025/01/25–2025/02/02) or on 清明節 (2025/04/04).",
    "hk": "No classes on Ching Ming Festival (4/4/2025) or over the Easter holidays "
    "(18/4/2025 – 21/4/2025).",
    "cn": "No classes over 春节 (Spring Festival, 2025年1月28日–2月4日) or 五一 (5月1日–5日).",
}
#: A cohort's name per country: "{n}" is the cohort's number.
COHORT = {"cz": "{n}. běh", "hu": "{n}. évfolyam", "ro": "Grupa {n}", "ua": "Потік #{n}",
          "ee": "Lend {n}", "lv": "{n}. grupa", "lt": "{n}-oji laida", "bg": "Випуск {n}",
          "kr": "{n}기", "tw": "第{n}期", "hk": "Cohort {n} (第{n}期)",
          "cn": "第{n}期"}  # fmt: skip

#: How Korean, Taiwanese and mainland pages label the deadline, the info session, the
#: orientation and the graduation ceremony.
LABELS = {"kr": ("모집 마감", "사전 설명회", "오리엔테이션", "수료식"),
          "tw": ("報名截止", "課程說明會", "開訓典禮", "結訓典禮"),
          "cn": ("报名截止", "线上说明会", "开学典礼", "结业典礼")}  # fmt: skip


def twelfth_program(seed: int) -> Program:
    """:func:`pagegen.make_program` priced in this voice's currencies (the same seed gives
    the same program): fees scaled to each country's, koruna, forint and won prices ending in
    900 or 990 000 half the time, as their price lists do."""
    p = make_program(seed)
    r = random.Random(seed * 911 + 23)
    currency = r.choice(CURRENCIES)
    upfront = p.upfront * SCALE[currency]
    cut = {"CZK": 100, "HUF": 10_000, "KRW": 100_000}.get(currency, 0)
    upfront -= cut if r.random() < 0.5 and upfront % (cut * 10 or 1) == 0 else 0
    months = r.choice([3, 6, 10, 12, 24])
    step = STEP[currency]
    monthly = round(upfront / months / step) * step if p.monthly else None
    isa = (p.isa[0], p.isa[1], p.isa[2] * SCALE[currency]) if p.isa else None
    return replace(p, currency=currency, upfront=upfront, monthly=monthly, isa=isa)


def group(amount: int, sep: str) -> str:
    return f"{amount:,}".replace(",", sep)


class TwelfthVoice(Kit):
    """The facts of ``kit``'s program in a twelfth set of words; ``kit``'s noise is shared."""

    def __init__(self, kit: Kit) -> None:  # noqa: D107 - reuses the kit's program and noise
        self.p, self.noise = kit.p, kit.noise
        r = random.Random(kit.p.seed * 7573 + 41)  # the page's fixed choices, drawn once
        self.gap = r.randrange(7, 21)
        self.promo = r.randrange(5, 40)  # the number of the next cohort
        self.kind = r.choice(KINDS.get(kit.p.currency, ("cz",)))

    @property
    def native(self) -> bool:
        """Whether the program's currency is this country's (a development program's is not)."""
        return self.p.currency in KINDS

    @property
    def east(self) -> bool:
        return self.kind in EAST

    @property
    def lang(self) -> str:
        return f"en-{self.kind.upper()}"

    @property
    def zone(self) -> str:
        return ZONES[self.kind]

    @property
    def city(self) -> str:
        return CITY[self.kind]

    @property
    def scale(self) -> int:
        return SCALE.get(self.p.currency, 1)

    def money(self, amount: int, form: int = 0) -> str:
        """Form 0 as price cards print it, 1 as checkouts and invoices do, 2 with the ISO
        code, 3 as hero copy and posts say it (万, 萬, 만, millió where the amount allows)."""
        k, g = self.kind, f"{amount:,}"
        nb, sp, dot = group(amount, "\u00a0"), group(amount, " "), group(amount, ".")
        if not self.native:  # a development program keeps its own code and sign
            code, sign = self.p.currency, SIGNS[self.p.currency]
            return (f"{sign}{g}", f"{nb},- {code}", f"{code} {g}", f"{nb}\u00a0{code}")[form]
        if k == "cz":
            return (f"{nb}\u00a0Kč", f"{nb},-\u00a0Kč", f"{amount} CZK", f"{nb},00 Kč")[form]
        if k == "hu":
            mio = f"{amount / 1e6:g} millió Ft".replace(".", ",") if amount % 10_000 == 0 else ""
            return (f"{sp} Ft", f"{dot} Ft", f"HUF {sp}", mio or f"{dot},- Ft")[form]
        if k == "ro":
            return (f"{dot} lei", f"{dot},00 RON", f"RON {dot}", f"{amount} lei")[form]
        if k == "ua":
            return (f"{sp} грн", f"{nb}\u00a0₴", f"{sp} UAH", f"₴{sp}")[form]
        if k in ("ee", "lv", "lt"):
            return (f"{nb}\u00a0€", f"{nb},00\u00a0€", f"EUR {amount}", f"{amount}€")[form]
        if k == "bg":
            return (f"{sp} лв.", f"{sp},00 лв.", f"BGN {amount}", f"{amount} лева")[form]
        if k == "kr":
            man = f"{amount // 10_000:,}만 원" if amount % 10_000 == 0 else ""
            return (f"₩{g}", f"{g}원", f"KRW {g}", man or f"{g}원")[form]
        if k == "tw":
            wan = f"{amount / 10_000:g} 萬元" if amount % 1000 == 0 else ""
            return (f"NT${g}", f"NT$ {g} 元", f"TWD {g}", wan or f"NT$ {g}")[form]
        if k == "hk":
            return (f"HK${g}", f"HK$ {g}.00", f"HKD {g}", f"${g}")[form]
        wan = f"{amount / 10_000:g}万元" if amount % 100 == 0 else ""
        return (f"¥{g}", f"{g}元", f"RMB {g}", wan or f"{g}元")[form]

    def local(self, d: date, short: bool = False) -> str:
        """A date in English words, day first in Europe and Hong Kong, month first in Korean,
        Taiwanese and mainland sites' English; ``short`` gives the weekday and no year."""
        if self.kind in ("kr", "tw", "cn"):
            return f"{d:%a}, {d:%b} {d.day}" if short else f"{d:%B} {d.day}, {d.year}"
        return f"{d:%a} {d.day} {d:%b}" if short else f"{d.day} {d:%B} {d.year}"

    def long(self, d: date) -> str:
        """A date with its weekday in English."""
        return f"{d:%A}, {self.local(d)}"

    def numeric(self, d: date) -> str:
        """A date in figures as each country prints it."""
        return {"cz": f"{d.day}. {d.month}. {d.year}", "hu": f"{d:%Y. %m. %d.}",
                "lv": f"{d:%d.%m.%Y}.", "lt": d.isoformat(), "bg": f"{d:%d.%m.%Y} г.",
                "kr": f"{d:%Y.%m.%d}", "tw": f"{d:%Y/%m/%d}",
                "hk": f"{d.day}/{d.month}/{d.year}", "cn": f"{d.year}年{d.month}月{d.day}日",
                }.get(self.kind, f"{d:%d.%m.%Y}")  # fmt: skip

    def cjk(self, d: date) -> str:
        """A date as Korean, Chinese and Taiwanese pages print it, with the weekday."""
        if self.kind == "kr":
            return f"{d:%Y.%m.%d}({KO_DAYS[d.weekday()]})"
        if self.kind == "tw":
            return f"{d.year}年{d.month}月{d.day}日（{ZH_DAYS[d.weekday()]}）"
        if self.kind == "cn":
            return f"{d.year}年{d.month}月{d.day}日（周{ZH_DAYS[d.weekday()]}）"
        return self.long(d)

    def minguo(self, d: date) -> str:
        """A date in the Republic of China's calendar (year 1 is 1912), as Taiwan's public
        notices print it."""
        return f"民國{d.year - 1911}年{d.month}月{d.day}日"

    def cohort_name(self, i: int, d: date) -> str:
        name = COHORT[self.kind].format(n=self.promo + i)
        season = "Spring" if 3 <= d.month <= 5 else "Summer" if 6 <= d.month <= 8 else (
            "Autumn" if 9 <= d.month <= 11 else "Winter")  # fmt: skip
        return name if self.east else f"{name} ({season} {d.year})"

    def starts_line(self, i: int, d: date) -> str:
        """One cohort's start in a sentence."""
        name, fig = self.cohort_name(i, d), self.numeric(d)
        return {"cz": f"{name} — start {fig} ({self.long(d)})",
                "hu": f"{name}: kezdés / starts {fig}",
                "ro": f"{name}: începe pe {self.local(d)}",
                "ua": f"{name} — старт {fig}",
                "ee": f"{name}: algus / starts {self.local(d)}",
                "lv": f"{name}: sākums {fig}",
                "lt": f"{name}: pradžia {fig}",
                "bg": f"{name}: начало {fig}",
                "kr": f"{name} 개강 {self.cjk(d)} · classes start {self.local(d)}",
                "tw": f"{name} 開課 {fig}（{self.minguo(d)}）",
                "hk": f"{name}: commences {self.long(d)}",
                "cn": f"{name} 开班 {self.cjk(d)}"}[self.kind]  # fmt: skip

    def per_week(self) -> str:
        low, high = self.p.hours
        return f"{low}" if low == high else f"{low}–{high}"

    def duration(self) -> str:
        w, h, total = self.p.weeks, self.per_week(), self.p.hours_total
        full = self.p.hours[0] >= 35
        pace = "full-time" if full else "part-time"
        if self.kind == "kr":
            extra = f" · 총 {total}시간" if total else ""
            return f"{w}주 과정 ({w} weeks, {pace}) · 주 {h}시간{extra}"
        if self.kind in ("tw", "cn"):
            week = "週" if self.kind == "tw" else "周"
            extra = f" · 共{total}小時" if total and self.kind == "tw" else (
                f" · 共{total}课时" if total else "")  # fmt: skip
            return f"{w} weeks ({w}{week}), {pace}, {h} hours a week (每{week}{h}小時){extra}"
        hours = f" · {total} hours in total" if total else ""
        return f"{w} weeks · {pace}, {h} hrs a week{hours}"

    def months(self) -> int:
        return round(self.p.upfront / self.p.monthly) if self.p.monthly else 0

    def plan(self) -> str | None:
        """The payment plan as each country words it."""
        if not self.p.monthly:
            return None
        m, n = self.money(self.p.monthly), self.months()
        return {"cz": f"Or pay in {n} monthly instalments of {m} (splátky bez navýšení)",
                "hu": f"Részletfizetés: {n} monthly instalments of {m} (THM 0%)",
                "ro": f"Plata în {n} rate fără dobândă: {m}/lună",
                "ua": f"Оплата частинами: {m} a month for {n} months",
                "ee": f"Järelmaks: {m} a month for {n} months",
                "lv": f"Nomaksa: {m} a month, {n} months",
                "lt": f"Išsimokėtinai: {m}/mėn. for {n} months",
                "bg": f"Разсрочено плащане: {n} monthly payments of {m}",
                "kr": f"무이자 할부 {n}개월: 월 {m} (monthly)",
                "tw": f"信用卡分期 0 利率 {n} 期: {m} a month",
                "hk": f"Interest-free instalments: {m}/month × {n} months",
                "cn": f"分期免息 {n}期: {m}/月 (per month)"}[self.kind]  # fmt: skip

    def fee_line(self) -> str:
        """The fee with what the country says beside it."""
        m = self.money(self.p.upfront)
        return {"cz": f"Kurzovné (course fee): {m} vč. DPH", "hu": f"Részvételi díj: {m}",
                "ro": f"Preț / course fee: {m}", "ua": f"Вартість (tuition): {m}",
                "ee": f"Kursuse hind: {m}", "lv": f"Kursa cena: {m}", "lt": f"Kaina: {m}",
                "bg": f"Такса (tuition): {m}", "kr": f"수강료 (tuition): {m}",
                "tw": f"課程費用 (tuition): {m}", "hk": f"Programme fee: {m}",
                "cn": f"学费 (tuition): {m}"}[self.kind]  # fmt: skip

    def hero(self) -> str:
        """The hero's price line, as a landing page puts it."""
        m = self.money(self.p.upfront, 3)
        return {"kr": f"{m}부터", "cn": f"{m}起", "tw": f"{m} 起"}.get(self.kind, f"From {m}")

    def terms(self, g: Guarantee) -> str:
        w, win, share = self.p.wording, g.window, g.share
        if g.kind == "job_guarantee":
            if w:
                return (f"Employment guarantee: not hired {win} months after graduation? "
                        f"{share}% of your tuition comes back, if you attended 90% of classes "
                        "and applied to five jobs a week.")  # fmt: skip
            return (f"Employment guarantee: if you are not employed within {win} months of "
                    f"graduating, we refund {share}% of the tuition. Conditions: 90% "
                    "attendance and at least five applications a week.")  # fmt: skip
        if g.kind == "money_back":
            if w:
                return (f"Trial period: {win} days from the first class; leave in that time "
                        "for a full refund.")  # fmt: skip
            return (f"Trial period: change your mind within {win} days of the first class and "
                    "you get a full refund.")  # fmt: skip
        if w:
            return (f"Withdrawal: {share}% of the tuition back if you leave in the first {win} "
                    "weeks; nothing after that.")  # fmt: skip
        return (f"Withdrawal: leave within the first {win} weeks and we return {share}% of the "
                "tuition; no refund after that.")  # fmt: skip

    def isa(self) -> str | None:
        if not self.p.isa:
            return None
        pct, months, floor = self.p.isa
        return (
            f"Study now, pay later (Income Share Agreement): {pct}% of your monthly salary "
            f"for {months} months, only once you earn {self.money(floor)} a year or more."
        )

    def deadline(self) -> date:
        """Applications close a week or more before the first cohort."""
        return self.p.starts[0] - timedelta(days=self.gap)

    def when(self, d: date, form: str = "long") -> str:
        """A non-fact's date: CJK on East Asian pages, figures or words in Europe."""
        if self.east and self.kind != "hk":
            return self.cjk(d) if form == "long" else self.numeric(d)
        return self.numeric(d) if form == "long" else self.local(d)

    def negatives(self) -> dict[str, str]:
        """The non-facts of :meth:`Kit.negatives` in a twelfth set of words."""
        p, first, end, m, s = self.p, self.p.starts[0], self.p.ends()[0], self.money, self.scale
        salary, junior, funding, fee, pay = MONEY[self.kind]
        company, phone, credential, name = LOCALE[self.kind]
        day, close = self.when, self.deadline()
        label = LABELS.get(self.kind, ("Applications close", "Info session", "Orientation",
                                       "Graduation"))  # fmt: skip
        return {
            "salary": salary,
            "junior": junior,
            "funding": funding,
            "fee": fee,
            "pay": pay,
            "holiday": HOLIDAY[self.kind],
            "credential": credential,
            "deposit": f"A {m(300 * s)} deposit secures your place and counts towards the tuition.",
            "scholarship": f"Scholarships of up to {m(1_500 * s)} for women changing careers.",
            "early": f"Early-bird price: {m(500 * s)} off until {day(close - timedelta(days=10))}.",
            "deadline": f"{label[0]} (application deadline): {day(close)}.",
            "info": f"{label[1]} (free, online): {day(TODAY + timedelta(days=8), 'short')}, 19:00.",
            "open_house": f"Open day at our {self.city} campus: "
            f"{self.long(TODAY + timedelta(days=10))}, 10:00–16:00.",
            "prep": f"Free pre-course opens {day(first - timedelta(days=21), 'short')}.",
            "welcome": f"{label[2]} (orientation): {day(first - timedelta(days=1))}.",
            "ends": f"Final project presentations: {day(end)}.",
            "graduation": f"Demo Day and {label[3]}: {day(end + timedelta(days=5))}.",
            "outcome": "87% of graduates hired within 6 months (2024 cohorts).",
            "support": "Career support for 6 months after graduation.",
            "post": f"Published {day(date(2024, 11, 12))} by the admissions team",
            "updated": f"Last updated {day(date(2025, 1, 6))}",
            "testimonial": f"“Two months after demo day I signed my first contract.” — {name}, "
            "2024 graduate",
            "tagline": f"Become a developer in {self.city}. Job-ready in months.",
            "button": {"kr": "지원하기 (Apply)", "tw": "立即報名", "cn": "立即报名"}.get(
                self.kind, "Apply now"
            ),
            "phone": f"Questions? Call {phone} (Mon–Fri 9:00–18:00).",
            "copyright": f"© {TODAY.year} {p.camp} Academy {company}. All rights reserved.",
        }
