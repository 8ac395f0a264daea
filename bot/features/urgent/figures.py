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
- **Last year, a case closed**: «в минулому році мене обікрали, справа закрита», «w zeszłym roku
  mnie okradli» (a crime or a fire).
- **An ordinary threat**: threatened with a dismissal, a fine, a court («роботодавець погрожує
  звільненням», «угрожают штрафом», «employer threatens to fire me», «szef grozi zwolnieniem»),
  an eviction («погрожує виселенням», «threatens to evict me»), no word of killing or harm in
  the sentence (`_mundane`); not a deportation.
- **A fire drill**: a fire's words beside a drill, a test of the alarm, an inspection.
- **A neighbour's cigarettes**: smoke (no flames, nothing black or burning) beside cigarettes
  («my flat smells of smoke from the neighbour's cigarettes»: `_smoked`).
Never thoughts of suicide or a missing person: those get their lines whatever is said around
them («хоть вешайся лол» does too; a joke costs a glance at a line), but for «no strength left»
alone in a sentence that names the queue or the bureaucracy that wore one out («втомилась від цієї
бюрократії, сил вже немає»: `_weary`), and a farewell letter to colleagues («пишу прощальний
лист колегам»: `_leaving_work`). A medical emergency only
when it is a heart attack or a stroke «nearly» had, or one had before («мало не отримала
інфаркт» from a bill, «муж в больнице после инфаркта», «nearly had a heart attack lol»:
`_nearly`).
"""

from __future__ import annotations

from bot.features.urgent import everyday
from bot.features.urgent.reading import Words

# (each word as reading.read leaves it: lower case, no apostrophe, Polish letters unmarked)
_KILLING = ("вб", "уб", "kill", "zabi", "dobij", "добив", "добива")
_CHOKING = ("душ", "задуш", "dusi", "udusi", "strangl")  # («меня душит эта бюрократия»: safety11)
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
# the words of «no strength left» (suicide.yaml's «сил немає$», «нет сил$», «nie mam siły$»)
_NO_STRENGTH = frozenset(
    (
        "сил немає нема не має маю більше вже уже нет нету больше осталось "
        + "sil sily nie mam brak mi juz"
    ).split()
)
# a farewell said to colleagues at leaving a job (`_leaving_work`)
_FAREWELL = ("прощальн", "pozegnaln", "farewell", "goodbye")
# (to whom: not the job lost, which is no reason to miss a farewell)
_AT_WORK = (
    *("колег", "коллег", "колектив", "коллектив", "співробітн", "сотрудник"),
    *("colleague", "coworker", "co-worker", "team"),
    *("koleg", "kolez", "wspolpracown", "zespol"),
)
# a drill, a test of the alarm, an inspection: a fire's words that are no fire
_DRILLS = (
    *("drill", "учения", "cwiczen", "probn", "тренув", "тренир"),
    *("test", "тест", "перевірк", "проверк", "inspect"),
)
_SMOKES = ("дим", "дым", "smok", "dym")
_CIGARETTES = (
    *("сигарет", "цигарк", "цигарок", "курить", "курять", "курит", "курят", "кальян"),
    *("cigarett", "smoker", "smokes", "vape", "vaping", "shisha", "papieros", "pali papier"),
)
_ALARMING = (  # smoke that is no cigarette's: black, thick, pouring, a smell of burning
    *("чорн", "черн", "black", "czarn", "густ", "thick", "gest", "валить", "валит", "pouring"),
    *("пален", "горіл", "горел", "гар", "burning", "burnt", "spalenizn", "swad"),
)
_DEADLINES = ("термін", "строк", "срок", "дедлайн", "deadline", "termin")
_STORIES = ("фільм", "фильм", "кіно", "кино", "серіал", "сериал", "movie", "film", "serial")
_UNITS = ("рок", "рік", "лет", "year", "lat", "rok", "month", "місяц", "месяц", "miesi")
_YEARS = frozenset({"год", "года", "году", "році"})  # (not «годин», hours)
_AGO = frozenset({"тому", "назад", "ago", "temu"})
_LONG_AGO = frozenset({"давно", "колись", "когда-то", "dawno", "kiedys", "давним"})
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
    "бивш",  # (ы is read as и)
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


# a heart attack or a stroke «nearly» had, or had before (`_nearly`)
_SEIZED = ("інфаркт", "инфаркт", "heart", "zawal", "інсульт", "инсульт", "stroke", "udar")
_NEARLY = frozenset(
    {"мало", "ледь", "ледве", "трохи", "чуть", "едва", "nearly", "almost", "prawie", "omal"}
)
_AFTER = frozenset({"після", "после", "after", "po"})  # (right before it: «после инфаркта»)
_LAST = ("минул", "прошл", "last", "zeszl", "ubiegl", "poprzedni")
_SETTLED = (("справ", "дело", "sprawa", "case"), ("закрит", "закрил", "закрыт", "закрыл", "closed"))
_SETTLED_PL = ("umorz", "zamkniet", "zakonczon")
# threatened with what a threat of harm is not (`_mundane`): a dismissal, a fine, a court, an
# eviction (safety9: «мені погрожують виселенням» is housing's, no lines; not a deportation)
_MUNDANE = (
    *("звільн", "увольн", "уволь", "штраф", "суд", "позов", "иск"),
    *("fire", "fired", "sack", "dismiss", "fine", "sue", "court"),
    *("zwolni", "kar", "mandat", "sad", "pozw"),
    # safety10: a dismissal's infinitive, not paying, things thrown out («угрожает уволить»,
    # «погрожує не заплатити», «threatens to throw my stuff out», «grozi że wyrzuci rzeczy»)
    *("увол", "заплат", "виплат", "выплат", "pay", "zaplac", "wyplac", "placi"),
    *("викин", "выкин", "выброс", "викид", "throw", "wyrzuc"),
    *("висел", "высел", "evict", "eksmi"),
    # safety5: the police called, a deposit kept («погрожує викликати поліцію через шум»,
    # «threatens to keep my deposit», «grozi, że nie odda kaucji»)
    *("виклик", "поліц", "вызв", "полиц", "police", "policj", "wezw"),
    *("депозит", "застав", "залог", "deposit", "kaucj"),
)
# the verbs of a mundane threat before what it is about: to keep, not to give back
_KEEPING = frozenset(
    (
        "keep my his her our the not nie odda oddac zwroci zwrocic "
        + "не поверне повернути віддасть вернет"
    ).split()
)
_THREAT = ("погрож", "угрож", "threat", "groz", "strasz")
_BETWEEN = frozenset(
    "to me us with мені мене мне меня нам нас тебе тобі mi mnie nam nas ci cie ze że що что".split()
)


def _nearly(message: Words, positions: list[int]) -> bool:
    said = [message.words[at] for at in positions]
    if not any(word.startswith(_SEIZED) for word in said):
        return False
    before = [w for w in message.words[max(0, positions[0] - 3) : positions[0]]]
    if not _NEARLY.isdisjoint(before):
        return True
    before = [w for w in before if w not in ("a", "an", "the", "his", "her", "my")]
    return bool(before) and before[-1] in _AFTER


def _mundane(message: Words, positions: list[int], words: list[str]) -> bool:
    if not any(message.words[at].startswith(_THREAT) for at in positions):
        return False
    if any(w.startswith(_KILLING) or w.startswith(_HARM) for w in words):
        return False
    if everyday.owed(words):  # (collectors, a bank, a loan: everyday.py)
        return True
    after = [w for w in message.words[positions[-1] + 1 : positions[-1] + 5] if w not in _BETWEEN]
    while after[1:] and after[0] in _KEEPING:  # («to keep my deposit», «nie odda kaucji»)
        after = after[1:]
    return bool(after) and after[0].startswith(_MUNDANE)


_HARM = (
    *("покаліч", "покалеч", "hurt", "kill", "stab", "burn", "спал", "сожж", "skrzywdz", "pobi"),
    *("изби", "избь", "побить", "побьет", "побьют", "побити", "побє", "побють", "beat"),
    *("перелам", "перелом", "слома", "polam", "break"),
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
    if kind == "medical.yaml":
        around = _sentence(message, positions)
        return _nearly(message, positions) or everyday.medical(message, around, positions)
    if kind == "suicide.yaml":
        return _weary(message, positions) or _leaving_work(message, positions)
    if kind == "missing.yaml":  # (but for someone «gone» into a screen day after day)
        return everyday.gone_into(message, _sentence(message, positions), positions)
    around = _sentence(message, positions)
    words = [message.words[at] for at in around]
    said = [message.words[at] for at in positions]
    if any(word.startswith(_STORIES) for word in words):
        return True
    if kind == "threat.yaml" and _mundane(message, positions, words):
        return True
    if kind == "words.yaml" and everyday.violence(message, around, positions):
        return True
    if kind in ("crime.yaml", "fire.yaml") and _long_ago(words):
        return True
    if kind == "crime.yaml" and everyday.robbed(message, around, positions):
        return True
    if kind == "fire.yaml" and any(word.startswith(_DRILLS) for word in words):
        return True
    if kind == "fire.yaml" and _smoked(said, words):
        return True
    if any(word.startswith(_BURNING) for word in said) and any(
        word.startswith(_DEADLINES) for word in words
    ):
        return True
    if not any(word.startswith(_KILLING + _CHOKING) for word in said):
        return False
    if any(word.startswith(_THINGS) for word in words):
        return True
    laughs = any(message.laughs[at] for at in around) or not _LAUGHS.isdisjoint(words)
    return laughs and _PERSONS.isdisjoint(words) and not any(w.startswith(_HARMING) for w in words)


def _weary(message: Words, positions: list[int]) -> bool:
    """«No strength left» and nothing else of suicide, in a sentence that names what wears one
    out (a queue, the bureaucracy, the office): «я так втомилась від цієї бюрократії, сил вже
    немає», «устала от этой очереди, сил моих больше нет»."""
    if not all(message.words[at] in _NO_STRENGTH for at in positions):
        return False
    around = _sentence(message, positions)
    return any(message.words[at].startswith(_THINGS) for at in around)


def _leaving_work(message: Words, positions: list[int]) -> bool:
    """A farewell letter or message (suicide.yaml's «прощальний лист») in a sentence that names
    colleagues: «пишу прощальний лист колегам, звільняюсь» (its cues still count: cues.py)."""
    if not any(message.words[at].startswith(_FAREWELL) for at in positions):
        return False
    return any(message.words[at].startswith(_AT_WORK) for at in _sentence(message, positions))


def _smoked(said: list[str], words: list[str]) -> bool:
    """Smoke said (not flames nor burning) in a sentence of cigarettes: «my flat smells of smoke
    from the neighbour's cigarettes», «сусід курить, дим іде до нас»; «fell asleep with a
    cigarette and the flat is on fire», or black smoke and a smell of burning, is a fire."""
    if any(word.startswith(_BURNING) or word in ("fire", "flames") for word in said):
        return False
    if any(word.startswith(_ALARMING) for word in words):
        return False
    return any(word.startswith(_SMOKES) for word in said) and any(
        word.startswith(_CIGARETTES) for word in words
    )


def _long_ago(words: list[str]) -> bool:
    if not _LONG_AGO.isdisjoint(words):
        return True
    if any(w.startswith(_SETTLED_PL) for w in words) or all(
        any(w.startswith(stems) for w in words) for stems in _SETTLED
    ):
        return True  # «справа закрита», «the case is closed», «sprawa umorzona»
    if any(
        word.startswith(_LAST)
        and any(w in _YEARS or w.startswith(_UNITS) for w in words[at + 1 : at + 3])
        for at, word in enumerate(words)
    ):
        return True  # «минулого року», «в прошлом году», «last year», «w zeszłym roku»
    return any(
        word in _AGO
        and any(w in _YEARS or w.startswith(_UNITS) for w in words[max(0, at - 3) : at])
        for at, word in enumerate(words)
    )
