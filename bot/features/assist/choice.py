"""A help request's `choice` field typed instead of tapped: an option by its key, its number or
its label in any language, or by the words of one option's label («зрозуміти лист» for
«Зрозуміти лист з установи»), or a text that has every word of one («свідоцтво про
народження дитини» for «Свідоцтво про народження»), or a place of the kind one option names
(«в налоговую» for «В учреждение»: place_kinds.py). Where the field has an «Other» option,
free text is its answer only after «Other» was pressed, or when the person confirms it (a
button «✅ Yes, save “…”»): a lone number, «назад» or text without letters is never an answer.
What was typed beside an option's label («свидетельство о рождении **сына, для школы**») goes
to staff as the person's note (`rest_kept`), as the words after a date do.
"""

from __future__ import annotations

import os
import re

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.words import words
from bot.features.assist import parse, place_kinds
from bot.features.assist.draft import draft
from bot.features.assist.parse import Invalid
from bot.settings.catalogue import FormField

OTHER = "other"  # a choice's option whose answer is typed («Which office? — Other: ...»)
TYPED = "typed"  # assist:pick:<field>:typed saves the free text the person confirmed
BUTTON_TEXT = 30  # characters of the typed text on the confirming button
_NOT = frozenset(("не", "ні", "нет", "not", "nie", "no"))  # a label named, and said it is not
# what an office named is typed after («в зус», «to the tax office», «do zusu»), folded
_BEFORE = frozenset(words("в во у до к ко на to the a an at into in w we do na"))
_UPPER = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]{2,5}\b")  # «ZUS», «NFZ», «PUP» in a label
_CYRILLIC = "абвгдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ"
_LATIN_OF = [
    "a", "b", "v", "g", "d", "e", "je", "z", "z", "i", "i", "i", "j", "k", "l", "m", "n", "o",
    "p", "r", "s", "t", "u", "f", "h", "c", "cz", "sz", "szcz", "", "ju", "ja", "y", "e", "e", "",
]  # fmt: skip
_LATIN = str.maketrans(dict(zip(_CYRILLIC, _LATIN_OF, strict=True)))


def has_other(field: FormField) -> bool:
    return any(key == OTHER for key, _ in field.options)


def matched(field: FormField, text: str) -> str | None:
    """The option `text` names: its key, its number, its label in any language, or the words
    of one option's label only; read as typed, then without a leading preposition («в зус»,
    «do zusu», «to the tax office»), then in Latin letters («зус»: ZUS), an abbreviation of a
    label in any form («zusu», «зуса»: ZUS)."""
    for reading in _readings(text):
        key = _exact(field, reading) or _near(field, reading) or _abbreviation(field, reading)
        if key is not None:
            return key
    return place_kinds.option(field, text)  # «в налоговую» at «An office / The doctor»


def _exact(field: FormField, text: str) -> str | None:
    wanted = text.casefold()
    for number, (key, labels) in enumerate(field.options, start=1):
        if wanted in (key.casefold(), str(number)) or wanted in (
            label.casefold() for label in labels.values.values()
        ):
            return key
    return None


def _readings(text: str) -> list[str]:
    """`text`, without the prepositions and articles it begins with, and that in Latin letters
    (each once, in that order)."""
    said = words(text)
    at = 0
    while at < len(said) - 1 and said[at] in _BEFORE:
        at += 1
    bare = " ".join(said[at:])
    latin = bare.translate(_LATIN)
    return list(dict.fromkeys(r for r in (text, bare, latin) if r))


def _abbreviation(field: FormField, text: str) -> str | None:
    """The one option whose label has an abbreviation («ZUS», «NFZ») typed alone, in any
    case or form («zusu», «zusie»: two letters more at most)."""
    said = words(text)
    if len(said) != 1:
        return None
    typed = said[0]
    found = {
        key
        for key, labels in field.options
        for label in labels.values.values()
        for short in _UPPER.findall(label)
        if typed.startswith(short.casefold()) and len(typed) - len(short) <= 2
    }
    return found.pop() if len(found) == 1 else None


def _near(field: FormField, text: str) -> str | None:
    """The one option whose label (in any language) has every word typed, each whole, begun
    (four letters or more) or in another form: «зрозуміти лист», «pismo», «dyplomu»."""
    typed = [w for w in words(text) if not w.isdigit()]
    if not typed or len(typed) != len(words(text)):
        return None
    found = {
        key
        for key, labels in field.options
        for label in labels.values.values()
        if all(any(same(t, w) for w in words(label)) for t in typed)
    }
    if len(found) == 1:
        return found.pop()
    return None if found else _within(field, typed)


