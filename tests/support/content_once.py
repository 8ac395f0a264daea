"""The content read once per test process for each set of files, not in each app build: the
shipped content and the example network's offices take ~0.7 s to read, check and assemble, and
~400 tests build an app of them (tests/shipped/ runs in one worker: this was half its time).

The key is everything the content is made of: every file read (its bytes: a test that writes or
edits a file gets its own reading), the languages, the day (expiry), the staff's language and
each office's placeholder values, folder, name, offices and the line of its `local:` (not the
config's file: each test writes its own, and it is named only in an error; with it, this key
missed in each of ~3,000 app builds, and tests/conftest.py's `content_assembled_once` reckoned
its own). Content with an error is read as it is each time (its InvalidFile raised anew). The
knowledge bases are not changed after loading (the search and the features only read them), so
the same ones serve every test that reads the same files. (Not keyed by bot.content.kept's
inputs, which `infopoint run` keeps the content by: they also walk the bot's code and the whole
content folder, ~7 ms an app build, ~25 s of CPU in a run.)"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest


def _files(content_dir: Path, languages: tuple[str, ...], variants: Mapping[str, Any]) -> str:
    digest = hashlib.sha256()
    paths = [content_dir / f"faq_{code}.yaml" for code in languages]
    for variant in variants.values():
        if variant.own_dir is not None and variant.own_dir.is_dir():
            paths.extend(sorted(p for p in variant.own_dir.rglob("*") if p.is_file()))
    for path in paths:
        digest.update(str(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0missing")
    return digest.hexdigest()


def _variants(variants: Mapping[str, Any], languages: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(
        (
            key,
            str(v.own_dir),
            v.name,
            tuple(sorted(v.offices)),
            v.local_at and v.local_at[1:],  # (its file, each test's config: only ever in an error)
            tuple(tuple(sorted(v.placeholders(code).items())) for code in languages),
        )
        for key, v in variants.items()
    )


@pytest.fixture(autouse=True, scope="session")
def content_read_once() -> Iterator[None]:
    from bot import search
    from bot.content import knowledge

    real = knowledge.load_variants
    memo: dict[Any, Any] = {}
    real_fingerprint = search.fingerprint
    fingerprints: dict[int, tuple[Any, str]] = {}  # id -> (the knowledge base, kept alive; its)

    def fingerprint(kb: Any) -> str:  # noqa: ANN401 - KnowledgeBase
        """The same knowledge base's fingerprint reckoned once (~15 ms for the shipped content)."""
        if (found := fingerprints.get(id(kb))) is None or found[0] is not kb:
            fingerprints[id(kb)] = found = (kb, real_fingerprint(kb))
        return found[1]

    def load_variants(
        content_dir: Path,
        languages: tuple[str, ...],
        variants: Mapping[str, Any],
        today: Any = None,  # noqa: ANN401 - dt.date | None
        prefer: str | None = None,
    ) -> Any:  # noqa: ANN401 - dict[str, KnowledgeBase]
        if today is None:
            return real(content_dir, languages, variants, today, prefer)
        key = (
            str(content_dir),
            tuple(languages),
            today,
            prefer,
            _variants(variants, tuple(languages)),
            _files(Path(content_dir), tuple(languages), variants),
        )
        if key not in memo:
            memo[key] = real(content_dir, languages, variants, today, prefer)
        return dict(memo[key])

    patch = pytest.MonkeyPatch()
    patch.setattr(knowledge, "load_variants", load_variants)
    patch.setattr(search, "fingerprint", fingerprint)
    yield
    patch.undo()
