"""Danger's words said of everyday things (figures.py asks these beside its own figures; the
twenty-ninth session, fix-safety10: Russian look-alikes, and their Ukrainian, English and Polish
forms, that brought lines).

- **A medical word said of something else**: suffocating from the heat («задыхаюсь от жары в
  общаге», «duszę się od upału»); poisoning pests («как отравить тараканов», «how to poison
  cockroaches»); bleeding or the like that *was*, last week or longer ago («кровотечение было на
  прошлой неделе», «she had bleeding last week»); «не реагирует» said of a teacher, a landlord,
  an office that does not answer («учитель не реагирует», «właściciel nie reaguje na skargi»).
- **Beating asked about in general**: «бьют ли детей в польских садиках», «чи б'ють дітей у
  садочках», «czy w przedszkolach biją dzieci» (a question, nobody of the writer's named: no
  «me», no husband); children fighting each other («dzieci się biją»).
- **A threat over a loan**: collectors, a bank, a bailiff («мне угрожают коллекторы из-за
  кредита», «windykator mi grozi»), no harm said (figures.py's `_mundane` asks).
- **Beating in an idiom**: «муж бьёт рекорды по переработкам», «цены бьют по карману», «ціни
  б'ють по кишені» (safety11: records, the alarm, the pocket, the budget right after it).
- **Gone into a screen or work, day after day** (a missing person's «пропадає», «znika»): «сын
  целыми днями пропадает в компьютере», «syn całymi dniami znika przy komputerze» (safety11;
  «пропал», «zniknął», gone, is never so, nor «пропадає, телефон вимкнений»).
- **Robbed by the prices, a fee or an office** (the thirtieth session, fix-safety11): «мене
  пограбували в аптеці 😅 ціни жах», «банк ограбил меня комиссией», «okradli mnie w kantorze,
  kurs zdzierczy»: robbing said in a sentence that names prices, a fee or a tax, or laughs where
  a shop is named; a crime's words said of an office or a bank right beside them («за мной
  следит налоговая?»). Not «пограбували біля магазину, забрали сумку», «у ужонда меня
  ограбили», «у банкомата ограбили» (a place, not who did it).
"""

from __future__ import annotations

from bot.features.urgent.reading import Words

