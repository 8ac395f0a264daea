"""Free-text search: accuracy on tests/eval/questions.yaml against a BM25 baseline, and speed.

    .venv/bin/python bench/search_bench.py [--quick] [--content DIR]

Prints, per language and overall, for the evaluation set the engine was first tuned on
(tests/eval/questions.yaml), for the held-out sets heldout.yaml ... heldout8.yaml (the last six
written blind: without reading the content or the code; all but heldout8 have become development
sets), for real questions found on public pages (public.yaml, with their sources), for two
synthetic checks (questions inside longer messages; a topic's own words with circumstances) and
for all held-out sets together: top-1 and top-3 accuracy, out-of-scope
messages correctly left unanswered, wrong answers given with confidence; the same for plain
BM25 (rank-bm25 over titles + examples + keywords + answer, lower-case tokens); 5-fold
cross-validation over the content's own examples (each fifth removed from the index and asked);
median and 99th-percentile time per question on the real content and on a synthetic knowledge
base of 1,000 topics per language; start-up time and peak memory. --quick skips the synthetic
knowledge base.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content import knowledge  # noqa: E402
from bot.content.knowledge import KnowledgeBase, Language, Topic  # noqa: E402
from bot.core import markup  # noqa: E402

EVAL = ROOT / "tests" / "eval" / "questions.yaml"
HELDOUT = ROOT / "tests" / "eval" / "heldout.yaml"
HELDOUT2 = ROOT / "tests" / "eval" / "heldout2.yaml"
HELDOUT3 = ROOT / "tests" / "eval" / "heldout3.yaml"
HELDOUT4 = ROOT / "tests" / "eval" / "heldout4.yaml"
HELDOUT5 = ROOT / "tests" / "eval" / "heldout5.yaml"
HELDOUT6 = ROOT / "tests" / "eval" / "heldout6.yaml"
HELDOUT7 = ROOT / "tests" / "eval" / "heldout7.yaml"
HELDOUT8 = ROOT / "tests" / "eval" / "heldout8.yaml"
PUBLIC = ROOT / "tests" / "eval" / "public.yaml"  # real questions from public pages, sourced
LANGS = ("uk", "ru", "en", "pl")


def load_eval(path: Path = EVAL) -> dict[str, list[dict[str, Any]]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_kb(content: Path = ROOT / "content") -> KnowledgeBase:
    from bot.settings import config

    settings = config.load(ROOT / "config.yaml")
    return knowledge.load(content, settings.languages, settings.placeholders)


# --- metrics -----------------------------------------------------------------------------------
def evaluate(rank, questions: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, float]]:
    """rank(question, lang) -> (ids best first, confident). Figures per language and overall."""
    out: dict[str, dict[str, float]] = {}
    every: list[tuple[bool, bool, bool]] = []
    for lang in LANGS:
        rows = []
        for item in questions[lang]:
            ids, confident = rank(item["q"], lang)
            top1 = bool(ids) and ids[0] == item["expect"]
            rows.append((top1, item["expect"] in ids[:3], confident and not top1))
        every += rows
        out[lang] = _figures(rows)
    out["all"] = _figures(every)
    silent: dict[str, list[bool]] = {"all": []}
    for item in questions["oos"]:
        lang = item.get("lang")
        unanswered = not rank(item["q"], lang or "en")[0]
        silent["all"].append(unanswered)
        if lang:
            silent.setdefault(lang, []).append(unanswered)
    for key, values in silent.items():
        if key in out and values:
            out[key]["oos"] = sum(values) / len(values)
            out[key]["oos_n"] = len(values)
    return out


def _figures(rows: list[tuple[bool, bool, bool]]) -> dict[str, float]:
    n = len(rows)
    return {
        "n": n,
        "top1": sum(r[0] for r in rows) / n,
        "top3": sum(r[1] for r in rows) / n,
        "confident_wrong": sum(r[2] for r in rows) / n,
    }


def searcher_ranker(searcher):  # type: ignore[no-untyped-def]
    def rank(question: str, lang: str) -> tuple[list[str], bool]:
        result = searcher.search(question, lang)
        return [m.id for m in result.matches], result.confident

    return rank


# --- questions inside a longer message ------------------------------------------------------------
# People new to Poland often write a story around the question: a greeting, who they are, the
# question, thanks. Each evaluation question is put inside such messages (templates written for
# this check, one with a "?" after the question and one without) to see that the story does not
# drown it.
WRAPPERS = {
    "uk": [
        "Вітаю! Ми з чоловіком і двома дітьми переїхали з Харкова минулого року. У мене таке "
        "питання: {q}? Буду вдячна за допомогу.",
        "Доброго вечора. Вибачте що турбую, я тут недавно і нічого не розумію. {q}. Дякую!",
        "привіт ми з мамою з одеси вже рік тут {q} підкажіть будь ласка",
    ],
    "ru": [
        "Привет! Мы с мужем и двумя детьми переехали из Харькова в прошлом году. У меня такой "
        "вопрос: {q}? Буду благодарна за помощь.",
        "Добрый вечер. Извините что беспокою, я тут недавно и ничего не понимаю. {q}. Спасибо!",
        "привет мы с мамой из одессы уже год тут {q} подскажите пожалуйста",
    ],
    "en": [
        "Hi there! My husband, our two kids and I moved here from Kharkiv last year. My "
        "question is: {q}? I would be grateful for any help.",
        "Good evening. Sorry to bother you, I am new here and I do not understand anything. "
        "{q}. Thanks!",
        "hi me and my mom came from odesa a year ago {q} please advise",
    ],
    "pl": [
        "Witam! Razem z mężem i dwójką dzieci przeprowadziliśmy się z Charkowa w zeszłym roku. "
        "Mam takie pytanie: {q}? Będę wdzięczna za pomoc.",
        "Dobry wieczór. Przepraszam, że przeszkadzam, jestem tu od niedawna i nic nie "
        "rozumiem. {q}. Dziękuję!",
        "czesc przyjechalam z mama z odessy rok temu {q} prosze o pomoc",
    ],
}


def wrapped(questions: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Every in-scope question inside each of the longer messages of WRAPPERS."""
    out: dict[str, list[dict[str, Any]]] = {
        lang: [
            dict(item, q=template.format(q=item["q"].rstrip("?. ")))
            for template in WRAPPERS[lang]
            for item in questions[lang]
        ]
        for lang in LANGS
    }
    out["oos"] = []
    return out


