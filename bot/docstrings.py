"""`infopoint run` without the docstrings of the bot's own code and of the biggest libraries'.

A docstring is a string kept by its function, class or module for as long as the process
runs; nothing in a running bot reads them. The bot's own (~0.8 MB), python-telegram-bot's
(~1.6 MB, its whole API reference) and numpy's (~1 MB) are most of what a warmed-up bot holds
of them (docs/performance.md, change 51). Python's `-OO` drops every library's docstrings and
asserts too, and a library may read its `__doc__`; this drops the docstrings of `PACKAGES`
and of the standard library (`STANDARD`) only, nothing else (the compiled code otherwise the
same, line numbers and asserts kept). A dataclass without a docstring gets its signature as one
(Python's dataclasses): a short string.
Compiled without each instruction's columns too (`CHILD`): a traceback still names every line,
without the carets under it.

The code compiled so is kept like a `.pyc`: `$CACHE_DIRECTORY` (systemd's `CacheDirectory=`,
deploy/infopoint.service) mirrors the sources' paths; without it, the source's own
`__pycache__` (`name.cpython-311.nodoc.pyc`) where it may be written. A module without such
code (a first start, a source changed since, nowhere to write) is imported as usual; once the
bot is up, a child process compiles what was missing (where it may be written) for the next
start: no start waits for compiling.
"""

from __future__ import annotations

import _imp
import ast
import contextlib
import importlib.abc
import importlib.machinery
import importlib.util
import marshal
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import CodeType, ModuleType

# the bot's own and the libraries whose code reads none of its docstrings (numpy also runs under
# -OO; aiohttp, Babel, phonenumbers and rapidfuzz only copy one to another, ~0.4 MB together);
# and the smaller pure-Python ones a running bot imports (attrs, sortedcontainers, propcache and
# typing_extensions write a generated function's docstring, none reads its own), ~0.3 MB
PACKAGES = (
    *("bot", "telegram", "numpy", "aiohttp", "babel", "phonenumbers", "rapidfuzz"),
    *("yaml", "attr", "yarl", "multidict", "aiosqlite", "aiohappyeyeballs", "idna", "propcache"),
    *("sortedcontainers", "typing_extensions", "pymorphy3", "pystempel", "snowballstemmer"),
    *("frozenlist", "aiosignal", "aiolimiter"),
)
# and the standard library's modules imported once the finder is in place (asyncio, email, ssl,
# urllib, json, logging …; it runs under -OO, as Python's own tests check), ~0.6 MB; not the
# frozen ones (imported before any finder of ours, from Python itself)
STANDARD = sys.stdlib_module_names
# and whose code reads no function's annotations either: python-telegram-bot's are evaluated as
# each function is made (~4,200 `X | None` objects, ~0.7 MB its functions keep), the bot's are
# strings (~0.25 MB of tuples); a class's annotations stay (dataclasses read them; change 59)
UNANNOTATED = ("bot", "telegram")
TAG = f"{sys.implementation.cache_tag}.nodoc2.pyc"  # (`.nodoc.pyc`: format 1, with the columns)
FORMAT = 2  # in a kept file's header (a `.pyc`'s flags): the functions' annotations, the columns
# the child that compiles them (`keep_missing`): without each instruction's columns (Python
# 3.11 keeps a line, an end line and two columns for each, for the carets under a traceback's
# line; ~0.8 MB of these packages' code; the line numbers stay)
CHILD = (sys.executable, "-X", "no_debug_ranges", "-m", "bot.docstrings")


def _header(source: os.stat_result) -> bytes:
    """A `.pyc`'s header: the interpreter's magic number, the source's time and size."""
    stamp = int(source.st_mtime) & 0xFFFFFFFF
    return (
        importlib.util.MAGIC_NUMBER
        + FORMAT.to_bytes(4, "little")
        + stamp.to_bytes(4, "little")
        + (source.st_size & 0xFFFFFFFF).to_bytes(4, "little")
    )


def cache_path(source: str) -> Path | None:
    """Where the code of `source` without its docstrings is kept; None: nowhere writable."""
    path = Path(source)
    name = f"{path.stem}.{TAG}"
    root = os.environ.get("CACHE_DIRECTORY")
    if root:
        return Path(root.split(":")[0], "nodoc", *path.parent.parts[1:], name)
    folder = path.parent / "__pycache__"
    if os.access(folder, os.W_OK) or (not folder.exists() and os.access(path.parent, os.W_OK)):
        return folder / name
    return None


