"""Children as a parent types them at a children's course: a child's name with their age in one
message («Марічка, 8 років», «Марічка 8», «Andriy, 15», «Аня (8 лет)», «Ania, 8 lat», «Anna 8
years old»), the age in words («Марічка вісім років», «восемь», «eight», «osiem lat», «восьми
років», «восьми лет»: up to eighteen, in uk, ru, en and pl), and several children in one
message («Марічка 8, Андрій 15», «Maria 8 and Anton 15», «Аня і Петро»). Names are kept as
typed (then read as any name is, bot.features.person.names); a message this cannot tell apart
(two ages for one name, an age before any name) is `unsure`: the parent is asked again, with
an example."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.words import fold
from bot.features.courses.counted import fillers

AGE_MOST = 18  # ages read in words: up to eighteen (a children's course)
_AGE_WORDS = {
    fold(word): number
    for number, said in enumerate(
        (
            "нуль ноль zero",
            "один одна одне одно one jeden jedna jedno roczek одного",
            "два дві две two dwa dwie двох двух dwóch",
            "три three trzy трьох трех trzech",
            "чотири четыре four cztery чотирьох четырех czterech",
            "п'ять пять five pięć пʼяти пяти pięciu",
            "шість шесть six sześć шести sześciu",
            "сім семь seven siedem семи siedmiu",
            "вісім восемь eight osiem восьми ośmiu",
            "дев'ять девять nine dziewięć девʼяти девяти dziewięciu",
            "десять ten dziesięć десяти dziesięciu",
            "одинадцять одиннадцать eleven jedenaście одинадцяти одиннадцати jedenastu",
            "дванадцять двенадцать twelve dwanaście дванадцяти двенадцати dwunastu",
            "тринадцять тринадцать thirteen trzynaście тринадцяти тринадцати trzynastu",
            "чотирнадцять четырнадцать fourteen czternaście чотирнадцяти четырнадцати czternastu",
            "п'ятнадцять пятнадцать fifteen piętnaście пʼятнадцяти пятнадцати piętnastu",
            "шістнадцять шестнадцать sixteen szesnaście шістнадцяти шестнадцати szesnastu",
            "сімнадцять семнадцать seventeen siedemnaście сімнадцяти семнадцати siedemnastu",
            "вісімнадцять восемнадцать eighteen osiemnaście вісімнадцяти восемнадцати osiemnastu",
        )
    )
    for word in said.split()
}
# what follows an age («8 років», «8 рочків», «8 годиков», «8 years old», «8 lat»)
_YEARS = frozenset(
    fold(w)
    for w in (
        "років роки рік рочки рочків рочок р лет года год годик годика годиков годочков г "
        "years year yrs yr old y o lata lat rok roku latka l"
    ).split()
)
# what joins children («і», «та», «and», «oraz») or says who a number is about («їй», «she is»)
_JOINS = frozenset(fold(w) for w in "і й та и и а також and & i oraz plus".split())
_AROUND = frozenset(
    fold(w)
    for w in (
        "їй йому ей ему вона він она он вік возраст мае має is has she he her his age aged "
        "ma jest ona on wiek"
    ).split()
)
_TOKEN = re.compile(r"(?P<num>\d+)|(?P<word>[^\W\d_]+(?:['’ʼ`\-][^\W\d_]+)*)|(?P<sep>[,;/+&\n])")


@dataclass
class Told:
    """One child as typed: their name, and their age (None: not said)."""

    name: str
    age: int | None = None


@dataclass
class Typed:
    children: list[Told]
    unsure: bool = False  # names and ages that cannot be told apart: ask again


def _age(token: str, number: bool) -> int | None:
    if number:
        return int(token) if len(token) <= 2 else -1
    return _AGE_WORDS.get(fold(token))


def read(text: str) -> Typed:
    """The children a message names, each with their age if said; `unsure` when an age
    belongs to no name, or a name has two."""
    children: list[Told] = []
    name: list[str] = []
    age: int | None = None
    unsure = False

    def close() -> None:
        nonlocal name, age
        if name:
            children.append(Told(" ".join(name), age))
        name, age = [], None

    for found in _TOKEN.finditer(" ".join(text.split())):
        token = found.group()
        if found["sep"] is not None:
            close()
            continue
        folded = fold(token)
        number = _age(token, found["num"] is not None)
        if number is not None:
            if name and age is None:
                age = number
            elif not name and children and children[-1].age is None:
                children[-1].age = number  # «Марічка, 8 років»: her age after the comma
            else:
                unsure = True  # two ages for one name, or an age before any name
            continue
        if folded in _YEARS and (age is not None or (children and not name)):
            continue
        if folded in _JOINS:
            close()
            continue
        if folded in _AROUND:
            continue
        if age is not None:  # a name after an age: the next child («Марічка 8 Андрій 15»)
            close()
        name.append(token)
    close()
    if any(c.age is not None and not 0 <= c.age <= 99 for c in children):
        unsure = True
    return Typed(children, unsure)


def age_alone(text: str) -> int | None:
    """An age typed alone, in digits or words («8», «вісім», «8 років», «eight years»), or with
    a word that says nothing («ой 12», «sorry, 12»: counted.fillers); None when the text says
    anything else too."""
    ages: list[int] = []
    for found in _TOKEN.finditer(text):
        token = found.group()
        folded = fold(token)
        if found["sep"] is not None or folded in _YEARS or folded in _AROUND or folded in fillers():
            continue
        age = _age(token, found["num"] is not None)
        if age is None:
            return None
        ages.append(age)
    return ages[0] if len(ages) == 1 else None


def split(text: str) -> tuple[str, int] | None:
    """(name, age) of «Марічка, 8 років»; None when the text is not one name with an age."""
    typed = read(text)
    if typed.unsure or len(typed.children) != 1:
        return None
    child = typed.children[0]
    if child.age is None or not any(c.isalpha() for c in child.name):
        return None
    return child.name, child.age