# --- a topic's own words with circumstances around them --------------------------------------
# «песель для доньки», «where to get pesel in our town»: the topic's word must not be outweighed
# by words about the circumstances (family, place) that many topics' examples share. A few
# combinations are debatable («a residence card for my husband» may be family reunification).
CIRCUMSTANCES_TOPICS = {
    "uk": [
        ("песель", "pesel"),
        ("мельдунек", "meldunek"),
        ("карта побиту", "legal_stay"),
        ("медична страховка", "health_insurance"),
        ("сімейний лікар", "healthcare"),
        ("психолог", "psychological_help"),
        ("безкоштовний юрист", "legal_help"),
        ("дозвіл на роботу", "employment"),
        ("відкрити фоп", "business"),
        ("лікарняний", "social_insurance"),
        ("рахунок в банку", "bank_account"),
        ("800 плюс", "benefits"),
        ("оренда квартири", "housing"),
        ("проїзний", "public_transport"),
        ("записати в школу", "children_school"),
        ("курси польської", "polish_courses"),
        ("обміняти права", "driving_licence"),
        ("нострифікація диплому", "diploma_recognition"),
        ("присяжний перекладач", "sworn_translators"),
    ],
    "ru": [
        ("песель", "pesel"),
        ("мельдунек", "meldunek"),
        ("карта побыту", "legal_stay"),
        ("медицинская страховка", "health_insurance"),
        ("семейный врач", "healthcare"),
        ("психолог", "psychological_help"),
        ("бесплатный юрист", "legal_help"),
        ("разрешение на работу", "employment"),
        ("открыть ип", "business"),
        ("больничный", "social_insurance"),
        ("счет в банке", "bank_account"),
        ("800 плюс", "benefits"),
        ("аренда квартиры", "housing"),
        ("проездной", "public_transport"),
        ("записать в школу", "children_school"),
        ("курсы польского", "polish_courses"),
        ("обменять права", "driving_licence"),
        ("нострификация диплома", "diploma_recognition"),
        ("присяжный переводчик", "sworn_translators"),
    ],
    "en": [
        ("pesel", "pesel"),
        ("meldunek", "meldunek"),
        ("residence card", "legal_stay"),
        ("health insurance", "health_insurance"),
        ("family doctor", "healthcare"),
        ("psychologist", "psychological_help"),
        ("free lawyer", "legal_help"),
        ("work permit", "employment"),
        ("open a business", "business"),
        ("sick leave", "social_insurance"),
        ("bank account", "bank_account"),
        ("800 plus", "benefits"),
        ("rent a flat", "housing"),
        ("monthly ticket", "public_transport"),
        ("enrol in school", "children_school"),
        ("polish course", "polish_courses"),
        ("exchange driving licence", "driving_licence"),
        ("diploma recognition", "diploma_recognition"),
        ("sworn translator", "sworn_translators"),
    ],
    "pl": [
        ("pesel", "pesel"),
        ("meldunek", "meldunek"),
        ("karta pobytu", "legal_stay"),
        ("ubezpieczenie zdrowotne", "health_insurance"),
        ("lekarz rodzinny", "healthcare"),
        ("psycholog", "psychological_help"),
        ("darmowy prawnik", "legal_help"),
        ("zezwolenie na pracę", "employment"),
        ("założyć firmę", "business"),
        ("zwolnienie lekarskie", "social_insurance"),
        ("konto w banku", "bank_account"),
        ("800 plus", "benefits"),
        ("wynajem mieszkania", "housing"),
        ("bilet miesięczny", "public_transport"),
        ("zapisać do szkoły", "children_school"),
        ("kurs polskiego", "polish_courses"),
        ("wymiana prawa jazdy", "driving_licence"),
        ("nostryfikacja dyplomu", "diploma_recognition"),
        ("tłumacz przysięgły", "sworn_translators"),
    ],
}
CIRCUMSTANCES = {
    "uk": [
        "{k} для доньки",
        "{k} для мами",
        "{k} для чоловіка",
        "{k} якщо дитині 5 років",
        "де {k} у нашому місті",
    ],
    "ru": [
        "{k} для дочки",
        "{k} для мамы",
        "{k} для мужа",
        "{k} если ребенку 5 лет",
        "где {k} в нашем городе",
    ],
    "en": [
        "{k} for my daughter",
        "{k} for my mom",
        "{k} for my husband",
        "{k} when my child is 5",
        "where to get {k} in our town",
    ],
    "pl": [
        "{k} dla córki",
        "{k} dla mamy",
        "{k} dla męża",
        "{k} gdy dziecko ma 5 lat",
        "gdzie {k} w naszym mieście",
    ],
}


