"""Which site a URL is on: the one rule the spider (an off-site redirect) and the differ
(a page that moved away) both apply, so they never disagree about a redirect."""

from __future__ import annotations

from urllib.parse import urlsplit


def site(url: str | None) -> str:
    """The host without "www.": ``https://www.nucamp.co/x`` -> ``nucamp.co``."""
    return (urlsplit(url or "").hostname or "").removeprefix("www.")


def offsite(url: str, final_url: str | None) -> bool:
    """Whether ``final_url`` is on another site than ``url``: a subdomain of the same site
    (nucamp.co -> learn.nucamp.co) is the same site."""
    a, b = site(url), site(final_url)
    if not final_url or not b or a == b:
        return False
    return not (a.endswith("." + b) or b.endswith("." + a))
