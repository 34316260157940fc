"""Scene files (*.nnscene): a zip of scene.json (a versioned tree) and arrays.npz, saved atomically, read safely."""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping

import numpy as np

from simulator import __version__
from simulator.core.atomic import write_atomically
from simulator.core.text import tr

FORMAT_ID = "nn-simulator-scene"
FORMAT_VERSION = 1
SUFFIX = ".nnscene"
JSON_MEMBER = "scene.json"
ARRAYS_MEMBER = "arrays.npz"
#: Key marking a reference to an array of arrays.npz in scene.json.
ARRAY_KEY = "__array__"
#: Key marking a float JSON cannot write (nan, inf, -inf).
FLOAT_KEY = "__float__"
#: Limits checked against the sizes the zip declares, before anything is unpacked.
MAX_JSON_BYTES = 16 * 2**20
MAX_ARRAY_BYTES = 2**30
MAX_ARRAYS = 10_000
MAX_DEPTH = 64
#: Array element kinds a scene may hold: booleans, integers, floats.
ARRAY_KINDS = "biuf"
_NON_FINITE = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}


@dataclass(frozen=True)
class SceneFile:
    """The contents of a scene file.

    Attributes
    ----------
    model : str
        Registry key of the model the scene belongs to.
    state : dict
        The panel's tree (what ``ModelPanel.scene_state`` returned), arrays restored.
    title : str
        A name for the scene (may be empty).
    app_version : str
        Version of the simulator that wrote the file.
    saved_at : str
        When it was written (ISO 8601, UTC).
    format_version : int
        Version of the file format.
    """

    model: str
    state: dict
    title: str = ""
    app_version: str = __version__
    saved_at: str = ""
    format_version: int = FORMAT_VERSION


# ------------------------------------------------------------------ saving
def save_scene(path: str | os.PathLike, model: str, state: Mapping[str, Any], title: str = "") -> None:
    """Write a scene file atomically: a temporary file in the same folder, then ``os.replace``.

    Parameters
    ----------
    path : path-like
        The file to write; an existing file is replaced only once the new one is complete.
    model : str
        Registry key of the model.
    state : mapping
        Nested dicts whose leaves are JSON values (str, int, float, bool, None, lists)
        or numpy arrays of booleans or numbers.
    title : str, optional

    Raises
    ------
    ValueError
        ``state`` holds something a scene file cannot store (nothing is written).
    OSError
        The file could not be written; a previous file at ``path`` is left as it was.
    """
    if not isinstance(model, str) or not model:
        raise ValueError(tr("A scene needs the key of its model."))
    arrays: dict[str, np.ndarray] = {}
    tree = _encode(state, arrays, tr("the scene"), 0)
    if not isinstance(tree, dict):
        raise ValueError(tr("A scene's state must be a mapping of names to values."))
    header = {
        "format": FORMAT_ID,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "model": model,
        "title": str(title),
        "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "state": tree,
    }
    json_bytes = json.dumps(header, indent=1, allow_nan=False, ensure_ascii=False).encode("utf-8")
    npz = io.BytesIO()
    np.savez(npz, **arrays)
    write_atomically(path, lambda out: _write_zip(out, json_bytes, npz.getvalue()))


def _write_zip(out: io.BufferedIOBase, json_bytes: bytes, npz_bytes: bytes) -> None:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(JSON_MEMBER, json_bytes)
        zf.writestr(ARRAYS_MEMBER, npz_bytes)


def _encode(value: Any, arrays: dict[str, np.ndarray], where: str, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise ValueError(tr("The scene is nested more than {depth} levels deep at {where}.", depth=MAX_DEPTH,
                               where=where))
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in ARRAY_KINDS:
            raise ValueError(tr("A scene can store arrays of numbers or booleans only; {where} holds {dtype}.",
                                 where=where, dtype=str(value.dtype)))
        name = f"a{len(arrays)}"
        arrays[name] = value if value.flags.c_contiguous else np.ascontiguousarray(value)
        return {ARRAY_KEY: name}
    if isinstance(value, np.generic):
        if value.dtype.kind not in ARRAY_KINDS:
            raise ValueError(tr("A scene cannot store {dtype} at {where}.", dtype=str(value.dtype), where=where))
        value = value.item()
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return {FLOAT_KEY: "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(tr("A scene's names must be text; {where} has the name {key}.", where=where,
                                     key=repr(key)))
            if key in (ARRAY_KEY, FLOAT_KEY):
                raise ValueError(tr("The name {key} is reserved in scene files ({where}).", key=repr(key), where=where))
            out[key] = _encode(item, arrays, f"{where}/{key}", depth + 1)
        return out
    if isinstance(value, (list, tuple)):
        return [_encode(item, arrays, f"{where}[{k}]", depth + 1) for k, item in enumerate(value)]
    raise ValueError(tr("A scene cannot store a {kind} ({where}).", kind=type(value).__name__, where=where))


