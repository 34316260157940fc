"""Checkpoints of an engine's whole Python state, taken and restored generically, for rewinding a run."""

from __future__ import annotations

import copy
import enum
import numbers
import sys
import types
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import numpy as np

#: Name of the optional engine method listing arrays it replaces but never writes in place.
STATIC_METHOD = "rewind_static"
#: Arrays this big are kept in blocks of about BLOCK_BYTES, so that a ring buffer of which
#: a few rows changed since the previous checkpoint shares the other blocks with it.
BLOCKED_FROM = 256 * 1024
BLOCK_BYTES = 64 * 1024
#: About what a copied bit generator's state takes (a dict of a few ints).
_GENERATOR_BYTES = 1024

_IMMUTABLE = (str, bytes, bool, numbers.Number, type(None), range, slice, enum.Enum, np.generic, np.dtype)
_BY_REFERENCE = (type, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType)


@dataclass(frozen=True)
class _Object:
    """A frozen copy of an object with a ``__dict__``: its class and its attributes."""

    cls: type
    attributes: dict


@dataclass(frozen=True)
class _Array:
    """A frozen array: a read-only copy (or the engine's own array when kept by reference)."""

    data: np.ndarray
    writeable: bool
    by_reference: bool


@dataclass(frozen=True)
class _Blocks:
    """A big frozen array as read-only blocks of rows (shared with other checkpoints where equal)."""

    blocks: tuple[np.ndarray, ...]
    writeable: bool

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, _Blocks) and len(self.blocks) == len(other.blocks)
                and all(a is b for a, b in zip(self.blocks, other.blocks)))

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True)
class _Opaque:
    """An object of another kind (slots, extension types): a deep copy, or the object itself."""

    value: Any


@dataclass(frozen=True)
class _Generator:
    """A frozen copy of a ``numpy.random.Generator``: its bit generator's state."""

    cls: type
    state: dict


@dataclass(frozen=True)
class Checkpoint:
    """Everything an engine holds, frozen at one moment, to be put back with :func:`restore`.

    Attributes
    ----------
    tree : Any
        A copy of the engine's ``__dict__``: arrays copied (read-only), nested objects and
        random generators copied, functions and classes kept by reference.
    arrays : tuple of numpy.ndarray
        Every distinct array the checkpoint holds (for counting bytes).
    new_bytes : int
        Bytes of the arrays copied for this checkpoint (the others are shared with the
        previous checkpoint or kept by reference from the engine).
    unchanged : bool
        True when the engine was exactly as in the previous checkpoint.
    by_reference : tuple of numpy.ndarray
        The engine's own arrays kept by reference (see ``rewind_static``).
    other_bytes : int
        An estimate of the bytes of the Python objects (containers, copied objects, the
        bookkeeping by place) made for this checkpoint alone: never shared, so an engine
        that keeps growing Python lists is held to the history's byte bound as well.
    """

    tree: Any
    arrays: tuple[np.ndarray, ...]
    new_bytes: int
    unchanged: bool
    by_reference: tuple[np.ndarray, ...] = ()
    other_bytes: int = 0
    # Where each array and plain value sat, to share unchanged arrays with the next checkpoint.
    _by_path: Mapping[tuple, Any] = field(default_factory=dict, repr=False, compare=False)


def take(engine: Any, previous: Checkpoint | None = None) -> Checkpoint:
    """Freeze ``engine``'s state; arrays equal to ``previous``'s at the same place are shared, not copied.

    Arrays the engine lists in its optional ``rewind_static()`` method (arrays it only
    ever replaces, never writes in place, such as a big weight matrix) are kept by
    reference: neither copied nor compared.

    Parameters
    ----------
    engine : object
        Any object whose state lives in its ``__dict__`` (every engine in this program).
    previous : Checkpoint, optional
        The last checkpoint taken of the same engine.

    Returns
    -------
    Checkpoint
    """
    static = getattr(engine, STATIC_METHOD, None)
    static_ids = {id(a) for a in static()} if callable(static) else set()
    freezer = _Freezer(static_ids, previous._by_path if previous is not None else {})
    tree = freezer.freeze(dict(vars(engine)), ())
    unchanged = (
        previous is not None
        and freezer.new_bytes == 0
        and freezer.by_path.keys() == previous._by_path.keys()
        and all(_same_leaf(v, previous._by_path[k]) for k, v in freezer.by_path.items())
    )
    other_bytes = freezer.other_bytes + sys.getsizeof(freezer.by_path) + sum(map(sys.getsizeof, freezer.by_path))
    return Checkpoint(tree, tuple(freezer.arrays.values()), freezer.new_bytes, unchanged,
                      tuple(freezer.by_reference.values()), other_bytes, freezer.by_path)


