"""A theft just now: a crime's lines (crime.yaml's kind) for «у меня украли сумку в автобусе
только что», «someone just stole my wallet», «ukradli mi portfel przed chwilą», wherever in the
clause the theft and the moment stand (words.py asks `just` of a message crime.yaml's phrases do
not find).

A theft alone is a question of documents («у меня украли паспорт, что делать», «my residence card
was stolen»: the content's «Reporting a crime», with no help lines); said to have happened a
moment ago it is a crime to report to the police now.
"""

from __future__ import annotations

from bot.features.urgent.reading import Words

# the theft (word starts, as reading.read leaves them: no apostrophe, no Polish marks)
_STOLEN = (
    "вкрал",
    "вкрав",
    "украл",
    "поцупил",
    "поцупив",
    "витягл",
    "витяг",
    "витащил",  # (ы is read as и: reading.py)
    "стащил",
    "stole",
    "snatched",
    "pickpocket",
    "ukradl",
    "ukradzion",
    "ukradziono",
    "okradl",
    "wyrwal",
    # recall2 (danger48): torn from the hand («вирвали сумку», «выхватил телефон»), and in Latin
    # letters («shchojno vkraly gamanets», «tolko chto ukrali telefon»)
    "вирвал",
    "вирвав",
    "вихопил",
    "вихопив",
    "вихватил",
    "grabbed",
    "vkral",
    "vkrav",
    "ukral",
    "ukrav",
    "vyrval",
    "virval",
    "vytashchil",
    "vitashchil",
    "vytiahl",
    "vytyahl",
    # safety5 (danger50): pulled out of a pocket in Polish («właśnie ktoś wyciągnął mi portfel»)
    "wyciagn",
)
# a moment ago: two words («только что», «przed chwilą», «dopiero co», «just now») or one
_MOMENT = frozenset(
    {
        ("только", "что"),
        ("тільки", "що"),
        ("przed", "chwila"),
        ("przed", "minuta"),
        ("dopiero", "co"),
    }
    | {("tolko", "chto"), ("tolko", "cto"), ("tilky", "shcho"), ("tilki", "shcho")}
    | {("right", "now")}
    # safety5 (danger50): «прямо сейчас», «прямо зараз» (and in Latin letters)
    | {("прямо", "сейчас"), ("прямо", "зараз"), ("pryamo", "seychas"), ("priamo", "seichas")}
    | {("pryamo", "seichas"), ("priamo", "seychas"), ("pryamo", "zaraz")}
)
# minutes ago: a word of minutes, then «ago» within two words («хвилин 10 тому», «5 minutes ago»,
# «kilka minut temu», «минуту назад»)
_MINUTES = ("хвилин", "минут", "minut", "hvylyn", "khvylyn")
_AGO = frozenset({"тому", "назад", "ago", "temu", "tomu", "nazad"})
_JUST = frozenset(
    {"щойно", "тількищо", "тільки-що", "wlasnie", "shchojno", "shchoino", "shchoyno", "scojno"}
)


def just(message: Words) -> list[int]:
    """Where the words of a theft just now stand in `message` (its clause), or []."""
    words = message.words
    start = 0
    for end in range(len(words)):
        if not message.clause_end[end] and end < len(words) - 1:
            continue
        clause = range(start, end + 1)
        stolen = [at for at in clause if words[at].startswith(_STOLEN)]
        if stolen:
            moment = [at for at in clause if words[at] in _JUST] + [
                at for at in clause[:-1] if (words[at], words[at + 1]) in _MOMENT
            ]
            moment += [
                at
                for at in clause
                if words[at].startswith(_MINUTES) and not _AGO.isdisjoint(words[at + 1 : at + 3])
            ]
            # «just» right before it («someone just stole», «was just stolen»), or «just now»
            moment += [
                at
                for at in clause
                if words[at] == "just"
                and (at + 1 in stolen or (at + 1 < len(words) and words[at + 1] == "now"))
            ]
            if moment:
                return [*stolen, *moment]
        start = end + 1
    return []
