"""Other forms of a phrase, made when its table is read (words.py), so that a table lists a phrase
once and finds the ways it is said:

- **Said of someone else** (a table with `persons: true`: suicide.yaml): a Ukrainian, Russian or
  Polish verb said of oneself, or its infinitive, is also found in the third person, by its
  ending: «стрибну з мосту» / «стрибне з мосту», «кинусь» / «кинеться», «повіситися» /
  «повіситься», «прыгну» / «прыгнет», «повеситься» / «повесится», «skoczę z dachu» / «skoczy z
  dachu», «skończę ze sobą» / «skończy ze sobą», «rzucę się» / «rzuci się» («муж сказал что
  повесится», «kolega pisze że skoczy z dachu»).
- **The verb last** (an entry starting with `~`): the same words with the first one moved to the
  end, as Ukrainian, Russian and Polish put it as often: «~ skończyć ze sobą» is also «ze sobą
  skończyć», «~ підняв руку на мене» «руку на мене підняв», «~ не дают выходить» «выходить не
  дают» (a negation goes with its verb).

Forms, not stems: each is a whole word (a stem would find «повесить полку» for «повеситься»).
"""

from __future__ import annotations

# a verb's ending said of oneself (or its infinitive) and the third person's, as an entry is
# written (Polish letters kept: «ę» is the first person's); the longest first
_THIRD = {
    "uk": (("нуся", "неться"), ("нусь", "неться"), ("тися", "ться"), ("ну", "не")),
    "ru": (("нусь", "нется"), ("ться", "тся"), ("ну", "нет")),
    "pl": (("ję", "je"), ("czę", "czy"), ("szę", "szy"), ("rzę", "rzy"), ("żę", "ży"), ("ę", "i")),
}
_SHORTEST = 5  # («одну», «się», «mnę»: not verbs)
_NEGATIONS = ("не", "ne", "nie")


def _third(word: str, lang: str) -> str:
    for ending, third in _THIRD.get(lang, ()):
        if len(word) >= _SHORTEST and word.endswith(ending):
            return word[: -len(ending)] + third
    return word


def variants(entry: str, lang: str, *, persons: bool = False) -> list[str]:
    """`entry` (its choices expanded) and its other forms: the verb last (`~`), the third person
    (`persons`)."""
    said, bar, unless = entry.partition("|")
    said = said.strip()
    found = [said]
    if said.startswith("~"):
        words = said[1:].split()
        end = "$" if words and words[-1].endswith("$") else ""
        words[-1] = words[-1].rstrip("$")
        first = 2 if len(words) > 2 and words[0] in _NEGATIONS else 1  # («не дают»: one verb)
        turned = [*words[first:], *words[:first]]
        found = [" ".join(words) + end, " ".join(turned) + end]
    if persons:
        for one in list(found):
            third = " ".join(_third(word, lang) for word in one.split())
            if third != one:
                found.append(third)
    return [f"{one} {bar}{unless}".rstrip() if bar else one for one in found]