_CHOKING = ("задих", "задых", "dusz", "suffocat")
_HEAT = (
    *("спек", "жар", "духот", "душн", "кондиц", "кондиці"),
    *("heat", "hot", "stuffy", "upal", "duszn", "gorac", "klimatyz"),
)
_POISONING = ("отру", "отрав", "otru", "poison")
_PESTS = (
    *("тарган", "таракан", "клоп", "миш", "мыш", "щур", "крыс", "комах", "насеком", "мурах"),
    *("муравь", "cockroach", "roach", "bedbug", "bug", "rat", "mice", "mouse", "pest", "insect"),
    *("ants", "karalu", "plusk", "mysz", "szczur", "owad", "mrow", "prusak"),
)
_LAST = ("минул", "прошл", "last", "zeszl", "ubiegl", "poprzedni")
_SPANS = (
    *("тиж", "недел", "week", "tydz", "tygod", "місяц", "месяц", "month", "miesi"),
    *("рок", "рік", "году", "года", "year", "rok", "lat"),
)
_AGO = frozenset({"тому", "назад", "ago", "temu"})
_WAS = frozenset(
    "була був було були била бил било били had was were miala mial bylo byly byla byl".split()
)  # (ы is read as и: «было» is «било»)
_REACTING = ("реагу", "реагир", "reaguj", "respond", "react")
_ROLES = (
    *("вчител", "учител", "школ", "виховат", "воспитат", "директор", "власни", "хазя", "хозя"),
    *("адміністрац", "администрац", "управ", "поліц", "полиц", "ужонд", "уженд", "офіс", "офис"),
    *("агенц", "агентств", "роботодав", "работодат", "менеджер", "сусід", "сосед", "куратор"),
    *("teacher", "school", "landlord", "owner", "office", "agency", "employer", "manager"),
    *("administrat", "police", "neighbo", "nauczyc", "szkol", "wlasciciel", "zarzad", "urzad"),
    *("agencj", "pracodaw", "kierownik", "administrac", "policj", "sasiad", "spoldziel"),
)
_BEATING = ("бють", "бьют", "bija", "hit", "beat")
_ASKING = frozenset({"чи", "czy", "do", "does", "are", "is"})
_WRITERS = frozenset(
    (
        "мене мені мій моя моє мого мою мої моїх нас наш наша наші "
        + "меня мне мой моя мое моего мою мои моих наш наша наши "
        + "me my i us our mnie mi moj moja moje mojego moich nas nasz nasza nasze"
    ).split()
)
# who may harm (figures.py's `_HARMING`, in short: a partner, a relative, a neighbour)
_CLOSE = (
    *("чолов", "муж", "хлоп", "партн", "співмеш", "сожит", "колишн", "бивш", "вітчим", "отчим"),
    *("батьк", "отец", "husband", "boyfriend", "partner", "father", "maz", "chlop", "ojc"),
)
# what «beats» in an idiom (right after the word of beating, «по» between or not)
_IDIOMS = (
    *("рекорд", "record", "rekord", "тривог", "тревог", "alarm", "баклуш", "карман"),
    *("кишен", "гаманц", "кошел", "pocket", "wallet", "kieszen", "portfel", "бюджет", "budzet"),
)
_GONE_INTO = ("пропада", "зника", "исчеза", "znika")  # (day after day, not «gone»)
_PASTIMES = frozenset(  # (in it, all day: not «телефон вимкнений», the phone off)
    "компютері компьютере телефоні телефоне смартфоні смартфоне інтернеті интернете іграх играх "
    "тіктоці тиктоке роботі работе днями komputerze telefonie grach pracy dniami".split()
)
_FROM = frozenset({"з", "из", "с", "со", "from", "off", "z", "ze"})
_LISTS = (  # (not a queue nor a market: a child may be lost in one)
    *("списк", "систем", "бази", "базы", "реєстр", "реестр", "сайт", "додат", "приложен"),
    *("list", "system", "database", "register", "site", "app", "lista", "liscie", "bazy"),
    *("bazie", "rejestr", "stron", "aplikac"),
)
_ROBBING = ("пограб", "ограб", "обікр", "обокр", "robb", "obrabow", "okrad")
_PRICES = (  # (not «цінні речі», «дорога», «cenny»: valuables and a road)
    *("ціни", "ціна", "цінам", "цінник", "цены", "цена", "ценам", "ценник", "дорого", "дорожч"),
    *("дороже", "рахун", "price", "expensive", "bill", "receipt", "cena", "ceny", "cenach"),
    *("cenami", "cenie", "drogo", "drozej", "rachun", "paragon"),
    # fees, rates and taxes, and the words of a rip-off
    *("комісі", "комисси", "commission", "fee", "fees", "prowizj", "oplat", "тариф", "taryf"),
    *("tariff", "податк", "налог", "tax", "podatk", "грабіжницьк", "грабительск", "zdzier"),
    *("ripoff", "rip-off", "kantor", "аренде", "аренду", "оренді", "оренду", "rent", "czynsz"),
)
_OFFICES = (  # who «robs» or «follows» as an office does (right beside the crime's words)
    *("банк", "bank", "налогов", "податков", "skarbow", "urzad", "ужонд", "уженд", "zus", "зус"),
    *("держав", "государств", "panstw", "government", "уряд", "правительств", "rzad"),
)
_CASH_MACHINES = ("банкомат", "bankomat")  # («у банкомата ограбили»: a place, a crime)
_SHOPS = ("аптек", "магазин", "ринк", "рынк", "pharmac", "shop", "store", "aptek", "sklep")
_LAUGHING = frozenset({"lol", "lmao", "haha", "hahaha", "хаха", "хахаха", "ахах", "xd", "jk"})
_LOANS = (
    *("колектор", "коллектор", "кредит", "позик", "займ", "банк"),
    *("collector", "loan", "bank", "windyk", "komornik", "kredyt", "pozycz"),
)


