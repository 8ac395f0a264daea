"""A question about a child: «Как записать ребёнка на курс польского?», «як записати дитину на
курс польської», «polish course for my kid», «kurs polskiego dla dziecka». Such a question that
names a course is offered the children's courses (config `for: children`) that it names once
the words for a child are set aside from their names («курс польского для ребёнка» →
«курс польского»), first, and not the courses for adults (bot.features.services.listing,
`for_a_child`). «це для сина» typed at a psychologist's urgency question marks the request as
for a child (bot.features.appointments.qualify); a note in brackets after the name marks it only
when it says the visit is for the child («Halyna (dla syna)», «for my son», «йдеться про
доньку»: `visit_for_a_child`), not when it only names one («Maria (córka pani Haliny)», «Ігор
(син пані Ольги)», «з дитиною», «mam syna»).

The words are read on the folded text (lower case, Latin letters without diacritics, й → и,
ё → е: bot.core.words.fold or services' named.fold), as whole words, in their usual forms in
uk, ru, en and pl.
"""

from __future__ import annotations

import re

from bot.core.words import words

_CHILD_WORDS = (
    # ru: ребёнок, дети, детский, сын, дочь, малыш, школьник, подросток
    r"ребен(?:ок|ка|ку|ком|ке)",
    r"дет(?:и|еи|ям|ьми|ях|ск\w*)",
    r"доч(?:ь|ка|ки|ке|ку|кои|ери|ерью|ерям|ерьми)",
    r"сын(?:а|у|ом|е|ок|ишк\w*|овья|овеи|овьям)?",
    r"малыш\w*",
    r"школьни\w*",
    r"подрост\w*",
    # uk: дитина, діти, дитячий, син, донька, малюк, школяр, підліток
    r"дитин(?:а|и|і|у|ою|оны)?",
    r"дитя\w*",
    r"діт(?:и|еи|ям|ьми|ях)",
    r"син|сина|сину|синові|сином|сини|синів",
    r"доньк\w*|доньці|дочк\w*|дочці",
    r"малюк\w*",
    r"школяр\w*",
    r"підлітк\w*|підліток",
    # uk and ru in Latin letters («kursy polskoi movy dlya ditey», «kurs dlya rebenka»)
    r"dytyn(?:a|y|i|u|oiu|oyu)?",
    r"dit(?:y|ei|ey|ej|iam|yam|my|iakh|yakh)",
    r"reb[eyo]n(?:ok|ka|ku|kom|ke)",
    r"det(?:i|ei|ey|ej|iam|yam|mi|iakh|yakh|sk\w*)",
    r"don'?k(?:a|y|i|u|oiu|oyu)|doch(?:ka|ki|ku|eri)?",
    # en
    r"child(?:ren)?(?:'s)?",
    r"kids?|kiddos?",
    r"sons?|daughters?",
    r"toddlers?|teen(?:ager)?s?",
    # pl: dziecko, dzieci, dziecięcy, syn, córka, nastolatek
    r"dzieck\w*",
    r"dzieci\w*",
    r"dziecmi",
    r"syn(?:a|owi|em|u|owie|ow)?",
    r"cork\w*|corce|corek|coreczk\w*",
    r"nastolat\w*",
)
_CHILD = re.compile(r"(?<!\w)(?:" + "|".join(_CHILD_WORDS) + r")(?!\w)")

# Words that only tie the child to the name («for my child»), set aside with it; folded
# («моєї» → «моєі», «моей» → «моеи»).
_TIES = frozenset(
    {
        "для", "мого", "моєі", "моіх", "моего", "моеи", "моих", "нашого", "нашего",
        "for", "my", "our", "a", "the",
        "dla", "mojego", "mojej", "moich", "naszego", "naszej", "naszych",
        "dlya", "dlia", "moho", "moiei", "moiej", "moikh", "moego", "moei", "moej", "moih",
    }
)  # fmt: skip


def about_a_child(folded: str) -> bool:
    """The (folded) question speaks of a child, a son or a daughter."""
    return _CHILD.search(folded) is not None


def without_child(folded: str) -> str:
    """A (folded) name of a children's course with the words for a child, and those that tie it
    to the name, set aside: «курс польского для ребенка» → «курс польского», «polish for kids»
    → «polish», «ребенок» → «» (no name left)."""
    words = _CHILD.sub(" ", folded).split()
    if len(words) == len(folded.split()):
        return folded  # no child in it: the name as it is
    return " ".join(w for w in words if w not in _TIES)


# Words that say whom or what a visit is for or about, before a child («для сина», «dla córki»,
# «for my kid», «за доньку», «про сина», «о сыне», «w sprawie syna», «about my daughter»); folded.
_FOR = frozenset(
    {
        "для", "за", "про", "о", "об", "насчет", "щодо",
        "for", "about", "regarding",
        "dla", "o", "sprawie", "odnosnie",
        "dlya", "dlia", "pro",
    }
)  # fmt: skip
_NOT = frozenset({"не", "ні", "нет", "not", "nie", "ne", "ni"})  # «не для сина»: not for him
# an age before the child («для мого 8-річного сина», «for my 8 year old son»), set aside too
_AGE = frozenset(
    {"year", "years", "old", "річного", "річноі", "летнего", "летнеи", "letniego", "letniej"}
)


def visit_for_a_child(text: str) -> bool:
    """Whether `text` (a note in brackets after a name) says the visit is for a child, a son or
    a daughter: a word of whom it is for or about, then the child, perhaps with a word tying it
    to the person, an age and one more word («для мого молодшого сина», «for my 8 year old
    son», «dla mojej 5-letniej córki»); a child only named («córka pani Haliny», «з дитиною», «mam
    syna», «son») says nothing of whom the visit is for."""
    said = words(text)
    for at, word in enumerate(said):
        if word not in _FOR or (at and said[at - 1] in _NOT):
            continue
        rest = [w for w in said[at + 1 : at + 7] if w not in _TIES | _AGE and not w.isdigit()]
        if any(_CHILD.fullmatch(w) for w in rest[:2]):
            return True
    return False