def with_circumstances() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {
        lang: [
            {"q": template.format(k=words), "expect": topic}
            for words, topic in CIRCUMSTANCES_TOPICS[lang]
            for template in CIRCUMSTANCES[lang]
        ]
        for lang in LANGS
    }
    out["oos"] = []
    return out


# --- BM25 baseline -------------------------------------------------------------------------------
_WORD = re.compile(r"\w+")


def bm25_ranker(kb: KnowledgeBase, questions: dict[str, list[dict[str, Any]]]):  # type: ignore[no-untyped-def]
    """rank-bm25 over one document per topic (and per action), its answer threshold tuned on
    the evaluation set itself: a generous baseline."""
    from rank_bm25 import BM25Okapi

    from bot.search import ACTIONS, load_data

    ids, docs = [], []
    for topic_id in kb.topic_ids:
        words: list[str] = []
        for code in kb.languages:
            t = kb.topic(code, topic_id)
            assert t is not None
            parts = (t.title, *t.examples, *t.keywords, markup.to_plain(t.answer))
            words += _lower_words(" ".join(parts))
        ids.append(topic_id)
        docs.append(words)
    actions = load_data()["actions"]
    for action in ACTIONS:
        ids.append(action)
        docs.append(_lower_words(" ".join(p for ps in actions[action].values() for p in ps)))
    bm25 = BM25Okapi(docs)

    def scored(question: str) -> list[tuple[float, str]]:
        scores = bm25.get_scores(_lower_words(question))
        return sorted(zip(scores, ids, strict=True), reverse=True)[:3]

    cache = {item["q"]: scored(item["q"]) for items in questions.values() for item in items}
    best_threshold, best_value = 0.0, -1.0
    for threshold in sorted({s for top in cache.values() for s, _ in top[:1]} | {0.0}):
        answered = [
            top[0][1] == item["expect"] and top[0][0] > threshold
            for lang in LANGS
            for item in questions[lang]
            for top in [cache[item["q"]]]
        ]
        silent = [cache[item["q"]][0][0] <= threshold for item in questions["oos"]]
        value = sum(answered) / len(answered) + sum(silent) / len(silent)
        if value > best_value:
            best_threshold, best_value = threshold, value

    def rank(question: str, lang: str) -> tuple[list[str], bool]:
        top = cache.get(question) or scored(question)
        return [i for s, i in top if s > best_threshold], True

    rank.threshold = best_threshold  # type: ignore[attr-defined]
    return rank


