"""The hostile-input battery: every public callable, driven with junk (issue 10).

The battery enumerates every public callable of every public module from its
``__all__`` (functions, classes, their classmethods and public methods), builds
each call from the callable's signature, and puts junk from
``tests/hostile_strategies.py`` in one or more places, valid values from
``tests/hostile_examples.py`` elsewhere. A new public function is driven the day
it is added; one the battery cannot call (a required parameter without a valid
example) fails `test_every_public_callable_is_driven`.

The law, for every call:

1. **Only MagnesiumError escapes.** A wrong Python type may raise a subclass that
   also derives from `TypeError`; nothing else (no bare `ValueError`, no
   `decimal.InvalidOperation`, no `OverflowError`, no warning: warnings are
   errors here). The message of an escaping error must render.
2. **Every result is finite everywhere.** The walk visits every attrs field,
   every public property, every element of tuples, lists, sets and mappings, and
   checks every float, Decimal, complex, numpy scalar and numeric array. By
   design, and only there: the last band of a threshold table ends at ``+inf``
   (``Band.upper``, ``Cutoffs.edges``), and a result of ``magnesium.arrays``
   may hold NaN where the input held a missing value (NaN, ``None``,
   ``pandas.NA``): the rule checked is that NaN is accepted in a result of
   ``magnesium.arrays`` only if the call's input contained a missing value
   (positions are not matched); infinity never. ``Unmatched.query`` of a
   screening result is an input echoed as given (``screen`` drops nothing, and
   reports ``42`` or NaN in a medication list as unmatched), and is not walked.
3. **Time is bounded by the input's size.** A call may take 1 s plus 5 us per
   byte of input (CPU time of the process, so a busy shared runner does not
   make it flaky; a hang detector, not a speed test), and is stopped after 10 s
   of wall-clock time by a timer signal.

Examples per callable: a quarter of the Hypothesis profile's ``max_examples``
(25 by default and in CI), or ``MAGNESIUM_HOSTILE_EXAMPLES``; the ``hostile``
profile (``pytest tests/test_hostile.py --hypothesis-profile=hostile``) runs
1000 per callable. Nothing is skipped: a public callable is driven, or
excluded in `EXCLUDED` with the reason it cannot be called as a function.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import math
import os
import signal
import threading
import time
import types
import warnings
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, cast

import attrs
import numpy as np
import pint
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import magnesium as mg
from magnesium.errors import MagnesiumError
from tests.hostile_examples import VALID, VALID_FOR, examples
from tests.hostile_strategies import junk

pd: Any = importlib.import_module("pandas")  # in the dev extra; untyped

if TYPE_CHECKING:
    from types import FrameType

PUBLIC_MODULES: Final = (
    "magnesium",
    "magnesium.units",
    "magnesium.serum",
    "magnesium.thresholds",
    "magnesium.sources",
    "magnesium.errors",
    "magnesium.rda",
    "magnesium.foods",
    "magnesium.causes",
    "magnesium.workup",
    "magnesium.repletion",
    "magnesium.salts",
    "magnesium.arrays",
    "magnesium.accessors",
    "magnesium.analytes",
    "magnesium.prescribing",
    "magnesium.serialize",
    "magnesium.critical",
    "magnesium.hypermagnesemia",
    "magnesium.plausibility",
    "magnesium.interop",
    "magnesium.fhir",
    "magnesium.hl7",
    "magnesium.frames",
    "magnesium.plots",
    "magnesium.mcp_server",
    "magnesium.protocols",
)

_ENUM: Final = (
    "an Enum class: calling it is the standard library's lookup by value (a ValueError by "
    "design); the library's entry points that accept a member's name are driven"
)
EXCLUDED: Final[Mapping[str, str]] = {
    "magnesium.thresholds.Population": _ENUM,
    "magnesium.thresholds.Severity": _ENUM,
    "magnesium.thresholds.Status": _ENUM,
    "magnesium.rda.Authority": _ENUM,
    "magnesium.foods.FoodGroup": _ENUM,
    "magnesium.rda.IntakeKind": _ENUM,
    "magnesium.rda.ReproductiveStatus": _ENUM,
    "magnesium.rda.Sex": _ENUM,
    "magnesium.analytes.Analyte": _ENUM,
    "magnesium.prescribing.FactKind": _ENUM,
    "magnesium.causes.Category": _ENUM,
    "magnesium.causes.Inheritance": _ENUM,
    "magnesium.causes.Mechanism": _ENUM,
    "magnesium.causes.OrganSystem": _ENUM,
    "magnesium.causes.Site": _ENUM,
    "magnesium.causes.UrinaryCalcium": _ENUM,
    "magnesium.workup.UrineInterpretation": _ENUM,
    "magnesium.repletion.LimitKind": _ENUM,
    "magnesium.protocols.Law": _ENUM,
    "magnesium.salts.Route": _ENUM,
    "magnesium.sources.Verification": _ENUM,
    "magnesium.critical.CriticalPopulation": _ENUM,
    "magnesium.interop.LoincUse": _ENUM,
    "magnesium.arrays.Detail": "a typing.Literal alias, not a function: typing refuses a call",
    "magnesium.arrays.Errors": "a typing.Literal alias, not a function: typing refuses a call",
    "magnesium.arrays.Censored": "a typing.Literal alias, not a function: typing refuses a call",
    "magnesium.frames.Sources": "a typing.Literal alias, not a function: typing refuses a call",
    "magnesium.accessors.MagnesiumAccessor": (
        "holds the caller's column as given (missing values too, which the NaN rule counts); "
        "a non-Series raises ArgumentTypeError (tests/test_frames.py); its methods are driven"
    ),
    "magnesium.plausibility.ErrorFactory": "a typing.Callable alias, not a function: typing "
    "refuses a call",
}
"""Public callables the battery does not drive, each with the reason."""

ECHOES: Final[Mapping[str, str]] = {
    "magnesium.plausibility.shown": "returns its argument unchanged, for an error message to "
    "show (a stand-in only for an int or Fraction too long to print): the NaN given is the NaN "
    "returned. Rules 1 and 3 apply; rule 2 does not.",
}
"""Driven callables whose result is their input by design, each with the reason."""

EXAMPLES_PER_CALLABLE: Final = int(
    os.environ.get("MAGNESIUM_HOSTILE_EXAMPLES") or max(10, settings().max_examples // 4)
)
HANG_SECONDS: Final = 10.0
BASE_SECONDS: Final = 1.0
SECONDS_PER_BYTE: Final = 5e-6


@attrs.frozen
class Target:
    """One public callable; *owner* is set for an instance method (called on an example)."""

    name: str
    function: Callable[..., object]
    owner: type | None = None

    @property
    def parameters(self) -> tuple[inspect.Parameter, ...]:
        """The parameters a caller passes (not ``self``, not ``*args``/``**kwargs``)."""
        found = tuple(inspect.signature(self.function).parameters.values())
        if self.owner is not None:
            found = found[1:]
        return tuple(p for p in found if p.kind not in {p.VAR_POSITIONAL, p.VAR_KEYWORD})


def _qualname(obj: object, module: str, name: str) -> str:
    qualname = getattr(obj, "__qualname__", None)
    owner = getattr(obj, "__module__", None)
    if isinstance(qualname, str) and isinstance(owner, str) and owner.startswith("magnesium"):
        return f"{owner}.{qualname}"
    return f"{module}.{name}"


def _methods(cls: type, prefix: str) -> Iterator[Target]:
    for name in dir(cls):
        if name.startswith("_"):
            continue
        raw = inspect.getattr_static(cls, name)
        if isinstance(raw, classmethod | staticmethod):
            yield Target(f"{prefix}.{name}", getattr(cls, name))
        elif inspect.isfunction(raw) and raw.__module__.startswith("magnesium"):
            yield Target(f"{prefix}.{name}", raw, cls)


def public_callables() -> dict[str, Target]:
    """Every public callable of every public module, by the name of its definition."""
    found: dict[str, Target] = {}
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, types.ModuleType) or not callable(obj):
                continue
            qualname = _qualname(obj, module_name, name)
            found[qualname] = Target(qualname, obj)
            if isinstance(obj, type):
                found.update((t.name, t) for t in _methods(obj, qualname))
    return found


TARGETS: Final = public_callables()
DRIVEN: Final = sorted(set(TARGETS) - set(EXCLUDED))


def receiver(owner: type) -> object:
    """The instance an instance method is called on: an example, or an enum's first member."""
    if issubclass(owner, enum.Enum):
        return next(iter(owner))
    return examples()[owner]


