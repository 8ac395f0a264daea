"""A Polish town's name in Ukrainian or Russian letters, by the usual rules of rendering Polish
(«Nysa»: «Ниса», «Ныса»; «Krapkowice»: «Крапковіце», «Крапковице»; «Kędzierzyn-Koźle»:
«Кендзежин-Козьле»), for a town towns.yaml has no Ukrainian or Russian name for: the gate says
every town without an office in the same sentence, in the person's letters."""

from __future__ import annotations

import re

Said = str | tuple[str, str]
SOFT: dict[str, Said] = {
    "a": "я", "e": "е", "o": ("ьо", "ё"), "u": "ю", "ó": "ю", "ą": "ян", "ę": "ен"
}  # fmt: skip
PLAIN: dict[str, Said] = {
    "szcz": "щ", "sz": "ш", "cz": "ч", "ch": "х", "rz": "ж", "dż": "дж", "dź": "дзь", "dz": "дз",
    "a": "а", "b": "б", "c": "ц", "ć": "ць", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
    "i": ("і", "и"), "j": "й", "k": "к", "ł": "л", "m": "м", "n": "н", "ń": "нь", "o": "о",
    "ó": "у", "p": "п", "r": "р", "s": "с", "ś": "сь", "t": "т", "u": "у", "w": "в",
    "y": ("и", "ы"), "z": "з", "ź": "зь", "ż": "ж", "ą": "он", "ę": "ен",
}  # fmt: skip
IOTATED: dict[str, Said] = {"a": "я", "e": ("є", "е"), "u": "ю", "o": ("йо", "ё")}
VOWELS = set("aąeęioóuy")
TOKEN = re.compile("|".join(sorted(map(re.escape, PLAIN), key=len, reverse=True)))


def cyrillic(name: str, lang: str) -> str:
    """`name` in `lang`'s letters (uk or ru)."""
    return re.sub(r"[^\W\d_]+", lambda m: _word(m.group(), lang), name)


def _pick(said: Said, lang: str) -> str:
    return said if isinstance(said, str) else said[lang == "ru"]


def _word(word: str, lang: str) -> str:
    low, out, at = word.lower(), [], 0
    while at < len(low):
        letter = low[at]
        before = low[at - 1] if at else ""
        after = low[at + 1] if at + 1 < len(low) else ""
        if letter == "j" and after in IOTATED and (not before or before in VOWELS):
            out.append(_pick(IOTATED[after], lang))
            at += 2
            continue
        if letter == "i" and before and before not in VOWELS and after in SOFT:
            out.append(_pick(SOFT[after], lang))  # («Kielce»: the «i» softens, Кельце)
            at += 2
            continue
        if letter == "l":
            soft = after in SOFT or after == "i" or after == "" or after not in VOWELS
            out.append("л" if after in {"e", "i"} else "ль" if soft else "л")
            out[-1] = {"a": "л", "o": "л", "u": "л"}.get(after, out[-1])
            if after in {"a", "o", "u", "ó"}:
                out[-1] = "л" + _pick(SOFT[after], lang)
                at += 2
                continue
            at += 1
            continue
        match = TOKEN.match(low, at)
        if match is None:
            out.append(letter)
            at += 1
            continue
        said = _pick(PLAIN[match.group()], lang)
        if match.group() in {"ą", "ę"} and after in {"b", "p"}:
            said = said[0] + "м"
        if match.group() in {"i", "y"} and out and out[-1][-1:] in {"ж", "ш", "ч", "щ"}:
            said = "и"  # («Wieliczka»: Величка; «Żyrardów»: Жирардув)
        out.append(said)
        at = match.end()
    written = "".join(out)
    if lang == "uk" and written.endswith("цк"):  # («Płock»: Плоцьк, «Wąchock»: Вонхоцьк)
        written = written[:-1] + "ьк"
    return written[:1].upper() + written[1:] if word[:1].isupper() else written
