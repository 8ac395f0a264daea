"""Regenerate tests/support/botapi.json from a machine-readable Bot API specification.

    python tests/support/extract_botapi.py path/to/telegram-bot-api-X.json

Keeps only what the fake server checks: each method's and type's fields, required flags, types.
"""

import json
import sys
from pathlib import Path


def compact(entries: dict) -> dict:
    return {
        name: {
            f["name"]: [bool(f.get("required")), f.get("types", [])] for f in e.get("fields", [])
        }
        for name, e in entries.items()
    }


def main(source: str) -> None:
    spec = json.loads(Path(source).read_text(encoding="utf-8"))
    out = {
        "version": spec["version"],
        "release_date": spec["release_date"],
        "methods": compact(spec["methods"]),
        "types": compact(spec["types"]),
    }
    target = Path(__file__).with_name("botapi.json")
    target.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {target} ({out['version']}, {len(out['methods'])} methods)")


if __name__ == "__main__":
    main(sys.argv[1])