def _lower_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


# --- synthetic knowledge base ------------------------------------------------------------------
def synthetic_kb(kb: KnowledgeBase, per_language: int = 1000, seed: int = 7) -> KnowledgeBase:
    """`per_language` topics per language, made from the real ones: the same answers, examples
    with a word or two swapped for others from the content, and words of their own."""
    rng = random.Random(seed)
    vocabulary = sorted(
        {
            w
            for lang in kb.languages.values()
            for t in lang.topics.values()
            for e in t.examples
            for w in e.split()
        }
    )
    base_ids = kb.topic_ids
    languages: dict[str, Language] = {}
    plan = [
        (f"{base_ids[i % len(base_ids)]}_{i}", base_ids[i % len(base_ids)], i)
        for i in range(per_language)
    ]
    for code, language in kb.languages.items():
        topics: dict[str, Topic] = {}
        for new_id, base_id, i in plan:
            base = language.topics[base_id]
            own = f"zq{i:04d}{code}"
            examples = tuple(
                " ".join(rng.choice(vocabulary) if rng.random() < 0.2 else w for w in e.split())
                + f" {own}"
                for e in base.examples
            )
            topics[new_id] = dataclasses.replace(
                base,
                id=new_id,
                examples=examples,
                keywords=(*base.keywords, own),
                related=(),
            )
        categories = tuple(
            dataclasses.replace(c, topics=tuple(t for t in topics if topics[t].category == c.id))
            for c in language.categories
        )
        languages[code] = Language(code, categories, topics)
    return KnowledgeBase(languages, [])


# --- cross-validation over the content's examples ------------------------------------------------
def cross_validation(kb: KnowledgeBase, analyzer, folds: int = 5) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Each fifth of every topic's examples removed from the index and asked in its language."""
    from bot.search import Searcher

    rows: list[tuple[bool, bool, bool]] = []
    for fold in range(folds):
        languages, asked = {}, []
        for code, language in kb.languages.items():
            topics = {}
            for topic_id, topic in language.topics.items():
                kept = [e for i, e in enumerate(topic.examples) if i % folds != fold]
                asked += [
                    (e, code, topic_id) for i, e in enumerate(topic.examples) if i % folds == fold
                ]
                topics[topic_id] = dataclasses.replace(topic, examples=tuple(kept))
            languages[code] = Language(code, language.categories, topics)
        searcher = Searcher(KnowledgeBase(languages, []), analyzer=analyzer)
        for question, code, topic_id in asked:
            result = searcher.search(question, code)
            ids = [m.id for m in result.matches]
            top1 = bool(ids) and ids[0] == topic_id
            rows.append((top1, topic_id in ids, result.confident and not top1))
    return _figures(rows)


