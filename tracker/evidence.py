"""Evidence counts: how much fact-like text a page holds, whatever was extracted from it.

A price that vanishes while the page still mentions money is more likely a broken extractor
than a change, so the differ compares these counts along with the facts. They count over
all visible text, quotes and blog-like prose included, with the normalizers' own counters.
"""

from __future__ import annotations

from tracker import dates, guarantees, prices
from tracker.blocks import Block
from tracker.topics import DIGIT

#: Words without which a block cannot hold a guarantee mention (see tracker.guarantees).
_PROMISE_WORDS = ("guarant", "refund", "money", "defer", "tuition", "isa", "income", "pay",
                  "hired", "job")  # fmt: skip


def count_mentions(blocks: list[Block]) -> dict[str, int]:
    """Counts over the visible text. Each counter sees only the blocks that can hold its
    mentions (dates need a digit, amounts a digit and a currency; promises need one of a few
    words), which keeps the counters' regexes, slow per character, off most of a long page.
    Leaving out a block with digits but no currency could join a range split around it
    ("$24" | "3 seats left" | "- $34") into one mention; no page seen so far has one."""
    texts = [b.text for b in blocks]
    numbers = [t for t in texts if DIGIT.search(t)]
    money = "\n".join(t for t in numbers if prices.has_currency(t))
    promises = "\n".join(t for t in texts if any(w in t.lower() for w in _PROMISE_WORDS))
    return {
        "price_mentions": prices.count_price_mentions(money),
        "date_mentions": dates.count_date_mentions("\n".join(numbers)),
        "guarantee_mentions": guarantees.count_guarantee_mentions(promises),
    }
