"""Which danger a message speaks of, and the lines that fit it.

Each kind has its phrases (words.py: suicide.yaml, missing.yaml, fire.yaml, gas.yaml, words.yaml for
violence, exploitation.yaml, threat.yaml, crime.yaml) and its text in the locales
(callback.yaml): thoughts of suicide get the crisis lines first (116 123, 116 111), never «robbed
or attacked?»; a missing person 112 at once and 116 000; a fire «get out», 112 or 998; a smell
of gas (gas.yaml) no switches or flame, «get out», 112 or 992 from outside; forced labour
(«locked in», «не відпускають з гуртожитку») 112 and KCIK, with the part of «Reporting a
crime» on it under them (`shown`); a crime the police first; violence and fear the whole block
(`urgent_help`: 112, the police, Niebieska Linia, 116 123, 116 111). A message of several kinds
gets the texts of a missing person, a fire, gas and forced labour, then one text for the rest (the
whole block for two or more, fear counting only alone). Whatever the kind, the person is marked:
their next callback request is urgent.

A message that says nothing but danger («мені страшно», «мне угрожают», with «please», «I», a cry
for help around it: `alone`), or speaks of a missing person, a fire or a break-in under way
(break_in.yaml), is answered by the lines alone (`whole`), with the way to a person and the
kind's topic a tap away: no topic is guessed from fear («мені страшно» is not domestic
violence), nor from the flat that is burning. Fear,
violence or a crime said beside a matter («мені погрожують депортацією», «my employer took my
passport…, I am scared») leaves the matter to be asked about (`matter_beside`): the answer the
search is sure of under the lines, or its candidates offered; never beside thoughts of suicide.
"""

from __future__ import annotations

from bot.features.urgent import cues, words
from bot.features.urgent.cries import around

KINDS = {
    words.SUICIDE: "suicide",
    words.MISSING: "missing",
    words.FIRE: "fire",
    words.GAS: "gas",
    words.VIOLENCE: "violence",
    words.EXPLOITATION: "exploitation",
    words.THREAT: "threat",
    words.CRIME: "crime",
}
# the text of each kind (bot/content/locales/<lang>/callback.yaml)
TEXTS = {
    "suicide": "urgent_suicide",
    "missing": "urgent_missing",
    "fire": "urgent_fire",
    "gas": "urgent_gas",
    "violence": "urgent_help",
    "exploitation": "urgent_exploitation",
    "threat": "urgent_help",
    "crime": "urgent_crime",
}
GENERAL = "urgent_help"  # for several kinds at once, and where none is known (a form's start)
FIRST = ("missing", "fire", "gas")  # said before the rest, each its own text
OWN = (*FIRST, "exploitation")  # ... and the lines of forced labour, beside another kind's
# the topic a tap away under the lines of a message that says nothing else (none for fear)
TOPICS = {
    "suicide": "psychological_help",
    "violence": "domestic_violence",
    "crime": "crime_report",
    "exploitation": "crime_report",
    "fire": "emergency_numbers",
    "gas": "emergency_numbers",
    "missing": "emergency_numbers",
}


# the topic whose part the message asks about is shown under these kinds' lines, whatever the
# search makes of it («my boss locks us in the hostel and takes our passports»: «Reporting a
# crime», at forced labour or human trafficking; the whole answer a tap away)
SHOWN = {"exploitation": "crime_report"}


# the kinds whose lines leave a matter said beside them to be offered (not suicide: «не хочу
# більше жити» is not about 800+ or housing)
MATTER_BESIDE = ("violence", "threat", "crime")


def kinds(text: str) -> list[str]:
    """The kinds of danger `text` speaks of, in words.DANGER's order; [] for none. Blows beside a
    robbery, said of nobody close («двоє побили мене і забрали гаманець», «two guys beat me up
    and took my wallet»), are the crime's alone: the police first, not the block of domestic
    violence (safety11)."""
    found = [KINDS[name] for name in words.kinds(text)] if text else []
    beaten = "violence" in found and "crime" in found and cues.says(text, "crime", "beaten")
    if beaten and not cues.says(text, "violence", "close"):
        found.remove("violence")
    return found


def keys(found: list[str]) -> list[str]:
    """The texts (locale keys) for these kinds, in the order they are shown."""
    first = [kind for kind in found if kind in OWN]
    rest = [kind for kind in found if kind not in OWN]
    if len(rest) > 1 and "threat" in rest:  # «мені страшно» beside what frightens
        rest.remove("threat")
    shown = [TEXTS[kind] for kind in first]
    if len(rest) == 1:
        shown.append(TEXTS[rest[0]])
    elif rest:
        shown.append(GENERAL)
    return shown or [GENERAL]


def topic(found: list[str]) -> str | None:
    """The topic offered under the lines of these kinds (the first kind's that has one)."""
    return next((TOPICS[kind] for kind in found if kind in TOPICS), None)


def shown(found: list[str]) -> str | None:
    """The topic shown under the lines of these kinds (`SHOWN`), if any."""
    return next((SHOWN[kind] for kind in found if kind in SHOWN), None)


def whole(text: str, found: list[str] | None = None) -> bool:
    """Whether the lines are the whole answer to `text` (of these kinds, if known): it says
    nothing but danger (`alone`), or speaks of a missing person, a fire or a break-in under way
    (break_in.yaml), whose lines say all there is to do now (a topic found beside them would be
    a guess: «горит квартира у соседей» asks nothing about renting; nor is the matter said
    beside «someone is trying to break into my flat» offered)."""
    found = kinds(text) if found is None else found
    if "crime" in found and words.detect(text, words.BREAK_IN):
        return True
    return any(kind in FIRST for kind in found) or alone(text, found)


def alone(text: str, found: list[str] | None = None) -> bool:
    """Whether `text` says nothing but danger: its kinds' phrases, particles, a cry for help,
    «please», «I», «me» («мені страшно», «допоможіть, мне угрожают»); not «мне угрожает бывший
    муж», whose words are a question for the search."""
    found = kinds(text) if found is None else found
    tables = [name for name, kind in KINDS.items() if kind in found]
    return bool(tables) and not words.beside(text, tables) - around()


def matter_beside(text: str, found: list[str] | None = None) -> bool:
    """Whether `text` speaks of fear, violence or a crime beside a matter of its own («мені
    погрожують депортацією», «chcą mnie deportować, boję się»): its candidates are offered under
    the lines when no answer is sure (not for thoughts of suicide, nor for the lines alone)."""
    found = kinds(text) if found is None else found
    return bool(found) and set(found) <= set(MATTER_BESIDE) and not whole(text, found)


def matter(text: str) -> str:
    """What to search for the matter said beside a threat: `text` without the threat's words.
    «начальник забрал паспорт и угрожает» asks about the passport; with «угрожает» searched,
    the threats of domestic violence's examples («партнер угрожает и забрал паспорт») came
    first. Other kinds keep their words: «муж бьет» is the matter; so do thoughts of suicide,
    whose words lead the search to psychological help (what is left of «не хочу жить, все
    надоело» found vocational courses). A threat of the law, no danger («мені погрожують
    виселенням з квартири»: figures.py), is searched without its threat's words too."""
    found = kinds(text)
    if not found and words.said_as_figure(text, words.THREAT):  # (a threat of eviction)
        return words.outside(text, words.THREAT, plain=True)
    if found != ["threat"] or not matter_beside(text, found):
        return text
    return words.outside(text, words.THREAT)
