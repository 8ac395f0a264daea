"""English verbs in any of their forms (words.py): a phrase listed with one form of a verb is found
with the others too, as people write English who learnt it as a second language on a phone: the
tense or the person left unmarked («he lock us in», «she drink many pills», «somebody is try to
open my door», «they keep our passport and not let us go», «he not come home since 2 days»), or
a native writer's other tense («my husband beats me» / «beat me yesterday»).

Only verbs whose every form is about the same act are listed: never «kill» («this heat is killing
me»), «die» («dying to get my card»), «lose» («lose my child benefit»), «take» («should I take all
my pills»), «kick» («kick me out»), «catch» («can a battery catch fire»), «go» or «drink»'s
«drunk». A phrase's choices already list some forms («(locks/locked/lock/locking) us in»): the
same phrase made twice is kept once (tries.build). A table whose tense matters says `tensed`
(break_in.yaml: «is breaking in» now, not «broke in» afterwards).
"""

from __future__ import annotations

import itertools

from bot.features.urgent import tries

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
FORMS: dict[str, tuple[str, ...]] = {
    form: tuple(family)
    for family in map(str.split, _FAMILIES.strip().splitlines())
    for form in family
}


def phrases(phrase: tries.Phrase) -> list[tries.Phrase]:
    """An English phrase and the same with each of its verbs in its other forms (a phrase of
    another language as it is)."""
    words, tight, end = phrase
    if end[2] != "en" or not any(word in FORMS for word in words):
        return [phrase]
    each = [FORMS.get(word, (word,)) for word in words]
    return [(said, tight, end) for said in itertools.product(*each)]
