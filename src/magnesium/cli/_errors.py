r"""How the command line reports a failure: one bounded line, or one JSON object.

Every failure of the ``magnesium`` command goes through this module, so that a
script sees the same shape whatever went wrong:

- a usage error (exit 2) prints argparse's usage and one ``error:`` line;
- a bad value (exit 1) prints ``magnesium: error: <message>``;
- with ``--json`` anywhere on the command line, either prints ONE JSON object
  ``{"error", "type", "hint", "value", "expected"}`` on standard error.

The user's text can be huge (a 1 MB argument) or hold control characters and
lone surrogates; what is printed is always one printable line of bounded length.

Examples:
    >>> elide("a" * 1_000, keep=5)
    'aaaaa...[990 characters]...aaaaa'
    >>> one_line("two\nlines\udcff")
    'two\\nlines\\udcff'
"""

from __future__ import annotations

import json
import sys
from typing import Final

from magnesium.errors import MagnesiumError

KEEP: Final = 60
"""Characters of a long value kept at each end when it is shown."""
LINE: Final = 2_000
"""The longest error line printed (the longest legitimate messages list table names)."""


def elide(text: str, keep: int = KEEP) -> str:
    """Return *text*, or its first and last *keep* characters around a count of the rest.

    Examples:
        >>> elide("short")
        'short'
    """
    if len(text) <= 2 * keep + 30:
        return text
    return f"{text[:keep]}...[{len(text) - 2 * keep} characters]...{text[-keep:]}"


def one_line(text: str) -> str:
    r"""Return *text* with every unprintable character (newline, surrogate) escaped.

    Examples:
        >>> one_line("µmol/L\t")
        'µmol/L\\t'
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


def _text(value: object) -> str:
    try:
        return value if isinstance(value, str) else repr(value)
    except ValueError:  # e.g. an int with more digits than Python will print
        return f"<{type(value).__name__}>"


def message(error: MagnesiumError) -> str:
    """Return *error*'s message as one printable line of bounded length.

    The library's errors already show a long value clipped (its first 150 characters and
    its length); this makes the line printable and bounds the rest.

    Examples:
        >>> from magnesium.errors import ParseError
        >>> print(message(ParseError("9" * 10**6, "a number", "Check it.")))
        '999...9999... (1000002 characters)' cannot be read as a magnesium result: \
expected a number. Check it.
    """
    return elide(one_line(str(error)), keep=LINE // 2 - 30)


def _object(
    error: str, kind: str, hint: str | None, value: str | None, expected: str | None
) -> str:
    def bounded(text: str | None) -> str | None:
        return None if text is None else elide(one_line(text), keep=LINE // 2 - 30)

    payload = {
        "error": bounded(error),
        "type": kind,
        "hint": bounded(hint),
        "value": bounded(value),
        "expected": bounded(expected),
    }
    return json.dumps(payload, ensure_ascii=True, allow_nan=False)


def error_json(error: MagnesiumError) -> str:
    """Return *error* as the JSON object printed with ``--json``.

    Examples:
        >>> from magnesium.errors import UnitError
        >>> print(error_json(UnitError("mg", "mg/dL", "Use mg/dL.")))  # doctest: +ELLIPSIS
        {"error": "'mg' is not an accepted unit ...", "type": "UnitError", "hint": "Use mg/dL.", \
"value": "mg", "expected": "mg/dL"}
    """
    hint = getattr(error, "hint", None)
    expected = getattr(error, "expected", None)
    return _object(
        message(error),
        type(error).__name__,
        hint if isinstance(hint, str) else None,
        elide(_text(getattr(error, "value", None))),
        expected if isinstance(expected, str) else None,
    )


def usage_json(text: str, usage: str, prog: str) -> str:
    """Return an argparse usage error as the JSON object printed with ``--json``.

    Examples:
        >>> print(usage_json("bad", "usage: magnesium sets [-h] [--json]", "magnesium sets"))
        {"error": "bad", "type": "UsageError", "hint": "Run 'magnesium sets --help'.", \
"value": null, "expected": "usage: magnesium sets [-h] [--json]"}
    """
    return _object(text, "UsageError", f"Run '{prog} --help'.", None, " ".join(usage.split()))


def internal_json(error: BaseException) -> str:
    """Return an unexpected exception (a bug) as the JSON object printed with ``--json``.

    Examples:
        >>> internal_json(KeyError("x"))[:40]
        '{"error": "internal error (KeyError); pl'
    """
    return _object(internal(error), "InternalError", "Please report it.", None, None)


def output_json(text: str) -> str:
    """Return a failure to write the output as the JSON object printed with ``--json``.

    Examples:
        >>> output_json("cannot write the output: No space left on device")[:50]
        '{"error": "cannot write the output: No space left '
    """
    return _object(text, "OutputError", "Check where standard output goes.", None, None)


def internal(error: BaseException) -> str:
    """Return the one line shown for an unexpected exception, which is a bug.

    Examples:
        >>> internal(ZeroDivisionError())
        'internal error (ZeroDivisionError); please report it with the command you ran'
    """
    return f"internal error ({type(error).__name__}); please report it with the command you ran"


def say(line: str) -> None:
    """Write one line to standard error; a closed or full standard error is ignored."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(encodable(one_line(line), stream) + "\n")
        stream.flush()
    except (OSError, ValueError):  # nowhere left to report to
        pass


def encodable(text: str, stream: object) -> str:
    r"""Return *text* with what *stream*'s encoding cannot write as backslash escapes.

    Examples:
        >>> import io
        >>> encodable("MgSO4·7H2O", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
        'MgSO4\\xb77H2O'
    """
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str):
        return text
    try:
        return text.encode(encoding, "backslashreplace").decode(encoding, "replace")
    except LookupError:
        return text
