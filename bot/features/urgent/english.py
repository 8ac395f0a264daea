"""English verbs in any of their forms (words.py): a phrase listed with one form of a verb is found
with the others too (the phrase's verbs and the message's words both read as the verb's base), as
people write English who learnt it as a second language on a phone: the tense or the person left
unmarked («he lock us in», «she drink many pills», «somebody is try to
open my door», «they keep our passport and not let us go», «he not come home since 2 days»), or
a native writer's other tense («my husband beats me» / «beat me yesterday»).

Only verbs whose every form is about the same act are listed: never «kill» («this heat is killing
me»), «die» («dying to get my card»), «lose» («lose my child benefit»), «take» («should I take all
my pills»), «kick» («kick me out»), «catch» («can a battery catch fire»), «go» or «drink»'s
«drunk». A phrase's choices already list some forms («(locks/locked/lock/locking) us in»): the
same phrase read so twice is kept once (tries.build). A table whose tense matters says `tensed`
(break_in.yaml: «is breaking in» now, not «broke in» afterwards).
"""

from __future__ import annotations

from dataclasses import replace

from bot.features.urgent import tries
from bot.features.urgent.reading import Words

# each line one verb's forms: the base, the third person, the past (and participle), the -ing
_FAMILIES = """
beat beats beaten beating
keep keeps kept keeping
let lets letting
drink drinks drank drinking
swallow swallows swallowed swallowing
break breaks broke broken breaking
come comes came coming
return returns returned returning
reach reaches reached reaching
steal steals stole stolen stealing
hit hits hitting
give gives gave given giving
make makes made making
leave leaves left leaving
find finds found finding
see sees saw seen seeing
hear hears heard hearing
send sends sent sending
lock locks locked locking
open opens opened opening
try tries tried trying
follow follows followed following
force forces forced forcing
attack attacks attacked attacking
threaten threatens threatened threatening
answer answers answered answering
push pushes pushed pushing
slap slaps slapped slapping
choke chokes choked choking
stab stabs stabbed stabbing
punch punches punched punching
rape rapes raped raping
arrive arrives arrived arriving
disappear disappears disappeared disappearing
vanish vanishes vanished vanishing
kidnap kidnaps kidnapped kidnapping
abduct abducts abducted abducting
hold holds held holding
bleed bleeds bled bleeding
fall falls fell fallen falling
"""
# each form and its verb's base: a phrase's English verbs and a message's words are read as the
# base alike («locked», «lock», «locking» all «lock»), so a phrase lists one form and finds all
BASE: dict[str, str] = {
    form: family[0] for family in map(str.split, _FAMILIES.strip().splitlines()) for form in family
}


def phrase(said: tries.Phrase) -> tries.Phrase:
    """An English phrase with its verbs read as their base (the words that cancel it too); a
    phrase of another language as it is."""
    words, tight, (at_end, unless, lang) = said
    if lang != "en":
        return said
    based = frozenset(BASE.get(word, word) for word in unless) if unless else unless
    return tuple(BASE.get(word, word) for word in words), tight, (at_end, based, lang)


def based(message: Words) -> Words:
    """A message with its English verbs read as their base (the same words otherwise)."""
    if BASE.keys().isdisjoint(message.words):
        return message
    return replace(message, words=[BASE.get(word, word) for word in message.words])
