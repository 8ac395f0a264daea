"""What the danger screen recognises (bot/features/urgent/words.yaml, read by words.py), and
what it must not: ordinary questions that share words with a cry for help. A sentence a person
typed that was missed, or taken for danger wrongly, belongs in one of these lists."""

from __future__ import annotations

import pytest

from bot.features import urgent

# Thoughts of suicide or self-harm said another way than «I want to die»: better if I were not
# here, no strength to live, tired of living, no point in living, to disappear, to fall asleep
# and not wake up, better off without me, I can't go on; in every word form, word order and
# spelling people type (transliterated, without Polish letters, words run together).
INDIRECT = {
    "uk": [
        "думаю що краще б мене не було",
        "краще б мене не було на світі",
        "було б краще, якби мене не було",
        "всім буде краще без мене",
        "без мене всім буде краще",
        "немає сил жити",
        "не маю сил жити далі",
        "сил жити вже немає",
        "я втомилася жити",
        "втомився від життя",
        "який сенс жити?",
        "навіщо мені жити далі",
        "хочу просто зникнути",
        "хочу заснути і не прокинутися",
        "я більше так не можу.",
        "нехочу жити",
        "хочу щоб мене не стало",
        "я нікому не потрібна",
        "ріжу себе",
        "krashche b mene ne bulo",
        "мене краще б не було",
        "нащо мені жити",
        # (tester 36) no point in anything; self-harm done, by the person or someone else
        "я вже не бачу ніякого сенсу",
        "немає сенсу ні в чому",
        "нічого не має сенсу.",
        "я порізала руки",
        "я порізав себе",
        "порізала собі руки",
        "донька ріже себе",
        "я себе ріжу",
    ],
    "ru": [
        "лучше бы меня не было",
        "было бы лучше, если бы меня не было",
        "всем будет лучше без меня",
        "нет сил больше жить",
        "сил жить нет",
        "устала от жизни",
        "надоело жить",
        "не вижу смысла в жизни",
        "какой смысл жить дальше?",
        "хочу исчезнуть",
        "хочется уснуть и не проснуться",
        "больше не могу",
        "не могу больше жить",
        "режу себя",
        "нехочу жыть",
        "luchshe by menya ne bylo",
        "net sil zhit",
        "всем без меня будет лучше",
        "vsem budet luchshe bez menya",
        "я не вижу смысла",
        "ни в чем нет смысла",
        "всё бессмысленно",
        "я порезала руки",
        "я порезала себя",
        "порезал себе руки",
        "дочь режет себя",
    ],
    "en": [
        "It would be better if I wasn't here",
        "better if i weren't around",
        "everyone would be better off without me",
        "I have no strength to live",
        "I'm so tired of living",
        "I don't see the point of living anymore",
        "what's the point of living?",
        "I wish I could just disappear",
        "I want to fall asleep and never wake up",
        "I can't go on",
        "I cannot go on anymore 😔",
        "I can't take it anymore",
        "I want to hurt myself",
        "I keep cutting myself",
        "I wish I was dead",
        "nobody would miss me if I was gone",
        "I want to sleep forever",
        "i dont see any point anymore",
        "I don't see the point anymore",
        "there is no point anymore",
        "what's the point anymore",
        "there's no point in anything",
        "nothing matters anymore",
        "I cut myself",
        "I cut myself again last night",
        "I've been cutting myself",
        "I hurt myself on purpose",
        "my daughter cuts herself",
        "I have been self-harming",
    ],
    "pl": [
        "lepiej by mnie nie było",
        "byłoby lepiej, gdyby mnie nie było",
        "wszystkim będzie lepiej beze mnie",
        "nie mam siły żyć",
        "nie mam sil zyc",
        "jestem zmęczona życiem",
        "mam dość życia",
        "po co żyć?",
        "chciałabym zniknąć",
        "chcę zasnąć i się nie obudzić",
        "już nie mogę tak dłużej",
        "nie daję już rady",
        "tnę się",
        "mysli samobojcze",
        "wolałabym nie żyć",
        "nie widzę już sensu",
        "nic nie ma sensu",
        "pocięłam się",
        "znowu się pocięłam",
        "pocięłam sobie ręce",
        "córka tnie się",
    ],
}

# Said plainly: these worked before and must keep working.
PLAIN = [
    "мене обікрали",
    "на мене напали на вулиці",
    "меня ограбили вчера",
    "someone is following me and I am scared",
    "I was mugged near the station",
    "okradli mnie w tramwaju",
    "ktoś mnie śledzi",
    "не хочу жити",
    "хочу вмерти",
    "I dont want to live anymore",
    "chcę się zabić",
    "nie chcę już żyć",
    "чоловік мене бʼє",
    "он бьет меня",
    "przemoc domowa",
]