def restore(engine: Any, checkpoint: Checkpoint) -> None:
    """Put ``engine`` back exactly as it was when ``checkpoint`` was taken.

    Nested objects and random generators are restored in place where the engine still
    holds one of the same class, so that whoever else holds them sees the restored state;
    arrays are fresh writable copies (arrays kept by reference go back as they are). The
    checkpoint itself is not changed and can be restored again.
    """
    thawer = _Thawer()
    attributes = thawer.thaw(checkpoint.tree, dict(vars(engine)))
    vars(engine).clear()
    vars(engine).update(attributes)


def _same_leaf(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return a is b
    if isinstance(a, _Opaque) or isinstance(b, _Opaque):
        return False
    if isinstance(a, _Generator) and isinstance(b, _Generator):
        return a.cls is b.cls and _same_state(a.state, b.state)
    try:
        return bool(type(a) is type(b) and (a is b or a == b))
    except Exception:  # e.g. comparing objects whose __eq__ returns arrays
        return False


def _same_state(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_state(a[k], b[k]) for k in a)
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return np.array_equal(a, b)
    return a == b


def root_of(a: np.ndarray) -> np.ndarray:
    """The array that owns ``a``'s memory (``a`` itself unless it is a view)."""
    while isinstance(a.base, np.ndarray):
        a = a.base
    return a


class _Freezer:
    """One walk over an engine's state; remembers what it saw so aliasing survives."""

    def __init__(self, static_ids: set[int], previous: Mapping[tuple, Any]) -> None:
        self.static_ids = static_ids
        self.previous = previous
        self.memo: dict[int, Any] = {}
        self.by_path: dict[tuple, Any] = {}
        self.arrays: dict[int, np.ndarray] = {}
        self.by_reference: dict[int, np.ndarray] = {}
        self.new_bytes = 0
        self.other_bytes = 0
        # Keeps every walked object alive, so its id() cannot be reused during the walk.
        self._seen: list[Any] = []

    def freeze(self, obj: Any, path: tuple) -> Any:
        if isinstance(obj, _IMMUTABLE):
            self.by_path[path] = obj
            return obj
        key = id(obj)
        if key in self.memo:
            return self.memo[key]
        self._seen.append(obj)
        if isinstance(obj, np.ndarray):
            result = self._array(obj, path)
        elif isinstance(obj, np.random.Generator):
            result = _Generator(type(obj), copy.deepcopy(obj.bit_generator.state))
            self.other_bytes += _GENERATOR_BYTES
            self.by_path[path] = result
        elif type(obj) in (dict, list, tuple):
            result = self._container(obj, path)
        elif isinstance(obj, _BY_REFERENCE) or callable(obj):
            result = obj
            self.by_path[path] = obj
        elif hasattr(obj, "__dict__") and not hasattr(type(obj), "__slots__"):
            result = _Object(type(obj), {})
            self.memo[key] = result  # before the attributes: an object may refer to itself
            self.by_path[path + ("__class__",)] = type(obj)
            for k, v in vars(obj).items():
                result.attributes[k] = self.freeze(v, path + (k,))
            self.other_bytes += sys.getsizeof(result.attributes)
        else:
            result = self._fallback(obj, path)
        self.memo[key] = result
        return result

    def _container(self, obj: Any, path: tuple) -> Any:
        if type(obj) is dict:
            self.by_path[path + ("{}",)] = keys = tuple(obj.keys())
            result = {k: self.freeze(v, path + (k,)) for k, v in obj.items()}
            self.other_bytes += sys.getsizeof(result) + sys.getsizeof(keys)
            return result
        self.by_path[path + (type(obj).__name__,)] = len(obj)
        items = [self.freeze(v, path + (i,)) for i, v in enumerate(obj)]
        result = items if type(obj) is list else tuple(items)
        self.other_bytes += sys.getsizeof(result)
        return result

    def _array(self, a: np.ndarray, path: tuple) -> _Array | _Blocks:
        by_reference = id(a) in self.static_ids
        if not by_reference and a.nbytes >= BLOCKED_FROM and a.ndim >= 1 and a.shape[0] >= 2:
            return self._blocks(a, path)
        if by_reference:
            kept = a
            self.by_reference.setdefault(id(root_of(a)), root_of(a))
        else:
            kept = self._copy_unless_equal(a, self.previous.get(path))
        self.arrays.setdefault(id(root_of(kept)), root_of(kept))
        self.by_path[path] = kept
        return _Array(kept, bool(a.flags.writeable), by_reference)

    def _blocks(self, a: np.ndarray, path: tuple) -> _Blocks:
        before = self.previous.get(path)
        blocks, copied = share_blocks(a, before.blocks if isinstance(before, _Blocks) else ())
        self.new_bytes += copied
        for kept in blocks:
            self.arrays.setdefault(id(kept), kept)
        result = _Blocks(blocks, bool(a.flags.writeable))
        self.by_path[path] = result
        return result

    def _copy_unless_equal(self, a: np.ndarray, before: Any) -> np.ndarray:
        kept, copied = _copy_unless_equal(a, before)
        self.new_bytes += copied
        return kept

    def _fallback(self, obj: Any, path: tuple) -> _Opaque:
        """Objects of other kinds (slots, extension types): a deep copy, or by reference if none can be made."""
        try:
            result = _Opaque(copy.deepcopy(obj))
            self.other_bytes += sys.getsizeof(result.value)
        except Exception:
            result = _Opaque(obj)
        self.by_path[path] = result
        return result


def share_blocks(a: np.ndarray, old: tuple[np.ndarray, ...] = ()) -> tuple[tuple[np.ndarray, ...], int]:
    """``a`` as read-only blocks of about BLOCK_BYTES of rows, reusing the blocks of ``old`` that are equal.

    A ring buffer that changed in a few rows, or an array that grew at its end, shares
    all other blocks with ``old``. Returns the blocks and the bytes copied.
    """
    rows = max(1, BLOCK_BYTES // max(1, a.nbytes // max(1, a.shape[0])))
    blocks, copied = [], 0
    for k, start in enumerate(range(0, a.shape[0], rows)):
        kept, n = _copy_unless_equal(a[start:start + rows], old[k] if k < len(old) else None)
        blocks.append(kept)
        copied += n
    return tuple(blocks), copied


def _copy_unless_equal(a: np.ndarray, before: Any) -> tuple[np.ndarray, int]:
    if (isinstance(before, np.ndarray) and before.shape == a.shape and before.dtype == a.dtype
            and np.array_equal(before, a)):
        return before, 0
    kept = np.array(a, copy=True, order="C")
    kept.flags.writeable = False
    return kept, kept.nbytes


class _Thawer:
    """Builds live state back from a frozen tree, reusing the engine's own objects where it can."""

    def __init__(self) -> None:
        self.memo: dict[int, Any] = {}
        self._seen: list[Any] = []

    def thaw(self, node: Any, live: Any) -> Any:
        if isinstance(node, _IMMUTABLE):
            return node
        key = id(node)
        if key in self.memo:
            return self.memo[key]
        self._seen.append(node)
        if isinstance(node, _Array):
            if node.by_reference:
                result = node.data
            else:
                result = node.data.copy()
                result.flags.writeable = node.writeable
        elif isinstance(node, _Blocks):
            result = np.concatenate(node.blocks)
            result.flags.writeable = node.writeable
        elif isinstance(node, _Generator):
            if type(live) is node.cls and type(live.bit_generator).__name__ == node.state["bit_generator"]:
                result = live
            else:
                result = node.cls(getattr(np.random, node.state["bit_generator"])())
            result.bit_generator.state = copy.deepcopy(node.state)
        elif isinstance(node, _Opaque):
            try:
                result = copy.deepcopy(node.value)
            except Exception:
                result = node.value
        elif isinstance(node, _Object):
            result = live if type(live) is node.cls else node.cls.__new__(node.cls)
            self.memo[key] = result  # before the attributes: an object may refer to itself
            old = dict(vars(result))
            attributes = {k: self.thaw(v, old.get(k)) for k, v in node.attributes.items()}
            vars(result).clear()
            vars(result).update(attributes)
        elif type(node) is dict:
            old = live if isinstance(live, dict) else {}
            result = {k: self.thaw(v, old.get(k)) for k, v in node.items()}
        elif type(node) is list:
            result = [self.thaw(v, _item(live, i)) for i, v in enumerate(node)]
        elif type(node) is tuple:
            result = tuple(self.thaw(v, _item(live, i)) for i, v in enumerate(node))
        else:
            result = node  # functions, classes: kept by reference
        self.memo[key] = result
        return result


def _item(live: Any, i: int) -> Any:
    return live[i] if isinstance(live, (list, tuple)) and i < len(live) else None


def arrays_in(values: Iterable[Any], depth: int = 3) -> dict[int, np.ndarray]:
    """The distinct array buffers among ``values`` and in the dicts, lists and tuples they hold, by id of their base."""
    found: dict[int, np.ndarray] = {}
    for v in values:
        if isinstance(v, np.ndarray):
            root = root_of(v)
            found.setdefault(id(root), root)
        elif depth > 0 and isinstance(v, (dict, list, tuple)):
            found.update(arrays_in(v.values() if isinstance(v, dict) else v, depth - 1))
    return found
