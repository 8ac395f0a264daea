"""When danger's words are a figure of speech, a story or the past (words.py asks `figure` of
every phrase a message says, in the sentence it stands in).

- **Killing, said of a thing or in jest**: «ця черга мене вб'є», «the deadline is killing me»,
  «эта очередь меня убьет 😂», «this queue is going to kill me lol», «ta kolejka mnie zabije»:
  a phrase of violence, threats or a crime with a word of killing in it, in a sentence that
  laughs (an emoji, «lol», «haha», «хаха») or names the thing (a queue, a deadline, the heat).
  Never «he will kill me 😅» said of a person only: a laugh alone is not enough where a person
  kills («чоловік», «he», «szef»).
- **Burning, said of a deadline**: «горить термін», «горят сроки», «pali mi się termin».
- **A film or a series**: «фільм про пожежу», «в сериале героиню похитили» (not suicide).
- **Long past**: a crime or a fire years or months ago, or «давно»: «год назад меня ограбили,
  все уже решилось», «dwa lata temu mnie okradli» (a crime an hour ago, or yesterday, is not).
Never thoughts of suicide, a missing person or a medical emergency: those get their lines
whatever is said around them («хоть вешайся лол» does too; a joke costs a glance at a line).
"""

from __future__ import annotations

from bot.features.urgent.reading import Words

# (each word as reading.read leaves it: lower case, no apostrophe, Polish letters unmarked)
_KILLING = ("вб", "уб", "kill", "zabi", "dobij", "добив", "добива")
_BURNING = ("гор", "пал", "burn", "plon", "pali", "пожеж", "пожар", "pozar", "fire")
_LAUGHS = frozenset(
    {"lol", "lmao", "haha", "hahaha", "хаха", "хахаха", "ахах", "ахаха", "хех", "xd", "jk"}
)
_THINGS = (  # what «kills» in a figure of speech (stems)
    "черг",
    "очеред",
    "queue",
    "kolej",
    "дедлайн",
    "deadline",
    "спек",
    "жар",
    "heat",
    "upal",
    "бюрократ",
    "bureaucra",
    "biurokrac",
    "іспит",
    "экзамен",
    "exam",
    "egzamin",
    "сесі",
    "сесси",
    "sesj",
    "ужонд",
    "urzad",
    "уряд",
    "папер",
    "бумаг",
    "paperwork",
    "papierolog",
    "форм",
)
_DEADLINES = ("термін", "строк", "срок", "дедлайн", "deadline", "termin")
_STORIES = ("фільм", "фильм", "кіно", "кино", "серіал", "сериал", "movie", "film", "serial")
_UNITS = ("рок", "рік", "лет", "year", "lat", "rok", "month", "місяц", "месяц", "miesi")
_YEARS = frozenset({"год", "года"})  # (not «годин», hours)
_AGO = frozenset({"тому", "назад", "ago", "temu"})
_LONG_AGO = frozenset({"давно", "колись", "когда-то", "dawno", "kiedys", "давным"})
_PERSONS = frozenset(
    {"він", "вона", "вони", "он", "она", "они", "he", "she", "they", "on", "ona", "oni"}
)
# who may harm (stems): «чоловік мене вб'є 😅» is no joke
_HARMING = (
    "чолов",
    "муж",
    "хлоп",
    "партн",
    "співмеш",
    "сожит",
    "колишн",
    "бывш",
    "сусід",
    "сосед",
    "вітчим",
    "отчим",
    "батьк",
    "отец",
    "husband",
    "boyfriend",
    "partner",
    "ex",
    "neighbo",
    "landlord",
    "father",
    "boss",
    "szef",
    "maz",
    "chlop",
    "sasiad",
    "ojc",
    "ojczym",
    "byly",
)


def _sentence(message: Words, positions: list[int]) -> range:
    start, end = positions[0], positions[-1]
    while start > 0 and not message.sentence_end[start - 1]:
        start -= 1
    while end < len(message.words) - 1 and not message.sentence_end[end]:
        end += 1
    return range(start, end + 1)


def figure(message: Words, positions: list[int], kind: str) -> bool:
    """Whether the phrase whose words stand at `positions` is a figure of speech, a story or
    long past (of `kind`, words.py's file name), and so no danger."""
    if kind in ("suicide.yaml", "missing.yaml", "medical.yaml"):
        return False
    around = _sentence(message, positions)
    words = [message.words[at] for at in around]
    said = [message.words[at] for at in positions]
    if any(word.startswith(_STORIES) for word in words):
        return True
    if kind in ("crime.yaml", "fire.yaml") and _long_ago(words):
        return True
    if any(word.startswith(_BURNING) for word in said) and any(
        word.startswith(_DEADLINES) for word in words
    ):
        return True
    if not any(word.startswith(_KILLING) for word in said):
        return False
    if any(word.startswith(_THINGS) for word in words):
        return True
    laughs = any(message.laughs[at] for at in around) or not _LAUGHS.isdisjoint(words)
    return laughs and _PERSONS.isdisjoint(words) and not any(w.startswith(_HARMING) for w in words)


def _long_ago(words: list[str]) -> bool:
    if not _LONG_AGO.isdisjoint(words):
        return True
    return any(
        word in _AGO
        and any(w in _YEARS or w.startswith(_UNITS) for w in words[max(0, at - 3) : at])
        for at, word in enumerate(words)
    )