def valid_values(target: Target, parameter: inspect.Parameter) -> tuple[object, ...]:
    """Valid values for one parameter of *target*; empty if none is known."""
    if (target.name, parameter.name) in VALID_FOR:
        return VALID_FOR[target.name, parameter.name]
    function = target.function
    if isinstance(function, type) and function in examples():
        example = examples()[function]
        for field in attrs.fields(function):
            if field.init and field.alias == parameter.name:
                return (getattr(example, field.name),)
    return VALID.get(parameter.name, ())


# ---------------------------------------------------------------- the law


class _HangError(BaseException):
    """Raised by the timer signal in a call that runs too long (not an Exception)."""


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _HangError


def _size(value: object, depth: int = 0) -> int:
    """Roughly how many bytes of input *value* is."""
    if depth > 4:
        return 8
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass"))
    if isinstance(value, bytes | bytearray):
        return len(value)
    if isinstance(value, int):
        return value.bit_length() // 8 + 1
    if isinstance(value, Decimal):
        return len(value.as_tuple().digits) + 8
    if isinstance(value, Fraction):
        return _size(value.numerator) + _size(value.denominator)
    if isinstance(value, np.ndarray):
        return int(value.nbytes)
    if isinstance(value, list | tuple | set | frozenset):
        return 8 + sum(_size(item, depth + 1) for item in value)
    if isinstance(value, dict):
        return 8 + sum(_size(k, depth + 1) + _size(v, depth + 1) for k, v in value.items())
    return 8


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    return isinstance(value, Decimal) and value.is_nan()