def _within(field: FormField, typed: list[str]) -> str | None:
    """The one option (not «Other») whose label has each of its words in the text typed, in
    any form (`same`): «свідоцтво про народження дитини», «akt urodzenia syna» for «Akt
    urodzenia»; a label of several (a comma between: «Диплом, атестат») by any of them. Not
    in a text that says no («не свідоцтво про народження, а диплом»)."""
    if any(t in _NOT for t in typed):
        return None
    found = {
        key
        for key, labels in field.options
        if key != OTHER
        for label in labels.values.values()
        for part in label.split(",")
        if (said := [w for w in words(part) if len(w) > 2])
        and all(any(same(t, w) for t in typed) for w in said)
    }
    return found.pop() if len(found) == 1 else None


def same(typed: str, word: str) -> bool:
    """A word of a label typed: whole, begun, or in another form (its last two letters
    changed: «dyplomu» for «dyplom», «заяву» for «заява»)."""
    if typed == word or (len(typed) >= 4 and word.startswith(typed)):
        return True
    common = len(os.path.commonprefix([typed, word]))
    return min(len(typed), len(word)) >= 5 and common >= max(len(typed), len(word)) - 2


def read(turn: Turn, field: FormField, text: str) -> str:
    """The option typed, or (after «Other» was pressed) the free text: Invalid otherwise,
    `as_other_offer` where the text may be the «Other» answer, to be confirmed."""
    key = matched(field, text)
    if key is not None:
        return key
    if not has_other(field) or not any(ch.isalpha() for ch in text):
        raise Invalid("as_use_buttons")  # «9», «0», «...»: no button and no answer
    current = draft(turn)
    if current.other_at == current.at:
        return parse.parse_text(text)
    current.typed_other = parse.parse_text(text)
    raise Invalid("as_other_offer", typed=markup.literal(text), other=other_label(turn, field))


def other_label(turn: Turn, field: FormField) -> str:
    label = dict(field.options)[OTHER]
    return markup.literal(label.get(turn.lang))


def save_button(turn: Turn) -> list[Button]:
    """The button that saves the text typed as the «Other» answer (`as_other_offer`)."""
    current = draft(turn)
    typed = markup.shortened(current.typed_other or "", BUTTON_TEXT)
    label = turn.t("as_btn_other_save", typed=typed)
    return [Button(label, f"assist:pick:{current.at}:{TYPED}")]


_TOKEN = re.compile(r"\w+")


def rest(field: FormField, key: str, text: str) -> str | None:
    """The words typed before or after option `key`'s label («сына, для школы» after
    «свидетельство о рождении»), as typed; None when the text is the label (perhaps with a
    preposition or a polite word), or the option is «Other»."""
    labels = dict(field.options).get(key)
    if labels is None or key == OTHER:
        return None
    said = {w for label in labels.values.values() for w in words(label)}
    said -= _BEFORE  # («в» of «В учреждение» is no sign the label was typed: «в налоговую»)
    spans = [m.span() for m in _TOKEN.finditer(text) if _of_label(m.group(), said)]
    if not spans:  # a place of the option's kind («Urząd Skarbowy, ul. Kościuszki 2»): all of it
        whole = " ".join(text.split()).strip(" ,;:.!")
        return whole if whole and place_kinds.option(field, text) == key else None
    left, right = text[: spans[0][0]], text[spans[-1][1] :]
    parts = (" ".join(part.split()).strip(" ,;:.!—-–") for part in (left, right))
    found = ", ".join(part for part in parts if part)
    meant = [w for w in words(found) if w not in parse.POLITE]
    return found if any(len(w) >= 3 and w.isalpha() for w in meant) else None  # not «в», «2»


def _of_label(token: str, said: set[str]) -> bool:
    typed = words(token)
    return bool(typed) and any(t in said or any(same(t, w) for w in said) for t in typed)


def rest_kept(turn: Turn, field: FormField, key: str, text: str | None) -> list[Reply]:
    """The rest of a message that named an option goes to staff as the person's note (shown on
    the summary and the card), and the person is told (`as_rest_kept`)."""
    found = rest(field, key, text or "") if field.type == "choice" else None
    current = draft(turn)
    if found is None or found in (current.phone_note or ""):
        return []
    current.phone_note = " · ".join(filter(None, [current.phone_note, found]))
    return [Reply(turn.t("as_rest_kept", note=markup.literal(found)))]