# ------------------------------------------------------------------ loading
def load_scene(path: str | os.PathLike, known_models: Iterable[str] | None = None) -> SceneFile:
    """Read a scene file; never unpickles or evaluates anything in it.

    Parameters
    ----------
    path : path-like
    known_models : iterable of str, optional
        Model keys this program has; a scene of another model is refused.

    Raises
    ------
    ValueError
        With a sentence naming the file: not a scene file, damaged or truncated, made by
        a newer version, for an unknown model, missing parts, disallowed data, too large.
    """
    p = Path(path)
    name = p.name or str(p)
    try:
        if p.is_dir():
            raise IsADirectoryError(str(p))
        if p.exists() and not p.is_file():
            # A pipe or a device: opening it could wait for ever.
            raise ValueError(tr("{name} is not a regular file, so it is not a scene file.", name=name))
        with open(p, "rb") as fh:
            try:
                with zipfile.ZipFile(fh) as zf:
                    json_bytes, npz_bytes = _read_members(zf, name)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError,
                    RuntimeError, OverflowError) as exc:
                raise ValueError(tr("{name} is not a scene file, or it is damaged or truncated ({reason}).",
                                    name=name, reason=_reason(exc))) from None
    except IsADirectoryError:
        raise ValueError(tr("{name} is a folder, not a scene file.", name=name)) from None
    except FileNotFoundError:
        raise ValueError(tr("{name} does not exist.", name=name)) from None
    except PermissionError:
        raise ValueError(tr("{name} cannot be read: permission denied.", name=name)) from None
    except OSError as exc:
        raise ValueError(tr("{name} cannot be read: {reason}.", name=name,
                            reason=exc.strerror or tr("input/output error"))) from None
    header = _parse_header(json_bytes, name, known_models)
    arrays = _read_arrays(npz_bytes, name)
    state = _decode(header["state"], arrays, name, 0)
    return SceneFile(model=header["model"], state=state, title=header["title"],
                     app_version=header["app_version"], saved_at=header["saved_at"],
                     format_version=header["format_version"])


def _reason(exc: BaseException) -> str:
    """A few words on what is wrong, for a sentence shown to the user."""
    if isinstance(exc, zlib.error):
        return tr("its compressed data is corrupt")
    if isinstance(exc, EOFError):
        return tr("it ends too early")
    text = " ".join(str(exc).split()).rstrip(".")[:120].replace("Error", "error")
    return text[:1].lower() + text[1:] if text else tr("unreadable zip data")


def _read_members(zf: zipfile.ZipFile, name: str) -> tuple[bytes, bytes]:
    infos = zf.infolist()
    names = {info.filename for info in infos}
    if JSON_MEMBER not in names:
        raise ValueError(tr("{name} is not a scene file: it has no {member}.", name=name, member=JSON_MEMBER))
    if ARRAYS_MEMBER not in names:
        raise ValueError(tr("{name} is damaged: it has no {member} (the scene's arrays).", name=name,
                            member=ARRAYS_MEMBER))
    if len(infos) > 16:
        raise ValueError(tr("{name} is not a scene file: it holds {count} parts.", name=name, count=len(infos)))
    info_json = zf.getinfo(JSON_MEMBER)
    info_npz = zf.getinfo(ARRAYS_MEMBER)
    if info_json.file_size > MAX_JSON_BYTES:
        raise ValueError(tr("{name} is too large: its {member} unpacks to {size:,} bytes (at most {limit:,}).",
                            name=name, member=JSON_MEMBER, size=info_json.file_size, limit=MAX_JSON_BYTES))
    if info_npz.file_size > MAX_ARRAY_BYTES:
        raise ValueError(tr("{name} is too large: its arrays unpack to {size:,} bytes (at most {limit:,}).",
                            name=name, size=info_npz.file_size, limit=MAX_ARRAY_BYTES))
    return _read_bounded(zf, info_json), _read_bounded(zf, info_npz)


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    # zipfile stops at the declared size and checks the CRC, so a lying header cannot inflate more.
    with zf.open(info) as member:
        data = member.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise zipfile.BadZipFile(f"{info.filename} is not the size its header says")
    return data