# Ordinary questions and complaints that share words with the phrases: no help lines.
ORDINARY = [
    "нет сил терпеть соседей",
    "у меня нет сил ждать карту побыту",
    "не маю сил чекати на карту побиту",
    "не можу більше чекати на децизію",
    "не можу чекати більше, коли буде децизія?",
    "Больше не могу найти работу",
    "I can't go on with this application",
    "I can't go on like this with my landlord",
    "I can't take it to the office myself",
    "I can't do this online?",
    "Nie mogę już zapłacić czynszu",
    "Nie daję rady z tym wnioskiem",
    "хочу жити в Польщі з родиною",
    "I want to live in Krakow",
    "chcę żyć i pracować w Polsce",
    "не хочу жити в гуртожитку, де шукати квартиру?",
    "не хочу жить с родителями мужа, как снять квартиру",
    "nie chcę żyć na walizkach, jak znaleźć mieszkanie",
    "I don't want to live with my ex, how do I find a flat",
    "I'm tired of living in a hostel",
    "I'm tired of waiting for my karta pobytu",
    "устала жить в общежитии, как снять квартиру",
    "я устал от жизни в общежитии",
    "Jestem zmęczona życiem w akademiku",
    "mam dość życia w tym mieszkaniu",
    "what's the point of living in Warsaw if rent is so high",
    "is there any point in living in Krakow rather than Warsaw",
    "I hurt myself at work, who pays for the doctor",
    "I cut my finger, where is a doctor",
    # (tester 36) no point in an application; a cut while cooking or at work: an injury
    "i dont see any point in applying for the card",
    "is there any point in applying again?",
    "I don't see the point of this form",
    "не бачу сенсу подавати ще раз",
    "нічого не має сенсу робити без карти",
    "не вижу смысла ждать карту",
    "nie widzę sensu składać wniosku",
    "I cut myself while cooking, where is a doctor",
    "I cut myself with a knife",
    "my son cut himself on glass, which hospital",
    "порізала палець, де лікар",
    "я порізала руку склом на роботі",
    "порізав руку на виробництві і місяць не можу працювати, хто заплатить",
    "порезал палец ножом, где травмпункт",
    "skaleczyłam się nożem, gdzie lekarz",
    "pocięłam się przy goleniu",
    "чи краще, щоб мене не було вдома, коли прийде інспектор",
    "would it be better if I wasn't here during the inspection?",
    "Why does my baby fall asleep and not wake up for feeding?",
    "лучше без меня сходить в ужонд?",
    "Is it better to go without me or with my husband?",
    "Wolałabym nie żyć w akademiku",
    "who would care if I died without insurance",
    "Нащо мені жити в Польщі без документів?",
    "help with PESEL",
    "I am following my husband to Poland, what visa",
    "how do I apply, following the steps on gov.pl",
    "де зробити мельдунек",
    "Jak dostać kartę pobytu",
    # (danger41) jokes, a hazard, a cough, rent owed, a letter not come: no lines
    "ta kolejka mnie zabije 😅",
    "co cię nie zabije, to cię wzmocni",
    "how do I report a fire hazard in my building",
    "мене душить кашель вже тиждень",
    "меня жаба душит платить за это",
    "the agency locked me in a 12-month contract",
    "will the police lock me up if my visa expires",
    "ми винні за житло за два місяці, чи можуть виселити?",
    "I owe the landlord for two months",
    "лист з ужонду досі не прийшов",
    "децизія досі не прийшла, що робити",
    "посылка до сих пор не пришла",
    "what's the point of a meldunek",
    "jaki sens meldunku",
    "хазяйка не пускає мене до квартири",
    "хто за мною йде в черзі?",
    "should I take all my pills before the visit?",
    "чи треба випити всі таблетки антибіотика",
    "czy muszę wziąć wszystkie leki do szpitala",
    "I'm thinking about ending it early, the rental contract",
    # (danger48) near the new phrases of a missing person, a crime now, a threat, gas
    "мама пішла до лікаря і її досі нема в черзі",
    "чоловік поїхав в Україну і його досі нема, як продовжити карту",
    "my husband left for work in Germany and is not back for months, can i apply alone",
    "I left my bag in the bus and it is not back from lost and found",
    "not seen by a doctor for 3 days, hospital queue",
    "нема зв'язку з роботодавцем вже 3 дні, що робити",
    "з чоловіком нема зв'язку вже 2 роки, він в Україні, як оформити розлучення",
    "nobody knows where the office is",
    "someone is trying to open a bank account in my name",
    "we are trying to open the door of the new flat but the key doesn't fit",
    "landlord says he will find us a new flat",
    "szef mnie znajdzie jeśli zmienię pracę?",
    "хто голова ОСББ, котел зламався",
    "how do I pay my gas bill, the boiler is new",
    "роботодавець погрожує звільненням якщо не вийду в суботу",
    "employer threatens to fire me if i take sick leave",
    "firma pożyczkowa straszy mnie sądem",
    "в минулому році мене обікрали, справа закрита",
    "",
]


