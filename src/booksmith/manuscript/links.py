"""Links: where a book may point, and the bare addresses in article text that become links.

A booklet links only to the web and to e-mail (`http`, `https`, `mailto`): a `file:` or
relative link would point into the reader's own file system, a `javascript:` one would run code,
and an EPUB reading system opens neither. A hand-written chapter that links elsewhere is an error
at its line; an article's text is never refused for what it mentions, only what is plainly an
address becomes a link, and its text stays exactly as the article printed it.
"""

from __future__ import annotations

import re
import urllib.parse

from ..model import Inlines, Link, Text

SCHEMES = ("http", "https", "mailto")

# Addresses as articles print them: with a scheme, starting "www.", or an e-mail address. An address ends
# where the prose around it goes on: at a space, a quote mark, a dash or an ellipsis, or at CJK text and
# full-width punctuation, which follow an address with no space between. Bounded so a hostile line of
# 20,000 characters still takes linear time; trailing punctuation is the sentence's.
_URL_CHAR = r"[^\s<>\"“”‘’«»\u2000-\u206f\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"  # a host name's part: no hyphen at either end
_ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9])(?i:https?)://{_URL_CHAR}{{1,2000}}"
    rf"|(?<![A-Za-z0-9.])(?i:www)\.{_LABEL}(?:\.{_LABEL}){{1,10}}(?:[/?#]{_URL_CHAR}{{0,2000}})?"
    rf"|(?<![\w.+%-])[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]{{0,62}}[A-Za-z0-9_%+-])?@{_LABEL}(?:\.{_LABEL}){{0,10}}"
    rf"\.[A-Za-z]{{2,24}}(?![\w@-])"
)
_TRAILING = ".,;:!?'\"’”)]}…"
_ADDRESS_MARKS = ("://", "www.", "WWW.", "@")


def link_problem(url: str) -> str | None:
    """Why a book may not link to `url`, or None if it may."""
    if any(char.isspace() or ord(char) < 32 or ord(char) == 127 for char in url):
        return f"the link address “{_shown(url)}” has spaces or control characters in it"
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018  # read for its check: a port past 65535 is no address
    except ValueError:  # "https://[oops": a bracketed host that is no IPv6 address
        return f"the link “{_shown(url)}” is not a well-formed address"
    if parts.scheme.lower() not in SCHEMES:
        if not parts.scheme:
            return (
                f"the link “{_shown(url)}” is not a web or e-mail address: a book links to http, https and mailto only"
            )
        return f"links to '{parts.scheme}:' addresses are not allowed: a book links to http, https and mailto only"
    if parts.scheme.lower() != "mailto" and not parts.hostname:
        return f"the link “{_shown(url)}” names no host"
    if parts.scheme.lower() == "mailto" and "@" not in parts.path:
        return f"the link “{_shown(url)}” names no e-mail address"
    return None


_SUB_DELIMITERS = "!$&'()*+,;=-._~%"


def link_target(url: str) -> str:
    """`url` as the editions write it: each part %-encoded where RFC 3986 wants it (spaces, `|`, `{`,
    a second `#`, a stray `%`, letters outside ASCII), so EPUBCheck and every reader take it; the rest as typed."""
    parts = urllib.parse.urlsplit(re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", url))
    return urllib.parse.urlunsplit(
        (
            parts.scheme,
            urllib.parse.quote(parts.netloc, safe=_SUB_DELIMITERS + ":@[]"),
            urllib.parse.quote(parts.path, safe=_SUB_DELIMITERS + ":@/"),
            urllib.parse.quote(parts.query, safe=_SUB_DELIMITERS + ":@/?"),
            urllib.parse.quote(parts.fragment, safe=_SUB_DELIMITERS + ":@/?"),
        )
    )


def linkify(text: str) -> Inlines:
    """Article text as inlines: every bare web or e-mail address a link, every character kept."""
    if not any(mark in text for mark in _ADDRESS_MARKS):
        return (Text(text),) if text else ()
    out: list[Text | Link] = []
    done = 0
    for match in _ADDRESS.finditer(text):
        address = _trimmed(match.group())
        url = _url_of(address)
        if url is None:
            continue
        if match.start() > done:
            out.append(Text(text[done : match.start()]))
        out.append(Link((Text(address),), url))
        done = match.start() + len(address)
    if done < len(text):
        out.append(Text(text[done:]))
    return tuple(out)


def _trimmed(address: str) -> str:
    """The address without the punctuation of the sentence around it; a closing bracket stays if the
    address opened one (a Wikipedia page's "(disambiguation)")."""
    while address and address[-1] in _TRAILING:
        closing = address[-1]
        opening = {")": "(", "]": "[", "}": "{"}.get(closing)
        if opening and address.count(opening) >= address.count(closing):
            break
        address = address[:-1]
    return address


def _url_of(address: str) -> str | None:
    if "://" in address:
        url = address
    elif address[:4].lower() == "www.":
        url = "https://" + address
    else:
        url = "mailto:" + address
    return link_target(url) if link_problem(url) is None else None


def _shown(url: str) -> str:
    return url if len(url) <= 60 else url[:57] + "…"