def _is_nan(value: complex | Decimal | np.generic) -> bool:
    if isinstance(value, Decimal):
        return value.is_nan()
    if isinstance(value, complex):
        return math.isnan(value.real) or math.isnan(value.imag)
    return bool(np.isnan(value))


def _has_missing(value: object, depth: int = 0) -> bool:
    """Whether *value* is or holds a missing value (an array input may pass it through)."""
    if _is_missing(value):
        return True
    if depth > 3:
        return False
    if isinstance(value, np.ndarray | pd.Series):
        return bool(pd.isna(np.asarray(value, dtype=object)).any()) if value.size else False
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return any(_has_missing(item, depth + 1) for item in value)
    return False


# A number that may be infinite by design: the open upper end of the last band.
_OPEN_ENDED: Final = frozenset({"Band.upper", "Cutoffs.edges"})
# A field that echoes an input as given, junk included (see rule 2).
_ECHOED: Final = (".Unmatched.query",)


def _opaque(value: object) -> bool:
    """Whether *value* holds no number that could be non-finite (text, ints, enums...)."""
    if isinstance(value, np.generic):
        return not isinstance(value, np.number)
    return isinstance(value, bool | str | bytes | int | Fraction | enum.Enum | BaseException)


def _items(value: object) -> list[tuple[str, object]]:
    """The labelled parts of a mapping (keys and values) or a collection; else none."""
    if isinstance(value, Mapping):
        keys = [("key", key) for key in value]
        return keys + [(_show(key, 40), item) for key, item in value.items()]
    if isinstance(value, list | tuple | set | frozenset):
        return [(str(index), item) for index, item in enumerate(value)]
    return []