def medical(message: Words, around: range, positions: list[int]) -> bool:
    """Whether a medical phrase at `positions` (in the sentence `around`) is said of the heat,
    of pests, of the past, or of someone who does not answer a complaint."""
    said = [message.words[at] for at in positions]
    words = [message.words[at] for at in around]
    if _any(said, _CHOKING) and _any(words, _HEAT):
        return True
    if _any(said, _POISONING) and _any(words, _PESTS):
        return True
    if _any(said, _REACTING):
        before = message.words[max(around.start, positions[0] - 3) : positions[0]]
        if _any(before, _ROLES):
            return True
    return not _WAS.isdisjoint(words) and _past(words)


def violence(message: Words, around: range, positions: list[int]) -> bool:
    """Whether a violence phrase at `positions` is beating asked about in general, or children
    fighting each other («dzieci się biją»)."""
    said = [message.words[at] for at in positions]
    if idiom(message, around, positions):
        return True
    if not _any(said, _BEATING) or len(positions) > 1:
        return False
    at = positions[0]
    if {"sie"} & {message.words[at - 1] if at else "", _next(message, at, around)}:
        return True
    words = [message.words[at] for at in around]
    asked = words[0] in _ASKING or _next(message, at, around) == "ли"
    return asked and _WRITERS.isdisjoint(words) and not _any(words, _CLOSE)


def robbed(message: Words, around: range, positions: list[int]) -> bool:
    """Whether a crime phrase at `positions` is said of an office or a bank right beside it, or
    is robbing said of prices: in a sentence that names them, or that laughs and names a shop,
    nobody close named."""
    beside = [message.words[at] for at in (positions[0] - 1, positions[-1] + 1) if at in around]
    if any(w.startswith(_OFFICES) and not w.startswith(_CASH_MACHINES) for w in beside):
        return True
    if not _any([message.words[at] for at in positions], _ROBBING):
        return False
    words = [message.words[at] for at in around]
    laughs = any(message.laughs[at] for at in around) or not _LAUGHING.isdisjoint(words)
    priced = _any(words, _PRICES) or laughs and _any(words, _SHOPS)
    return priced and not _any(words, _CLOSE)


def idiom(message: Words, around: range, positions: list[int]) -> bool:
    """Whether a violence phrase at `positions` is one word of beating in an idiom: records, the
    alarm, the pocket or the budget right after it («бьёт рекорды», «бьют по карману»)."""
    if len(positions) > 1 or not message.words[positions[0]].startswith(("бь", "бє", "бю", "bij")):
        return False
    after = [message.words[at] for at in range(positions[0] + 1, positions[0] + 3) if at in around]
    return bool(after) and _any([w for w in after if w not in ("по", "po")][:1], _IDIOMS)


def gone_into(message: Words, around: range, positions: list[int]) -> bool:
    """Whether a missing person's phrase at `positions` is someone gone into a screen or work,
    day after day («сын целыми днями пропадает в компьютере»), or gone from a list («ребёнок
    пропал из списка в садик»)."""
    after = [
        message.words[at] for at in range(positions[-1] + 1, positions[-1] + 3) if at in around
    ]
    if len(after) == 2 and after[0] in _FROM and after[1].startswith(_LISTS):
        return True
    if not _any([message.words[at] for at in positions], _GONE_INTO):
        return False
    return not _PASTIMES.isdisjoint(message.words[at] for at in around)


def owed(words: list[str]) -> bool:
    """Whether a sentence names a loan, a bank or a debt collector (a threat over a debt)."""
    return _any(words, _LOANS)


def _next(message: Words, at: int, around: range) -> str:
    return message.words[at + 1] if at + 1 < around.stop else ""


def _past(words: list[str]) -> bool:
    """Last week, a month or a year ago: «на прошлой неделе», «тиждень тому», «last week»."""
    for at, word in enumerate(words):
        if word.startswith(_LAST) and _any(words[at + 1 : at + 3], _SPANS):
            return True
        if word in _AGO and _any(words[max(0, at - 3) : at], _SPANS):
            return True
    return False


def _any(words: list[str], stems: tuple[str, ...]) -> bool:
    return any(word.startswith(stems) for word in words)
