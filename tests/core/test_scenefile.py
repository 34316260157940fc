"""Scene files: round trips of nested trees with arrays, every kind of bad file refused, atomic saves."""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from pathlib import Path

import numpy as np
import pytest

from simulator.core import scenefile as sf


def tree() -> dict:
    rng = np.random.default_rng(3)
    return {
        "grid": [4, 5],
        "name": "letters \u00e9 A",
        "flags": {"loop": True, "none": None, "ratio": 0.25, "big": 2**100, "neg": -3},
        "rng": rng.bit_generator.state,
        "nan": math.nan,
        "inf": [math.inf, -math.inf],
        "arrays": {
            "int8": np.array([[1, -1], [-1, 1]], np.int8),
            "uint8": np.arange(7, dtype=np.uint8),
            "int64": np.array([2**40, -5], np.int64),
            "float32": np.linspace(0, 1, 5, dtype=np.float32),
            "float64": rng.normal(size=(3, 4)),
            "bool": np.array([True, False, True]),
            "empty": np.zeros((0, 16), np.int8),
            "scalar": np.array(3.5),
        },
        "list_of_arrays": [np.ones(2), {"deep": np.zeros((2, 2, 2), np.int32)}],
        "numpy_scalar": np.float64(1.5),
    }


def assert_same(a, b) -> None:
    if isinstance(a, np.ndarray):
        assert isinstance(b, np.ndarray) and a.dtype == b.dtype and a.shape == b.shape
        assert np.array_equal(a, b)
    elif isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys()
        for k in a:
            assert_same(a[k], b[k])
    elif isinstance(a, (list, tuple)):
        assert isinstance(b, list) and len(a) == len(b)
        for x, y in zip(a, b):
            assert_same(x, y)
    elif isinstance(a, float) and math.isnan(a):
        assert isinstance(b, float) and math.isnan(b)
    else:
        assert a == b and type(a) is type(b) or (isinstance(a, np.generic) and a.item() == b)


def test_a_nested_tree_with_arrays_of_several_dtypes_round_trips(tmp_path):
    path = tmp_path / "lesson.nnscene"
    sf.save_scene(path, "hopfield", tree(), title="Spurious state")
    scene = sf.load_scene(path, known_models=["hopfield", "boltzmann"])
    assert scene.model == "hopfield" and scene.title == "Spurious state"
    assert scene.format_version == sf.FORMAT_VERSION and scene.app_version and scene.saved_at
    assert_same(tree(), scene.state)
    # The generator state is restored exactly.
    g = np.random.default_rng()
    g.bit_generator.state = scene.state["rng"]
    assert g.random() == np.random.default_rng(3).random()


def test_the_file_is_an_open_zip_of_json_and_npz(tmp_path):
    path = tmp_path / "x.nnscene"
    sf.save_scene(path, "boltzmann", {"w": np.eye(3)})
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["arrays.npz", "scene.json"]
        header = json.loads(zf.read("scene.json"))
        arrays = np.load(io.BytesIO(zf.read("arrays.npz")), allow_pickle=False)
        assert header["format"] == "nn-simulator-scene" and header["format_version"] == 1
        assert header["model"] == "boltzmann"
        ref = header["state"]["w"]["__array__"]
        assert np.array_equal(arrays[ref], np.eye(3))


@pytest.mark.parametrize("bad, words", [
    ({"x": np.array(["a", "b"])}, "numbers or booleans"),
    ({"x": np.array([object()], dtype=object)}, "numbers or booleans"),
    ({"x": {1: 2}}, "names must be text"),
    ({"x": object()}, "cannot store"),
    ({"__array__": "a0"}, "reserved"),
    ({"x": {1j}}, "cannot store"),
])
def test_what_a_scene_cannot_hold_is_refused_before_writing(tmp_path, bad, words):
    path = tmp_path / "x.nnscene"
    with pytest.raises(ValueError, match=words):
        sf.save_scene(path, "hopfield", bad)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ bad files