def package(source: str) -> str:
    """The top-level package of the module in `source` (its outermost folder of a package)."""
    folder, top = Path(source).parent, Path(source).stem
    while (folder / "__init__.py").exists():
        folder, top = folder.parent, folder.name
    return top


def undocumented(text: bytes, source: str) -> CodeType:
    """`text` compiled as Python would, without the docstrings of its module, classes and
    functions (a body that was only its docstring: `pass`); in `UNANNOTATED` packages, without
    its functions' annotations (its classes' stay: dataclasses and attrs read those)."""
    tree = ast.parse(text, source)
    bare = package(source) in UNANNOTATED
    for node in ast.walk(tree):
        if bare and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            node.returns = None
            given = node.args
            named = (*given.posonlyargs, *given.args, *given.kwonlyargs, given.vararg, given.kwarg)
            for arg in named:
                if arg is not None:
                    arg.annotation = None
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                node.body = body[1:] or [ast.copy_location(ast.Pass(), body[0])]
    code: CodeType = compile(tree, source, "exec", dont_inherit=True)
    return code


def _kept(source: str, cached: Path) -> CodeType | None:
    """The code kept in `cached` for `source` as it is now; None: none, or an older one."""
    try:
        data = cached.read_bytes()
    except OSError:
        return None
    if data[:16] != _header(os.stat(source)):
        return None
    code: CodeType = marshal.loads(memoryview(data)[16:])
    _imp._fix_co_filename(code, source)  # type: ignore[attr-defined]  # (as importlib does)
    return code


def keep(source: str) -> None:
    """Compile `source` without its docstrings into its cache (written whole or not at all)."""
    cached = cache_path(source)
    if cached is None:
        return
    header = _header(os.stat(source))
    code = undocumented(Path(source).read_bytes(), source)
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_name(f"{cached.name}.{os.getpid()}")
    partial.write_bytes(header + marshal.dumps(code))
    partial.replace(cached)


class _Loader(importlib.machinery.SourceFileLoader):
    def __init__(self, fullname: str, path: str, code: CodeType) -> None:
        super().__init__(fullname, path)
        self.code: CodeType | None = code

    def get_code(self, fullname: str) -> CodeType:
        code, self.code = self.code, None  # not kept by the loader once the module runs
        if code is None:
            code = super().get_code(fullname)
        if code is None:  # (only for a loader of no source)
            raise ImportError(fullname)
        return code


class _Finder(importlib.abc.MetaPathFinder):
    def __init__(self) -> None:
        self.missing: list[str] = []

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        top = fullname.partition(".")[0]
        if top not in PACKAGES and (top not in STANDARD or _imp.is_frozen(fullname)):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return spec
        source = str(spec.origin)
        cached = cache_path(source)
        code = _kept(source, cached) if cached is not None else None
        if code is not None:
            spec.loader = _Loader(fullname, source, code)
        elif cached is not None:
            self.missing.append(source)  # imported as usual; compiled for the next start
        return spec


def _finder() -> _Finder | None:
    return next((f for f in sys.meta_path if isinstance(f, _Finder)), None)


def drop() -> None:
    """From now on, the modules of `PACKAGES` imported for the first time have no docstrings
    where their code without them was kept by an earlier start (`keep_missing`)."""
    if _finder() is None:
        sys.meta_path.insert(0, _Finder())


def keep_missing() -> None:
    """What this start imported with its docstrings for want of kept code (the first start,
    or sources changed since) compiled without them for the next start: in a child process at
    the lowest priority, so that neither the bot's memory nor its turns pay for it, and not
    waited for (a thread reaps it; a stop does not wait for it)."""
    finder = _finder()
    if finder is None or not finder.missing:
        return
    paths, finder.missing = finder.missing, []
    child = subprocess.Popen(  # noqa: S603 - this interpreter, this module
        CHILD,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    threading.Thread(target=child.communicate, args=("\n".join(paths),), daemon=True).start()


def _main() -> None:
    os.nice(19)
    for source in sys.stdin.read().splitlines():
        with contextlib.suppress(OSError, SyntaxError, ValueError):
            keep(source)


if __name__ == "__main__":
    _main()