@attrs.define
class _Walk:
    """Visits every number reachable from a result; records the first non-finite one."""

    nan_allowed: bool
    seen: set[int] = attrs.field(factory=set)
    kept: list[object] = attrs.field(factory=list)
    problem: str | None = None

    def number(self, value: complex | Decimal | np.generic, path: str) -> None:
        if isinstance(value, Decimal):
            finite = value.is_finite()
        elif isinstance(value, complex):
            finite = math.isfinite(value.real) and math.isfinite(value.imag)
        elif isinstance(value, np.number):
            finite = bool(np.isfinite(value))
        else:
            finite = math.isfinite(value)
        if not finite and self.nan_allowed and _is_nan(value):
            return
        if not finite and not self._open_end(value, path):
            self.problem = self.problem or f"{path} = {value!r}"

    @staticmethod
    def _open_end(value: object, path: str) -> bool:
        finite_kind = not isinstance(value, Decimal)  # an sNaN refuses comparison
        return finite_kind and value == math.inf and any(end in path for end in _OPEN_ENDED)

    def array(self, values: Any, path: str) -> None:
        array = np.asarray(values)
        if array.dtype.kind == "O":
            for index, item in enumerate(array.ravel().tolist()[:10_000]):
                if not _is_missing(item):
                    self.visit(item, f"{path}[{index}]")
            return
        if array.dtype.kind not in "fc":
            return
        bad = np.isinf(array) | (np.isnan(array) & (not self.nan_allowed))
        if bad.any() and not (path.endswith("edges") and np.isposinf(array[bad]).all()):
            self.problem = self.problem or f"{path} = {array[bad][:3]!r} (non-finite)"

    def visit(self, value: object, path: str) -> None:
        if self.problem or id(value) in self.seen or _opaque(value) or path.endswith(_ECHOED):
            return
        if isinstance(value, float | complex | Decimal | np.number):
            self.number(value, path)
            return
        self.seen.add(id(value))
        self.kept.append(value)  # alive until the walk ends, so that no id is reused
        if isinstance(value, np.ndarray | pd.Series | pd.Categorical | pd.Index):
            self.array(value, path)
        elif isinstance(value, pint.Quantity):
            self.visit(value.magnitude, f"{path}.magnitude")
        elif attrs.has(type(value)):
            self.fields(value, path)
        else:
            for label, item in _items(value):
                self.visit(item, f"{path}[{label}]")

    def fields(self, value: object, path: str) -> None:
        cls = type(value)
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", cls)):
            self.visit(getattr(value, field.name), f"{path}.{cls.__name__}.{field.name}")
        for name in dir(cls):
            if not name.startswith("_") and isinstance(inspect.getattr_static(cls, name), property):
                try:
                    item = getattr(value, name)
                except Exception as error:  # noqa: BLE001 (a property of a result must not raise)
                    self.problem = self.problem or f"{path}.{name} raised {error!r:.300}"
                    return
                self.visit(item, f"{path}.{cls.__name__}.{name}")


def _show(value: object, width: int = 120) -> str:
    """A short repr, also of an int too long for Python to print."""
    try:
        text = repr(value)
    except ValueError:
        text = f"<{type(value).__name__} of {_size(value)} bytes>"
    return text[:width]


def _describe(target: Target, args: list[object], kwargs: dict[str, object]) -> str:
    shown = [_show(a) for a in args] + [f"{k}={_show(v)}" for k, v in kwargs.items()]
    return f"{target.name}({', '.join(shown)})"


def _timed(call: Callable[[], object], hang_seconds: float = HANG_SECONDS) -> tuple[object, float]:
    """Run *call* under the hang timer (on the main thread); return its result and CPU seconds.

    The budget is checked against the process's CPU time, which other jobs on a shared
    runner do not inflate; the timer signal stops a call that hangs in wall-clock time.
    """
    armed = threading.current_thread() is threading.main_thread()
    if armed:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, hang_seconds)
    start = time.process_time()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            result = call()
    finally:
        elapsed = time.process_time() - start
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return result, elapsed


def _broken(target: Target, args: list[object], kwargs: dict[str, object]) -> str | None:
    """Call *target*; return how the call broke the law, or ``None``."""
    function = target.function
    if target.owner is not None:
        function = getattr(receiver(target.owner), function.__name__)
    try:
        result, elapsed = _timed(lambda: function(*args, **kwargs))
    except _HangError:
        return f"ran longer than {HANG_SECONDS} s"
    except MagnesiumError as error:
        return _unrendered(error, "raised")
    except Exception as error:  # noqa: BLE001 (the law: nothing else escapes)
        kind = type(error)
        return f"raised {kind.__module__}.{kind.__qualname__}: {_show(str(error), 300)}"
    size = _size(args) + _size(kwargs)
    budget = BASE_SECONDS + SECONDS_PER_BYTE * size
    if elapsed > budget:
        return f"took {elapsed:.2f} s of CPU for {size} bytes of input (budget {budget:.2f} s)"
    if target.name in ECHOES:
        return None
    missing_in = _has_missing(args) or _has_missing(kwargs)
    walk = _Walk(nan_allowed=target.name.startswith("magnesium.arrays.") and missing_in)
    walk.visit(result, "result")
    if walk.problem:
        return f"returned a non-finite number: {walk.problem}"
    return _unrendered(result, "returned") if isinstance(result, BaseException) else None