def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def header(**changes) -> bytes:
    h = {"format": "nn-simulator-scene", "format_version": 1, "app_version": "0.1.0", "model": "hopfield",
         "title": "", "saved_at": "", "state": {"w": {"__array__": "a0"}}}
    h.update(changes)
    return json.dumps(h).encode()


def npz_bytes(**arrays) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def refused(path: Path, *words: str) -> str:
    with pytest.raises(ValueError) as info:
        sf.load_scene(path, known_models=["hopfield", "boltzmann"])
    text = str(info.value)
    assert path.name in text and "\n" not in text and "Traceback" not in text
    for w in words:
        assert w in text, text
    return text


def test_a_file_that_is_not_a_zip_is_not_a_scene_file(tmp_path):
    refused(tmp_path.joinpath("a.nnscene"), "does not exist")
    (tmp_path / "b.nnscene").write_bytes(b"hello, not a zip")
    refused(tmp_path / "b.nnscene", "not a scene file")
    (tmp_path / "empty.nnscene").write_bytes(b"")
    refused(tmp_path / "empty.nnscene", "not a scene file")
    (tmp_path / "dir.nnscene").mkdir()
    refused(tmp_path / "dir.nnscene", "folder")


def test_truncated_and_damaged_files_are_refused(tmp_path):
    good = tmp_path / "good.nnscene"
    sf.save_scene(good, "hopfield", tree())
    data = good.read_bytes()
    for cut in (10, len(data) // 3, len(data) // 2, len(data) - 30, len(data) - 1):
        p = tmp_path / f"cut{cut}.nnscene"
        p.write_bytes(data[:cut])
        refused(p)
    damaged = bytearray(data)
    for k in range(60, len(data) // 2, 97):
        damaged[k] ^= 0x5A
    p = tmp_path / "damaged.nnscene"
    p.write_bytes(bytes(damaged))
    refused(p)


def test_foreign_json_missing_parts_and_missing_arrays(tmp_path):
    w = npz_bytes(a0=np.eye(2))
    refused(make_zip(tmp_path / "nojson.nnscene", {"arrays.npz": w}), "not a scene file")
    refused(make_zip(tmp_path / "nonpz.nnscene", {"scene.json": header()}), "no arrays.npz")
    refused(make_zip(tmp_path / "text.nnscene", {"scene.json": b"{not json", "arrays.npz": w}), "not valid JSON")
    refused(make_zip(tmp_path / "foreign.nnscene", {"scene.json": json.dumps({"format": "other"}).encode(),
                                                    "arrays.npz": w}), "not a scene of this simulator")
    refused(make_zip(tmp_path / "list.nnscene", {"scene.json": b"[1, 2]", "arrays.npz": w}),
            "not a scene of this simulator")
    refused(make_zip(tmp_path / "nan.nnscene", {"scene.json": header(state={"x": float("nan")}).replace(
        b"NaN", b"NaN"), "arrays.npz": w}), "not valid JSON")
    refused(make_zip(tmp_path / "gone.nnscene", {"scene.json": header(state={"w": {"__array__": "a7"}}),
                                                 "arrays.npz": w}), "missing")
    refused(make_zip(tmp_path / "nostate.nnscene", {"scene.json": header(state=None), "arrays.npz": w}),
            "no scene state")
    refused(make_zip(tmp_path / "badnpz.nnscene", {"scene.json": header(), "arrays.npz": b"PK\x03\x04junk"}),
            "arrays cannot be read")


def test_a_newer_format_version_is_refused_with_a_sentence(tmp_path):
    w = npz_bytes(a0=np.eye(2))
    text = refused(make_zip(tmp_path / "new.nnscene", {"scene.json": header(format_version=2), "arrays.npz": w}),
                   "made by a newer version of the simulator")
    assert "format 2" in text
    refused(make_zip(tmp_path / "zero.nnscene", {"scene.json": header(format_version=0), "arrays.npz": w}),
            "format version")
    refused(make_zip(tmp_path / "str.nnscene", {"scene.json": header(format_version="1"), "arrays.npz": w}),
            "format version")


def test_an_unknown_model_is_refused(tmp_path):
    w = npz_bytes(a0=np.eye(2))
    refused(make_zip(tmp_path / "m.nnscene", {"scene.json": header(model="perceptron"), "arrays.npz": w}),
            "perceptron", "does not have")
    refused(make_zip(tmp_path / "m2.nnscene", {"scene.json": header(model=3), "arrays.npz": w}),
            "which model")


def test_object_and_string_arrays_are_refused_without_unpickling(tmp_path):
    buf = io.BytesIO()
    np.savez(buf, a0=np.array([{"evil": 1}], dtype=object))  # savez pickles object arrays
    refused(make_zip(tmp_path / "obj.nnscene", {"scene.json": header(), "arrays.npz": buf.getvalue()}),
            "arrays cannot be read")
    refused(make_zip(tmp_path / "str.nnscene", {"scene.json": header(), "arrays.npz": npz_bytes(a0=np.array(["x"]))}),
            "numbers and booleans")


def test_absurd_declared_sizes_are_refused_before_unpacking(tmp_path, monkeypatch):
    # A zip bomb: a few kilobytes that unpack to far more than the limit.
    monkeypatch.setattr(sf, "MAX_ARRAY_BYTES", 1_000_000)
    bomb = npz_bytes(a0=np.zeros(2_000_000, np.uint8))
    path = make_zip(tmp_path / "bomb.nnscene", {"scene.json": header(), "arrays.npz": bomb})
    assert path.stat().st_size < 50_000
    refused(path, "too large")
    monkeypatch.setattr(sf, "MAX_JSON_BYTES", 1000)
    big = header(title="x" * 5000)
    refused(make_zip(tmp_path / "bigjson.nnscene", {"scene.json": big, "arrays.npz": npz_bytes(a0=np.eye(2))}),
            "too large")


def test_a_header_that_lies_about_its_size_is_damaged(tmp_path):
    path = tmp_path / "lie.nnscene"
    sf.save_scene(path, "hopfield", {"w": np.eye(2)})
    data = bytearray(path.read_bytes())
    # Shrink the declared size of scene.json in the central directory.
    cd = data.rfind(b"PK\x01\x02" )
    first = data.find(b"PK\x01\x02")
    assert first >= 0 and cd >= first
    size_at = first + 24
    declared = int.from_bytes(data[size_at:size_at + 4], "little")
    data[size_at:size_at + 4] = (declared - 5).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    refused(path)


# ------------------------------------------------------------------ atomic saving
def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".")]  # an atomic write's temporary file


def test_a_save_that_fails_midway_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "mine.nnscene"
    sf.save_scene(path, "hopfield", tree())
    before = path.read_bytes()

    def half_then_fail(out, json_bytes, npz):
        out.write(b"PK\x03\x04" + json_bytes[: len(json_bytes) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sf, "_write_zip", half_then_fail)
    with pytest.raises(OSError):
        sf.save_scene(path, "boltzmann", {"w": np.zeros(3)})
    assert path.read_bytes() == before and no_temp_files(tmp_path)
    monkeypatch.undo()

    def refuse_replace(*_a, **_k):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse_replace)
    with pytest.raises(OSError):
        sf.save_scene(path, "boltzmann", {"w": np.zeros(3)})
    monkeypatch.undo()
    assert path.read_bytes() == before and no_temp_files(tmp_path)
    assert_same(tree(), sf.load_scene(path).state)
    with pytest.raises(OSError):
        sf.save_scene(tmp_path / "nowhere" / "x.nnscene", "hopfield", {})


def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.nnscene"
    os.mkfifo(fifo)
    refused(fifo, "not a regular file")
