"""httpx and tqdm left out of `infopoint run`'s imports (bot.lazy_imports): the libraries that
import them still work when their own code that needs them runs. python-telegram-bot's
`telegram.ext` is not imported at all (bot.channels.telegram.limits.LimitedBot)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_telegram_imported_without_httpx_still_makes_its_default_request() -> None:
    seen = _run(
        "import sys\n"
        "from bot.lazy_imports import telegram_without_httpx\n"
        "with telegram_without_httpx():\n"
        "    from bot import runner\n"
        "    print('telegram.ext' in sys.modules)\n"
        "    import telegram.ext\n"
        "print('httpx' in sys.modules, 'httpcore' in sys.modules)\n"
        "from telegram.request import HTTPXRequest\n"
        "client = HTTPXRequest()._client\n"
        "import httpx\n"
        "print(type(client).__name__, isinstance(client, httpx.AsyncClient))\n"
    )
    assert seen == ["False", "False", "False", "AsyncClient", "True"]


def test_the_polish_stemmer_imported_without_tqdm_and_pystempels_own_reader_still_reads() -> None:
    seen = _run(
        "import sys\n"
        "from bot.search import stempel\n"
        "print('tqdm' in sys.modules, stempel.stem(stempel.polish(), 'kobietami'))\n"
        "import pystempel\n"
        "print(pystempel.Stemmer.default()('kobietami'), 'tqdm' in sys.modules)\n"
    )
    assert seen[0] == "False"
    assert seen[1] == seen[2] == "kobieta"
    assert seen[3] == "True"