def _unrendered(error: BaseException, verb: str) -> str | None:
    """How the message of *error* fails to render, or ``None`` (it renders)."""
    try:
        str(error)
    except Exception as failure:  # noqa: BLE001 (an error message must render)
        return f"{verb} {type(error).__name__} whose message fails: {failure!r:.300}"
    return None


def violation(target: Target, args: list[object], kwargs: dict[str, object]) -> str | None:
    """Call *target* and return how it broke the law, with the call, or ``None``."""
    problem = _broken(target, args, kwargs)
    return problem and f"{_describe(target, args, kwargs)} {problem}"


# ---------------------------------------------------------------- calls


@st.composite
def arguments(draw: st.DrawFn, target: Target) -> tuple[list[object], dict[str, object]]:
    """A call of *target*: each parameter valid, junk or (if it has a default) left out."""
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for parameter in target.parameters:
        valid = valid_values(target, parameter)
        choices = ["junk"] + ["valid"] * 2 * bool(valid)
        if parameter.default is not parameter.empty and parameter.kind != parameter.POSITIONAL_ONLY:
            choices.append("default")
        choice = draw(st.sampled_from(choices))
        if choice == "default":
            continue
        value = draw(junk() if choice == "junk" else st.sampled_from(valid))
        if parameter.kind == parameter.POSITIONAL_ONLY:
            args.append(value)
        else:
            kwargs[parameter.name] = value
    return args, kwargs