# --- speed ---------------------------------------------------------------------------------
def timings(searcher, questions: list[tuple[str, str]]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median and 99th percentile in ms, each question asked once (a new question's words are
    analysed on the spot; words seen before come from the cache, as in a running bot)."""
    times = []
    for question, lang in questions:
        start = time.perf_counter()
        searcher.search(question, lang)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def pool(*sets: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Several evaluation sets as one (more questions a language, steadier figures)."""
    return {key: [item for items in sets for item in items[key]] for key in (*LANGS, "oos")}


def report(
    path: Path | str | None,
    questions: dict[str, list[dict[str, Any]]],
    ours: dict[str, dict[str, float]],
    base: dict[str, dict[str, float]],
) -> None:
    in_scope = sum(len(questions[lang]) for lang in LANGS)
    name = path.relative_to(ROOT) if isinstance(path, Path) else path or "held-out sets together"
    print(f"{name} — {in_scope} questions, {len(questions['oos'])} out of scope")
    print(
        f"{'':6}{'n':>4}  {'top-1':>7} {'top-3':>7} {'conf.wrong':>10} {'oos (n)':>12}   "
        f"{'BM25 top-1':>10} {'BM25 top-3':>10} {'BM25 oos':>9}"
    )
    for lang in (*LANGS, "all"):
        o, b = ours[lang], base[lang]
        oos = f"{o['oos']:.1%} ({o['oos_n']:.0f})" if "oos" in o else "-"
        print(
            f"{lang:6}{o['n']:>4}  {o['top1']:>7.1%} {o['top3']:>7.1%} "
            f"{o['confident_wrong']:>10.1%} {oos:>12}   {b['top1']:>10.1%} {b['top3']:>10.1%} "
            f"{b.get('oos', 0):>9.1%}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the synthetic 1,000-topic run")
    parser.add_argument(
        "--content",
        type=Path,
        default=ROOT / "content",
        help="the knowledge base's folder (default: content/)",
    )
    args = parser.parse_args(argv)

    questions = load_eval()
    heldout = load_eval(HELDOUT)
    heldout2 = load_eval(HELDOUT2)
    heldout3 = load_eval(HELDOUT3)
    heldout4 = load_eval(HELDOUT4)
    heldout5 = load_eval(HELDOUT5)
    heldout6 = load_eval(HELDOUT6)
    heldout7 = load_eval(HELDOUT7)
    heldout8 = load_eval(HELDOUT8)
    public = load_eval(PUBLIC)
    asked = [(item["q"], lang) for lang in (*LANGS, "oos") for item in questions[lang]]
    kb = load_kb(args.content)

    start = time.perf_counter()
    from bot.search import Searcher

    searcher = Searcher(kb)
    startup = time.perf_counter() - start
    median, p99 = timings(searcher, asked)

    bm25 = bm25_ranker(kb, questions)
    for path, items in (
        (EVAL, questions),
        (HELDOUT, heldout),
        (HELDOUT2, heldout2),
        (HELDOUT3, heldout3),
        (HELDOUT4, heldout4),
        (HELDOUT5, heldout5),
        (HELDOUT6, heldout6),
        (HELDOUT7, heldout7),
        (HELDOUT8, heldout8),
        (PUBLIC, public),
    ):
        report(path, items, evaluate(searcher_ranker(searcher), items), evaluate(bm25, items))
    long_messages = wrapped(questions)
    print(
        "the same questions inside longer messages (a greeting, a story, the question, "
        "thanks; bench.search_bench.WRAPPERS):"
    )
    report(
        "questions.yaml inside longer messages",
        long_messages,
        evaluate(searcher_ranker(searcher), long_messages),
        evaluate(bm25, long_messages),
    )
    circumstances = with_circumstances()
    print("a topic's own words with circumstances around them (bench.search_bench.CIRCUMSTANCES):")
    report(
        "topic words with circumstances",
        circumstances,
        evaluate(searcher_ranker(searcher), circumstances),
        evaluate(bm25, circumstances),
    )
    pooled = pool(heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8)
    print("every held-out set together (heldout.yaml ... heldout8.yaml):")
    report(None, pooled, evaluate(searcher_ranker(searcher), pooled), evaluate(bm25, pooled))
    print(
        f"(oos: out-of-scope messages left unanswered, 'all' with gibberish too. BM25's answer "
        f"threshold, {bm25.threshold:.2f}, is tuned on {EVAL.name}.)"
    )
    cv = cross_validation(kb, searcher.analyzer)
    print(
        f"5-fold cross-validation over the content's examples ({cv['n']:.0f} asked): "
        f"top-1 {cv['top1']:.1%}, top-3 {cv['top3']:.1%}, "
        f"confident and wrong {cv['confident_wrong']:.1%}"
    )
    print(
        f"start-up (dictionaries + index, {len(kb.topic_ids)} topics x {len(kb.languages)} "
        f"languages): {startup:.2f} s on a first start"
    )
    print(
        f"start-up with the word cache of a previous start (bot.search.wordcache): "
        f"{warm_startup(kb, searcher):.2f} s"
    )
    print(f"time per question, real content: median {median:.2f} ms, p99 {p99:.2f} ms")

    if not args.quick:
        big = synthetic_kb(kb, 1000)
        start = time.perf_counter()
        big_searcher = Searcher(big, analyzer=searcher.analyzer)
        big_build = time.perf_counter() - start
        big_median, big_p99 = timings(big_searcher, asked)
        print(
            f"synthetic 1,000 topics x {len(big.languages)} languages: index built in "
            f"{big_build:.2f} s (dictionaries already loaded); "
            f"median {big_median:.2f} ms, p99 {big_p99:.2f} ms per question"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process): {peak:.0f} MB")
    return 0


def warm_startup(kb: KnowledgeBase, searcher: Any) -> float:
    """What `infopoint run` takes when search-words.pickle exists from an earlier start."""
    import tempfile

    from bot.search import Searcher, wordcache
    from bot.search.morph import Analyzer

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / wordcache.FILENAME
        wordcache.save(path, searcher.analyzer.words)
        start = time.perf_counter()
        analyzer = Analyzer()
        analyzer.words.update(wordcache.load(path))
        Searcher(kb, analyzer=analyzer)
        return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())
