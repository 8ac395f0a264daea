"""Other forms of a phrase, made when its table is read (words.py), so that a table lists a phrase
once and finds the ways it is said:

- **Said of someone else** (a table with `persons: true`: suicide.yaml): a Ukrainian, Russian or
  Polish verb said of oneself, or its infinitive, is also found in the third person, by its
  ending: «стрибну з мосту» / «стрибне з мосту», «кинусь» / «кинеться», «повіситися» /
  «повіситься», «прыгну» / «прыгнет», «повеситься» / «повесится», «skoczę z dachu» / «skoczy z
  dachu», «skończę ze sobą» / «skończy ze sobą», «rzucę się» / «rzuci się», «powieszę się» /
  «powiesi się» («муж сказал что повесится», «kolega pisze że skoczy z dachu»).
- **The verb last** (an entry starting with `~`): the same words with the first one moved to the
  end, as Ukrainian, Russian and Polish put it as often: «~ skończyć ze sobą» is also «ze sobą
  skończyć», «~ підняв руку на мене» «руку на мене підняв», «~ не дают выходить» «выходить не
  дают» (a negation goes with its verb). Polish «się» stands before its verb as often as after:
  every Polish phrase with it is found both ways («powieszę się», «się powieszę»).

Forms, not stems: each is a whole word (a stem would find «повесить полку» for «повеситься»).
"""

from __future__ import annotations

# a verb's ending said of oneself (or its infinitive) and the third person's, as an entry is
# written (Polish letters kept: «ę» is the first person's); the longest first
_THIRD = {
    "uk": (("нуся", "неться"), ("нусь", "неться"), ("тися", "ться"), ("ну", "не")),
    "ru": (("нусь", "нется"), ("ться", "тся"), ("ну", "нет")),
    "pl": (("ję", "je"), ("czę", "czy"), ("szę", "si"), ("rzę", "rzy"), ("żę", "ży"), ("ę", "i")),
}
_SHORTEST = 5  # («одну», «się», «mnę»: not verbs)
_NEGATIONS = ("не", "ne", "nie")
_REFLEXIVE = ("się", "sie")


def _third(word: str, lang: str) -> str:
    for ending, third in _THIRD.get(lang, ()):
        if len(word) >= _SHORTEST and word.endswith(ending):
            return word[: -len(ending)] + third
    return word


def variants(entry: str, lang: str, *, persons: bool = False) -> list[str]:
    """`entry` (its choices expanded) and its other forms: the verb last (`~`), Polish «się»
    before its verb, the third person (`persons`)."""
    said, bar, unless = entry.partition("|")
    said = said.strip()
    end = "$" if said.endswith("$") else ""
    words = said.rstrip("$").split()
    found = [words]
    if words and words[0] == "~":
        words = words[1:]
        first = 2 if len(words) > 2 and words[0] in _NEGATIONS else 1  # («не дают»: one verb)
        found = [words, [*words[first:], *words[:first]]]
    if lang == "pl":  # «powieszę się» is «się powieszę» too («brat mówi, że się powiesi»)
        found += [_reflexive_first(one) for one in found if _reflexive_first(one) != one]
    if persons:
        found += [third for one in found if (third := [_third(w, lang) for w in one]) != one]
    return [" ".join(one) + end + (f" {bar}{unless}".rstrip() if bar else "") for one in found]


def _reflexive_first(words: list[str]) -> list[str]:
    at = next((i for i, word in enumerate(words) if i and word in _REFLEXIVE), None)
    if at is None:
        return words
    return [*words[: at - 1], words[at], words[at - 1], *words[at + 1 :]]
