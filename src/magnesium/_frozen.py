"""A read-only mapping that pickles and deep-copies (a `MappingProxyType` does neither).

Examples:
    >>> import pickle
    >>> table = FrozenMapping({"a": 1})
    >>> table["a"], pickle.loads(pickle.dumps(table)) == table
    (1, True)
    >>> table["b"] = 2
    Traceback (most recent call last):
    ...
    TypeError: 'FrozenMapping' object does not support item assignment
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar, overload

__all__ = ["FrozenMapping"]

K = TypeVar("K")
V = TypeVar("V")
D = TypeVar("D")


class FrozenMapping(Mapping[K, V]):
    """A read-only view of a private copy of a mapping; lookups cost what a dict's do."""

    __slots__ = ("_data",)

    _data: dict[K, V]

    def __init__(self, data: Mapping[K, V]) -> None:
        object.__setattr__(self, "_data", dict(data))

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    @overload
    def get(self, key: K, /) -> V | None: ...
    @overload
    def get(self, key: K, default: V | D, /) -> V | D: ...
    def get(self, key: K, default: Any = None, /) -> Any:
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __setattr__(self, name: str, value: object) -> None:
        message = f"{type(self).__name__!r} object is read-only"
        raise AttributeError(message)

    def __reduce__(self) -> tuple[type[FrozenMapping[K, V]], tuple[dict[K, V]]]:
        return (type(self), (self._data,))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data!r})"