@pytest.mark.parametrize("text", [text for texts in INDIRECT.values() for text in texts] + PLAIN)
def test_thoughts_of_suicide_said_another_way_are_recognised(text):
    assert urgent.detect(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_questions_sharing_their_words_are_not(text):
    assert not urgent.detect(text)


def test_such_a_sentence_at_the_end_of_a_long_message_is_recognised():
    text = (
        "Добрий день. Я тут пів року, документи досі не продовжили, на роботі скоротили, "
        "з квартири просять виїхати до кінця місяця, я вже нічого не розумію в цих бланках, "
        "і взагалі думаю що краще б мене не було"
    )
    assert urgent.detect(text)


def test_a_phrase_does_not_reach_across_sentences():
    assert not urgent.detect("Я не хочу. Жити тут дорого?")
    assert urgent.detect("Я не хочу, жити так далі")


@pytest.mark.parametrize(
    "text",
    [
        "help",
        "Help!!!",
        "HELP ME PLEASE",
        "SOS",
        "sos sos",
        "помогите",
        "Помогите пожалуйста!!",
        "допоможіть",
        "мені потрібна допомога",
        "pomocy!",
        "Ratunku 🙏",
        "proszę o pomoc",
        "I need help",
        "кто-нибудь помогите",
    ],
)
def test_a_cry_for_help_alone_is_one(text):
    assert urgent.cries(text)


def test_a_long_plea_of_one_cry_said_again_and_again_is_one():
    assert urgent.plea("пожалуйста помогите " * 300) == "ru"


def test_a_cry_knows_its_language_unless_it_is_everyones():
    assert [urgent.cry(t) for t in ("помогите", "допоможіть", "pomocy", "I need help", "SOS")] == [
        "ru",
        "uk",
        "pl",
        "en",
        "*",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "help with PESEL",
        "допоможіть з мельдунком",
        "нужна помощь с документами",
        "pomoc społeczna",
        "допомога на дитину",
        "помощь",
        "how can you help me with work",
    ],
)
def test_a_question_about_help_is_not_a_cry(text):
    assert not urgent.cries(text)


# Each kind of danger in every language, Cyrillic and transliterated (bot/features/urgent/kinds.py)
KINDS = {
    "missing": [
        "зникла дитина",
        "син не повернувся зі школи, телефон вимкнений",
        "допоможіть!!! дочка зникла",
        "не можу знайти доньку",
        "dytyna znykla",
        "ne mozhu znaity syna",
        "пропал ребенок",
        "сын не пришел домой",
        "pomohite moyu doch ne mogu najti",
        "ne mogu najti rebenka",
        "my child is missing",
        "my daughter went missing in the park",
        "I can't find my kid",
        "Dziecko zaginęło",
        "nie mogę znaleźć syna",
        "syn nie wrócił do domu",
        "lost my child",  # (the thirteenth tester's)
        "my daughter 8 years is missing in the mall",
        "lost my son in the shopping centre",
        "zgubiłam dziecko",
        "zgubiłam córkę w galerii",
        "загубила дитину в торговому центрі",
        "потеряла ребенка в магазине",
        "син пішов зранку і досі не повернувся, телефон не бере",
        "дочь ушла вчера и не вернулась",
        "córka nie wróciła na noc",
    ],
    "fire": [
        "пожежа в будинку",
        "горить квартира у сусідів",
        "горит квартира",
        "вызовите пожарных",
        "pozhezha",
        "fire in my flat",
        "the kitchen is on fire",
        "pożar",
        "pali się mieszkanie",
        "smoke coming out of our kitchen",
    ],
    "suicide": [
        "хочу покінчити з собою",
        "не хочу жить",
        "I want to kill myself",
        "думаю як покінчити з усім цим",
        "хочу наглотаться таблеток и уснуть",
        "thinking about ending it tonight",
    ],
    "crime": [
        "мене пограбували",
        "меня ограбили",
        "I was mugged",
        "okradli mnie",
        "за мною хтось ходить вже третій день",
        "за мной следит бывший",
        "someone broke into my flat while i was inside",
        "ktoś próbuje włamać się do mieszkania",
    ],
    "violence": [
        "чоловік мене б'є",
        "муж меня бьёт",
        "my husband beats me",
        "mąż mnie bije",
        "partner mnie uderzył",
        "mąż mnie uderzył",
        # (danger41) choked, «they'll kill me», transliterated; locked in or not let out by a
        # partner (README, Known gaps: «my husband locks me in»)
        "він мене душить коли пʼяний",
        "my boyfriend chokes me",
        "cholovik mene bye kozhen den",
        "pomogite muzh b'et",
        "mąż powiedział, że mnie zabije",
        "my husband locks me in",
        "my husband locks me in the flat when he goes to work",
        "my partner wont let me leave the house",
        "чоловік зачиняє мене вдома",
        "чоловік не випускає мене з дому",
        "мой парень запирает меня в квартире",
        "муж не выпускает меня из дома",
        "mąż zamyka mnie w domu",
        "mąż nie wypuszcza mnie z domu",
    ],
    "threat": [
        "мені страшно",
        "мне угрожают",
        "I am in danger",
        "grozi mi",
        "ya v nebezpetsi, dopomozhit",
        "boję się o swoje życie",
        "I fear for my life",
    ],
    # (tester 36) locked in where one works or sleeps, not let go, a «debt» to work off
    "exploitation": [
        "працодавець закрив нас і забрав паспорти",
        "нас не випускають з гуртожитку",
        "кажуть відпрацювати борг",
        "работодатель закрыл нас в общежитии и забрал паспорта",
        "нас не выпускают из общежития",
        "my boss locks us in the hostel and takes our passports",
        "they won't let us leave the hostel",
        "told me i must work off a debt",
        "they make us work for free and took our passports",
        "szef zamyka nas w hotelu robotniczym i zabrał paszporty",
        "nie wypuszczają nas z hotelu robotniczego",
        "każą nam odpracować dług",
        "работодатель держит нас на складе",
        "they say we owe them for the flight",
    ],
}