def _parse_header(json_bytes: bytes, name: str, known_models: Iterable[str] | None) -> dict:
    try:
        header = json.loads(json_bytes.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValueError(tr("{name} is damaged: its {member} is not valid JSON.", name=name,
                            member=JSON_MEMBER)) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT_ID:
        raise ValueError(tr("{name} is not a scene of this simulator (its {member} has no {key}).", name=name,
                            member=JSON_MEMBER, key=f'"format": "{FORMAT_ID}"'))
    version = header.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValueError(tr("{name} is damaged: its format version is {version}, not a whole number from 1.",
                            name=name, version=repr(version)))
    if version > FORMAT_VERSION:
        raise ValueError(tr("{name} was made by a newer version of the simulator (scene format {version}; this "
                            "version reads format {supported}). Update the simulator to open it.", name=name,
                            version=version, supported=FORMAT_VERSION))
    model = header.get("model")
    if not isinstance(model, str) or not model:
        raise ValueError(tr("{name} is damaged: it does not say which model it is for.", name=name))
    if known_models is not None:
        known = list(known_models)
        if model not in known:
            raise ValueError(tr("{name} is a scene of a model this simulator does not have ({model}); "
                                "it has {known}.", name=name, model=repr(model[:40]), known=", ".join(known)))
    if not isinstance(header.get("state"), dict):
        raise ValueError(tr("{name} is damaged: it has no scene state.", name=name))
    for key in ("title", "app_version", "saved_at"):
        if not isinstance(header.get(key, ""), str):
            raise ValueError(tr("{name} is damaged: its {key} is not text.", name=name, key=repr(key)))
        header.setdefault(key, "")
    return header


def _refuse_constant(text: str) -> Any:
    raise ValueError(f"non-standard JSON constant {text}")


def _read_arrays(npz_bytes: bytes, name: str) -> dict[str, np.ndarray]:
    try:
        with zipfile.ZipFile(io.BytesIO(npz_bytes)) as inner:
            infos = inner.infolist()
            if len(infos) > MAX_ARRAYS:
                raise ValueError(tr("{name} is not a scene file: it holds {count:,} arrays.", name=name,
                                    count=len(infos)))
            total = sum(info.file_size for info in infos)
            if total > MAX_ARRAY_BYTES:
                raise ValueError(tr("{name} is too large: its arrays unpack to {size:,} bytes (at most {limit:,}).",
                                    name=name, size=total, limit=MAX_ARRAY_BYTES))
        out: dict[str, np.ndarray] = {}
        with np.load(io.BytesIO(npz_bytes), allow_pickle=False) as npz:
            for key in npz.files:
                out[key] = npz[key]
    except ValueError as exc:
        if str(exc).startswith(name):
            raise
        raise ValueError(tr("{name} is damaged: its arrays cannot be read ({reason}).", name=name,
                            reason=_reason(exc))) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, TypeError, OverflowError,
            MemoryError, NotImplementedError, RuntimeError) as exc:
        raise ValueError(tr("{name} is damaged: its arrays cannot be read ({reason}).", name=name,
                            reason=_reason(exc))) from None
    for key, arr in out.items():
        if arr.dtype.kind not in ARRAY_KINDS:
            raise ValueError(tr("{name} holds an array of {dtype} ({key}); scenes hold numbers and booleans only.",
                                name=name, dtype=str(arr.dtype), key=key))
    return out


def _decode(value: Any, arrays: Mapping[str, np.ndarray], name: str, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise ValueError(tr("{name} is damaged: its scene is nested more than {depth} levels deep.", name=name,
                            depth=MAX_DEPTH))
    if isinstance(value, dict):
        if ARRAY_KEY in value:
            ref = value[ARRAY_KEY]
            if len(value) != 1 or not isinstance(ref, str):
                raise ValueError(tr("{name} is damaged: a reference to an array is malformed.", name=name))
            if ref not in arrays:
                raise ValueError(tr("{name} is damaged: the array {ref} is missing from {member}.", name=name,
                                    ref=repr(ref[:40]), member=ARRAYS_MEMBER))
            return arrays[ref]
        if FLOAT_KEY in value:
            text = value[FLOAT_KEY]
            if len(value) != 1 or text not in _NON_FINITE:
                raise ValueError(tr("{name} is damaged: a special number is malformed.", name=name))
            return _NON_FINITE[text]
        return {key: _decode(item, arrays, name, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_decode(item, arrays, name, depth + 1) for item in value]
    return value