@pytest.mark.parametrize("name", DRIVEN)
@settings(
    max_examples=EXAMPLES_PER_CALLABLE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_only_magnesium_errors_escape_and_results_are_finite(
    name: str, data: st.DataObject
) -> None:
    """The law holds for every driven public callable, whatever it is given."""
    target = TARGETS[name]
    args, kwargs = data.draw(arguments(target), label="call")
    problem = violation(target, args, kwargs)
    assert problem is None, problem


def _sweep() -> tuple[object, ...]:
    """Common junk, tried in every parameter of every callable (fresh: one holds an iterator)."""
    return (
        math.nan,
        -math.inf,
        -1.0,
        10**400,
        Decimal("sNaN"),
        Fraction(1, 3),
        np.float64("nan"),
        np.array([1, 2]),
        "x",
        "",
        None,
        True,
        [],
        {"x": 1},
        iter([math.nan]),
        object(),
    )


def _split(target: Target, values: Mapping[str, object]) -> tuple[list[object], dict[str, object]]:
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for parameter in target.parameters:
        if parameter.name not in values:
            continue
        if parameter.kind == parameter.POSITIONAL_ONLY:
            args.append(values[parameter.name])
        else:
            kwargs[parameter.name] = values[parameter.name]
    return args, kwargs


@pytest.mark.parametrize("name", DRIVEN)
def test_each_parameter_refuses_common_junk(name: str) -> None:
    """The law holds with each of a fixed set of junk values in each parameter in turn.

    The random calls above may miss a defect that one value triggers; this sweep is
    deterministic: every parameter gets every value of `_sweep`, the others valid.
    """
    target = TARGETS[name]
    base = {p.name: valid[0] for p in target.parameters if (valid := valid_values(target, p))}
    problems = [
        problem
        for parameter in target.parameters
        for value in _sweep()
        if (problem := violation(target, *_split(target, {**base, parameter.name: value})))
    ]
    assert problems == [], "\n".join(problems[:5])


# ---------------------------------------------------------------- the battery's own checks


def test_every_public_callable_is_driven() -> None:
    """Each public callable is driven or excluded with a reason; each can be called."""
    uncallable = [
        f"{name}({parameter.name})"
        for name in DRIVEN
        for parameter in TARGETS[name].parameters
        if parameter.default is parameter.empty and not valid_values(TARGETS[name], parameter)
    ]
    assert uncallable == [], "add valid examples to tests/hostile_examples.py"
    owners = {t.owner for t in TARGETS.values() if t.owner is not None}
    unbuilt = {o for o in owners if not issubclass(o, enum.Enum)} - set(examples())
    assert unbuilt == set(), "add an example instance to examples()"


def test_exclusions_name_public_callables() -> None:
    """No stale entry: each exclusion names a public callable, and nothing else is skipped."""
    assert set(EXCLUDED) <= set(TARGETS)
    assert set(ECHOES) <= set(DRIVEN)
    accessor = "magnesium.accessors.MagnesiumAccessor"  # the one class: see its reason
    excluded_kinds = {type(TARGETS[name].function) for name in EXCLUDED if name != accessor}
    assert excluded_kinds <= {
        enum.EnumType,
        type(mg.arrays.Detail),
        type(mg.plausibility.ErrorFactory),
    }


def test_enumeration_reaches_classmethods_and_methods() -> None:
    """Functions, classes, classmethods and methods of result types are all enumerated."""
    expected = {
        "magnesium.units.convert",
        "magnesium.serum.SerumMagnesium",
        "magnesium.serum.SerumMagnesium.parse",
        "magnesium.serum.SerumMagnesium.in_unit",
        "magnesium.thresholds.ThresholdSet.band_for",
        "magnesium.thresholds.Band.contains",
        "magnesium.rda.AuthorityTable.row_for",
        "magnesium.repletion.Regimen.grams_within",
        "magnesium.arrays.BandCodes.to_categorical",
    }
    assert expected <= set(DRIVEN)


def _int_of(value: object) -> object:
    return int(value)  # type: ignore[call-overload]


def _nan_of(value: object) -> object:
    del value
    return {"mmol": (1.0, Decimal("NaN"))}


@pytest.mark.parametrize(
    ("function", "value", "expected"),
    [
        (_int_of, "x", "raised builtins.ValueError"),
        (_int_of, math.inf, "raised builtins.OverflowError"),
        (_int_of, None, "raised builtins.TypeError"),
        (_nan_of, 0.7, "returned a non-finite number: result['mmol'][1] = Decimal('NaN')"),
        (lambda value: np.array([value, math.inf]), 0.7, "non-finite"),
        (lambda value: np.array([value, math.nan]), 0.7, "non-finite"),
    ],
)
def test_the_law_catches_a_planted_defect(
    function: Callable[[object], object], value: object, expected: str
) -> None:
    """A foreign exception or a non-finite number anywhere in a result breaks the law."""
    problem = violation(Target("planted", function), [value], {})
    assert problem is not None
    assert expected in problem


def test_the_law_allows_magnesium_errors_and_open_band_ends() -> None:
    """A MagnesiumError may escape; the last band's open upper end is infinite by design."""

    def raises(value: object) -> object:
        raise MagnesiumError(value, "a number", "Pass a number.")

    def band(value: object) -> object:
        return (value, mg.Band(lower=0.95, upper=math.inf, status=mg.Status.HIGH, label="high"))

    assert violation(Target("raises", raises), [0.7], {}) is None
    assert violation(Target("band", band), [0.7], {}) is None


def test_the_law_needs_an_error_message_that_renders() -> None:
    """An error whose message cannot be rendered breaks the law."""

    class UnrenderableError(MagnesiumError):
        def __str__(self) -> str:
            return str(10**5000)

    def raises(value: object) -> object:
        raise UnrenderableError(value, "a number", "Pass a number.")

    problem = violation(Target("raises", raises), [10**5000], {})
    assert problem is not None
    assert "message fails" in problem


def test_a_hang_is_stopped() -> None:
    """The timer signal stops a call that runs past its wall-clock limit."""
    with pytest.raises(_HangError):
        _timed(lambda: time.sleep(5), hang_seconds=0.05)


def test_an_error_message_renders_whatever_it_names() -> None:
    """An error built with a value, expected or hint too long to print still renders."""
    message = str(MagnesiumError(10**5000, 10**5000, 10**5000))  # type: ignore[arg-type]
    assert message.count("<an int of 16610 bits>") == 3