# Near misses: a child's ordinary day, a fire's safety, a relative missing in the war, things lost.
NOT_MISSING = [
    "моя дитина пропустила школу",
    "у дитини зникла температура, чи йти до лікаря",
    "зникли документи дитини",
    "у ребенка пропал аппетит",
    "ребенок пропускает уроки",
    "пропал паспорт, что делать",
    "чоловік зник безвісти на фронті, які документи потрібні",
    "муж пропал без вести на войне, какие выплаты",
    "не можу знайти роботу",
    "не могу найти квартиру",
    "my child is missing school because of illness",
    "I can't find my son's birth certificate",
    "missing child benefit payments",
    "my husband did not come back from Ukraine yet",
    "zaginął mi paszport",
    "dziecko zgubiło legitymację",
    "jak zgłosić zaginięcie dowodu",
    "lost my child benefit letter",
    "i lost my child's passport",
    "my passport is missing in the file",
]
NOT_EXPLOITATION = [
    "pracodawca zabrał nam paszporty",  # (the search's: work, «Passport taken away»)
    "my landlord locked me out",
    "the neighbours keep us up at night",
    "I want to leave the hostel, how to end the contract",
    "czy mogę odpracować dług za mieszkanie",
    "можна відпрацювати борг за квартиру?",
    "офіс закрили, куди йти",
]
NOT_FIRE = [
    "пожежна безпека на роботі",
    "курс пожарной безопасности",
    "страховка квартиры от пожара",
    "что делать при пожаре в общежитии",
    "fire safety course",
    "I was fired from my job",
    "szkolenie przeciwpożarowe",
    "czy w mieszkaniu pali się papierosy",
    "w pokoju pali się światło",
]


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, ts in KINDS.items() for t in ts])
def test_each_kind_of_danger_is_recognised_as_itself(kind, text):
    assert urgent.kinds.kinds(text) == [kind]


@pytest.mark.parametrize("text", NOT_MISSING + NOT_FIRE + NOT_EXPLOITATION)
def test_near_misses_of_a_missing_person_a_fire_or_forced_labour_are_not_danger(text):
    assert urgent.kinds.kinds(text) == []
    assert not urgent.detect(text)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("мені страшно", True),
        ("мне угрожают!", True),
        ("допоможіть, мені погрожують", True),
        ("I am in danger, please help", True),
        ("зникла дитина", True),
        ("мне угрожает бывший муж", False),
        ("пожежа в будинку на Грюнвальдській", False),
    ],
)
def test_a_message_that_says_nothing_but_danger_is_told_apart(text, alone):
    assert urgent.kinds.alone(text) is alone


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("мені страшно, не хочу жити", ["urgent_suicide"]),  # fear beside what frightens
        ("мене пограбували, мені страшно", ["urgent_crime"]),
        ("чоловік мене б'є, не хочу жити", ["urgent_help"]),  # two kinds: the whole block
        ("пожежа, і син зник", ["urgent_missing", "urgent_fire"]),
        ("", ["urgent_help"]),  # nothing to read (a form opened after danger)
    ],
)
def test_the_lines_of_a_message_of_several_kinds(text, lines):
    assert urgent.kinds.keys(urgent.kinds.kinds(text)) == lines
