"""Share links: each network's own share URL with the article's address, URL-encoded."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode


@dataclass(frozen=True)
class ShareLink:
    key: str  # the data-share value the page and its script rely on
    label: str
    href: str


def share_links(url: str, title: str) -> list[ShareLink]:
    return [
        ShareLink("x", "X", "https://x.com/intent/tweet?" + urlencode({"url": url, "text": title})),
        ShareLink("facebook", "Facebook",
                  "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
        ShareLink("linkedin", "LinkedIn",
                  "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url})),
        # mailto wants %20 for spaces, not '+', or mail clients show the plus signs.
        ShareLink("email", "E-mail",
                  "mailto:?subject=%s&body=%s" % (quote(title, safe=""), quote(url, safe=""))),
    ]
