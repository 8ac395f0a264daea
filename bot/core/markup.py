"""The small channel-neutral markup of answers and UI text, and its renderings.

    **bold**             (within one line)
    [text](https://...)  links
    \\*  \\[  \\]  \\\\      a literal character (see `literal()` for text a user typed)

Telegram gets HTML, Viber and the terminal get plain text. Long texts are split between lines,
never inside one, so a chunk never cuts a bold span or a link in half.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

Measure = Callable[[str], int]  # how long a piece of text is once rendered

_TOKEN = re.compile(
    r"\\(?P<esc>[\\*\[\]()_])"
    r"|\[(?P<ltext>(?:\\.|[^\]\\\n])+)\]\((?P<url>[^)\s]+)\)"
    r"|\*\*(?P<bold>(?:\\.|[^*\\\n]|\*(?!\*))+?)\*\*"
)
_ESCAPE = re.compile(r"([\\*\[\]])")


def shortened(text: str, limit: int) -> str:
    """Plain text cut at a word to at most `limit` characters with "…", if it is longer."""
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit)
    return text[: space if space > 0 else limit - 1].rstrip(",;:—-– ") + "…"


def literal(text: str) -> str:
    """Markup that shows `text` exactly as typed: what users type is never read as markup."""
    return _ESCAPE.sub(r"\\\1", text)


def problems(text: str) -> list[str]:
    """What is wrong with a markup text, one message per problem (empty when fine)."""
    found: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        rest = _TOKEN.sub(lambda m: "" if m.group("esc") else _check_token(m, found), line)
        if "**" in rest:
            found.append(f"line {number} of the text: unpaired ** (bold must open and close)")
        if re.search(r"\[[^\]]*\]\(", rest):
            found.append(f"line {number} of the text: broken link, write [text](https://...)")
        if "<" in rest and re.search(r"</?[a-zA-Z][^>]*>", rest):
            found.append(f"line {number} of the text: HTML tags are not allowed, use **bold**")
    return found


def _check_token(match: re.Match[str], found: list[str]) -> str:
    if match.group("url") is not None and not match.group("url").startswith("https://"):
        found.append(f"link to {match.group('url')!r} is not https")
    return ""


_UNESCAPE = re.compile(r"\\([\\*\[\]()_])")


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(r"\1", text) if "\\" in text else text


def to_html(text: str) -> str:
    """Telegram HTML (parse_mode=HTML): everything escaped except our own tags.

    The text is escaped whole first, then its markup made tags: escaping touches only
    & < > " ', none of which the markup is made of or a token can begin or end at, so the
    tokens found and their parts are the same, escaped. A token begins with \\, [ or *: only
    where one of those stands is the pattern tried (`str.find`, where the pattern's own scan
    walked every character: a topic's answer 68 -> 39 µs; docs/performance.md, change 81)."""
    escaped = html.escape(text)
    find = escaped.find
    slash, bracket, star = find("\\"), find("["), find("*")
    if slash < 0 and bracket < 0 and star < 0:
        return escaped  # (no markup: most lines of an answer)
    out: list[str] = []
    done = at = 0  # what is written out; where the next token may begin
    while True:
        if 0 <= slash < at:
            slash = find("\\", at)
        if 0 <= bracket < at:
            bracket = find("[", at)
        if 0 <= star < at:
            star = find("*", at)
        starts = [p for p in (slash, bracket, star) if p >= 0]
        if not starts:
            break
        start = min(starts)
        match = _TOKEN.match(escaped, start)
        if match is None:
            at = start + 1
            continue
        out.append(escaped[done:start])
        out.append(_html_token(match))
        done = at = match.end()
    out.append(escaped[done:])
    return "".join(out)


def _html_token(match: re.Match[str]) -> str:
    esc, url = match.group("esc", "url")
    if esc:
        return esc  # (one of \\ * [ ] ( ) _: the same escaped)
    if url is not None:
        return f'<a href="{url}">{_unescape(match.group("ltext"))}</a>'
    return f"<b>{_unescape(match.group('bold'))}</b>"


def to_plain(text: str, *, link_format: str = "{text} ({url})") -> str:
    """Plain text: bold dropped, links spelled out."""

    def render(match: re.Match[str]) -> str:
        if match.group("esc"):
            return match.group("esc")
        if match.group("url") is not None:
            label = _unescape(match.group("ltext"))
            url = match.group("url")
            return url if label == url else link_format.format(text=label, url=url)
        return _unescape(match.group("bold"))

    return _render(text, render, lambda s: s)


def _render(text: str, token: Callable[[re.Match[str]], str], plain: Callable[[str], str]) -> str:
    out: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        out.append(plain(text[pos : match.start()]))
        out.append(token(match))
        pos = match.end()
    out.append(plain(text[pos:]))
    return "".join(out)


def split(text: str, limit: int, measure: Measure = len) -> list[str]:
    """Cut markup text into pieces whose rendering (`measure`) fits `limit`.

    Pieces end at paragraph breaks where possible, else at line ends; a single line too long
    for one message is cut between words and loses its markup rather than break it. Markup
    never spans lines, so a piece's rendering is its lines' renderings joined by newlines:
    each line is measured once (a long answer used to be rendered again for every line).
    """
    if measure(text) <= limit:
        return [text.strip("\n")]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        length = measure(line)
        if current and size + 1 + length <= limit:
            current.append(line)
            size += 1 + length
            continue
        if not current and length <= limit:
            current, size = [line], length
            continue
        if current:
            chunks.append("\n".join(current))
        if length <= limit:
            current, size = [line], length
            continue
        current, size = [], 0
        for word_chunk in _split_words(to_plain(line), limit, measure):
            chunks.append(literal(word_chunk))
    if current and "\n".join(current).strip():
        chunks.append("\n".join(current))
    return [c.strip("\n") for c in _prefer_paragraphs(chunks, limit, measure)] or [""]


def _prefer_paragraphs(chunks: list[str], limit: int, measure: Measure) -> list[str]:
    """Move a trailing half-paragraph to the next chunk when that still fits."""
    out = list(chunks)
    for i in range(len(out) - 1):
        head, sep, tail = out[i].rpartition("\n\n")
        if sep and head.strip() and measure(f"{tail}\n{out[i + 1]}") <= limit:
            out[i], out[i + 1] = head, f"{tail}\n{out[i + 1]}"
    return out


def _split_words(line: str, limit: int, measure: Measure) -> list[str]:
    pieces: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if measure(literal(candidate)) <= limit:
            current = candidate
        else:
            if current:
                pieces.append(current)
            while measure(literal(word)) > limit:
                pieces.append(word[: limit // 2])
                word = word[limit // 2 :]
            current = word
    if current:
        pieces.append(current)
    return pieces
