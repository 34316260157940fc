"""Every file the app reads, fuzzed: pictures, typed patterns, map files; a clear ValueError, nothing overwritten.

The UCI digits are package data (never a user's file); the RBM and GAN panels read no
files (the GAN's painted points come from the mouse), so they have nothing to fuzz.
"""

from __future__ import annotations

import os
import struct
import tempfile
import threading
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from simulator.core import patterns as pat
from simulator.models.qlearning import GridWorld, presets
from simulator.models.qlearning.world import MAX_SIDE

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])
#: A message shown to the user: one line, not a wall of text, no exception class names.
MAX_MESSAGE = 400


def assert_clear(message: str, name: str | None = None) -> None:
    assert message and "\n" not in message and len(message) <= MAX_MESSAGE, repr(message[:600])
    assert "Error" not in message and "Traceback" not in message and "<" not in message[:1], message
    if name is not None:
        assert name in message, f"{message!r} does not name {name!r}"


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory(prefix="fuzz-files-") as d:
        yield Path(d)


@pytest.fixture
def open_panel(qtbot):
    """Show panels built by ``build()``, settle each with ``settle(panel, qtbot)``; all shut down after the test."""
    made = []

    def open_(build, settle):
        panel = build()
        qtbot.addWidget(panel)
        panel.resize(1100, 680)
        panel.show()
        qtbot.waitExposed(panel)
        made.append(panel)
        settle(panel, qtbot)
        return panel

    yield open_
    for panel in made:
        assert panel.shutdown(2.0), "the panel's threads did not end"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# ====================================================================== pictures
def chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_bytes(width: int, height: int, color_type: int = 0, depth: int = 8, raw: bytes | None = None) -> bytes:
    """A PNG with correct CRCs (valid when the header fields and ``raw`` agree)."""
    ihdr = struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, 0)
    if raw is None:
        channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(color_type, 1)
        row = bytes((3 * x) % 256 for x in range(width * channels))
        raw = b"".join(b"\x00" + row for _ in range(height))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


VALID_PNG = png_bytes(12, 9, color_type=6)
MAGICS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"BM", b"P5\n", b"RIFF", b"II*\x00")


@pytest.fixture(scope="module")
def glyphs(qapp):
    from simulator.gui import glyphs

    return glyphs


def check_picture(glyphs, path: Path) -> None:
    """Either a lightness image and a grid pattern, or a ValueError naming the file; nothing else."""
    started = time.perf_counter()
    try:
        gray = glyphs.load_png_gray(path)
    except ValueError as exc:
        assert_clear(str(exc), path.name)
        with pytest.raises(ValueError):
            glyphs.load_png_pattern(path, 8, 8)
    else:
        assert gray.ndim == 2 and gray.size and np.isfinite(gray).all()
        assert gray.min() >= 0.0 and gray.max() <= 1.0
        p = glyphs.load_png_pattern(path, 8, 8)
        assert p.shape == (8, 8) and set(np.unique(p)) <= {-1, 1}
    assert time.perf_counter() - started < 5.0


def test_a_valid_picture_loads(glyphs, folder):
    gray = glyphs.load_png_gray(write(folder, "ok.png", VALID_PNG))
    assert gray.shape == (9, 12) and gray.min() < gray.max()


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".png", ".jpg", ".gif", ".bmp", ""]))
def test_random_bytes_as_a_picture(glyphs, folder, data, suffix):
    check_picture(glyphs, write(folder, "random" + suffix, data))


@FUZZ
@given(cut=st.integers(0, len(VALID_PNG) - 1))
def test_truncated_pictures(glyphs, folder, cut):
    check_picture(glyphs, write(folder, "truncated.png", VALID_PNG[:cut]))


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, len(VALID_PNG) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_pictures_with_damaged_bytes(glyphs, folder, flips):
    data = bytearray(VALID_PNG)
    for at, value in flips:
        data[at] = value
    check_picture(glyphs, write(folder, "damaged.png", bytes(data)))


@FUZZ
@given(width=st.integers(0, 2**32 - 1), height=st.integers(0, 2**32 - 1), depth=st.sampled_from([1, 2, 4, 8, 16, 3]),
       color_type=st.sampled_from([0, 2, 3, 4, 6, 5]), garbage=st.binary(max_size=500), idat=st.booleans())
@example(width=7000, height=7000, depth=8, color_type=0, garbage=b"", idat=True)
@example(width=100_000, height=1, depth=8, color_type=0, garbage=b"", idat=True)
def test_valid_looking_headers_with_garbage_and_huge_sizes(glyphs, folder, width, height, depth, color_type,
                                                          garbage, idat):
    ihdr = struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, 0)
    body = chunk(b"IDAT", zlib.compress(garbage)) if idat else garbage
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + body + chunk(b"IEND", b"")
    check_picture(glyphs, write(folder, "header.png", data))


@FUZZ
@given(magic=st.sampled_from(MAGICS), garbage=st.binary(max_size=800))
def test_other_formats_headers_with_garbage(glyphs, folder, magic, garbage):
    check_picture(glyphs, write(folder, "other.img", magic + garbage))


def test_a_small_file_that_unpacks_to_a_huge_picture_is_refused_at_once(glyphs, folder):
    # 7000 x 7000 grey pixels compress to about 70 kB; decoding them took seconds and a gigabyte.
    side = 7000
    data = png_bytes(side, side, raw=(b"\x00" + b"\x80" * side) * side)
    assert len(data) < 200_000
    path = write(folder, "bomb.png", data)
    started = time.perf_counter()
    with pytest.raises(ValueError, match="too large") as info:
        glyphs.load_png_gray(path)
    assert time.perf_counter() - started < 0.5
    assert_clear(str(info.value), "bomb.png")


def test_empty_missing_and_folder_pictures(glyphs, folder):
    cases = [write(folder, "empty.png", b""), folder / "missing.png", folder]
    sub = folder / "pictures.png"
    sub.mkdir(exist_ok=True)
    cases.append(sub)
    for path in cases:
        with pytest.raises(ValueError) as info:
            glyphs.load_png_gray(path)
        assert_clear(str(info.value), path.name)
    assert "folder" in str(pytest.raises(ValueError, glyphs.load_png_gray, sub).value)


@pytest.fixture
def hopfield(open_panel):
    from simulator.gui.panels.hopfield import HopfieldPanel

    def settle(panel, qtbot):
        qtbot.waitUntil(lambda: (panel.refresh(), not panel.edits_pending)[1], timeout=10_000)
        panel.runner.call(lambda eng: None).result(10)

    return open_panel(lambda: HopfieldPanel(rows=6, cols=6, default_scene=False), settle)


def test_the_hopfield_panel_refuses_every_bad_picture_and_keeps_its_patterns(hopfield, qtbot, folder):
    assert hopfield.import_png(write(folder, "good.png", VALID_PNG))
    names = list(hopfield.library.names)
    stored = hopfield.runner.call(lambda eng: eng.patterns.copy()).result(10)
    rng = np.random.default_rng(8)
    side = 7000
    bad = [
        write(folder, "empty.png", b""),
        folder / "missing.png",
        folder,
        write(folder, "noise.png", rng.integers(0, 256, 2000, dtype=np.uint8).tobytes()),
        write(folder, "cut.png", VALID_PNG[: len(VALID_PNG) // 2]),
        write(folder, "huge.png", png_bytes(side, side, raw=(b"\x00" + b"\x80" * side) * side)),
        write(folder, "text.png", "not a picture: \u00e9\u00e8".encode("latin-1")),
    ]
    for path in bad:
        with qtbot.waitSignal(hopfield.message, timeout=2000) as sig:
            assert not hopfield.import_png(path)
        assert_clear(sig.args[0], path.name)
        assert "ERROR" not in sig.args[0] and hopfield.message_label.text() == sig.args[0]
    assert hopfield.library.names == names
    after = hopfield.runner.call(lambda eng: eng.patterns.copy()).result(10)
    assert np.array_equal(after, stored)


# ================================================================= typed patterns
TOKENS = st.sampled_from(["1", "-1", "+1", "+", "-", "0", "2", "nan", "inf", "-inf", "1e999", "1.0", "-1.0",
                          "x", "", "١", "1_0", "0x1", "None", "∞", "\x00", "\ud800"])
SEPARATORS = st.sampled_from([",", " ", ";", "\n", "[", "]", "(", ")", ", ", "\t", "|", "\u00a0"])


def check_pattern_text(text: str, shape: tuple[int, int] | None) -> None:
    try:
        x = pat.parse_pattern_text(text, shape=shape)
    except ValueError as exc:
        msg = str(exc)
        assert_clear(msg)
        assert msg[0].isupper() and msg.endswith("."), msg
    else:
        assert x.dtype == np.int8 and x.ndim == 1 and set(np.unique(x)) <= {-1, 1}
        if shape is not None:
            assert x.size == shape[0] * shape[1]


@FUZZ
@given(text=st.text(max_size=300), shape=st.sampled_from([None, (2, 3), (1, 1)]))
def test_any_typed_text(text, shape):
    check_pattern_text(text, shape)


@FUZZ
@given(tokens=st.lists(st.tuples(TOKENS, SEPARATORS), max_size=40), shape=st.sampled_from([None, (2, 3), (4, 4)]))
def test_typed_values_with_every_separator(tokens, shape):
    check_pattern_text("".join(t + s for t, s in tokens), shape)


@FUZZ
@given(data=st.binary(max_size=300))
def test_typed_text_from_bytes_that_are_not_utf8(data):
    # What a paste of binary data can give: undecodable bytes become lone surrogates.
    check_pattern_text(data.decode("utf-8", errors="surrogateescape"), None)


def test_a_huge_unreadable_value_is_named_in_a_short_message():
    with pytest.raises(ValueError) as info:
        pat.parse_pattern_text("1, -1, " + "z" * 100_000)
    assert_clear(str(info.value))
    assert "zzz" in str(info.value)


def test_the_hopfield_panel_refuses_bad_typed_text_and_keeps_its_state(hopfield, qtbot):
    before = hopfield.canvas.state.copy()
    for text in ("", "1, 0, -1", "nan " * 36, "z" * 10_000, "1, -1", "\udcff", "1 " * 37):
        with qtbot.waitSignal(hopfield.message, timeout=2000) as sig:
            assert not hopfield.set_state_from_text(text)
        assert_clear(sig.args[0])
    assert np.array_equal(hopfield.canvas.state, before)


# ====================================================================== map files
VALID_MAPS = [presets.PRESETS[key]().to_text() for key in presets.PRESETS if not presets.PRESETS[key]().is_graph]
HEADER_KEYS = ["name", "step_reward", "goal_reward", "pit_reward", "slippery", "wind", "reward 1,1", "reward 0,0",
               "reward -1,2", "reward 99999999999999999999,0", "reward a", "speed", ""]
HEADER_VALUES = ["1", "-1", "true", "no", "nan", "inf", "1e999", "0,0,1", "1,2,3,4,5,6,7,8,9,10", "x", "",
                 "99999999999999999999", "9223372036854775808", "-3", "1e308"]
ROW = st.text(alphabet=".#SGH", min_size=1, max_size=12)


@st.composite
def map_texts(draw):
    headers = draw(st.lists(st.tuples(st.sampled_from(HEADER_KEYS), st.sampled_from(HEADER_VALUES)), max_size=4))
    lines = [f"# {k}: {v}" for k, v in headers]
    width = draw(st.integers(1, 12))
    rows = draw(st.lists(st.one_of(ROW.map(lambda r: (r * width)[:width]), ROW, st.just("")), min_size=0,
                         max_size=12))
    return "\n".join(lines + rows)


def check_map_file(path: Path) -> GridWorld | None:
    """A world whose map text reads back the same, or a ValueError naming the file; nothing else."""
    started = time.perf_counter()
    try:
        world = GridWorld.from_file(path)
    except ValueError as exc:
        assert_clear(str(exc), path.name)
        world = None
    else:
        text = world.to_text()
        again = GridWorld.from_text(text)
        assert again.to_text() == text
        assert np.array_equal(again.kinds, world.kinds) and np.array_equal(again.rewards, world.rewards)
        assert again.start == world.start and again.slippery == world.slippery
    assert time.perf_counter() - started < 5.0
    return world


def test_the_preset_maps_read_back(folder):
    assert len(VALID_MAPS) >= 4
    for k, text in enumerate(VALID_MAPS):
        assert check_map_file(write(folder, f"preset{k}.map", text.encode("utf-8"))) is not None


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_as_a_map(folder, data):
    check_map_file(write(folder, "random.map", data))


@FUZZ
@given(text=map_texts())
def test_maps_built_from_rows_and_header_lines(folder, text):
    check_map_file(write(folder, "built.map", text.encode("utf-8")))


@FUZZ
@given(which=st.integers(0, len(VALID_MAPS) - 1), cut=st.floats(0, 1))
def test_truncated_maps(folder, which, cut):
    data = VALID_MAPS[which].encode("utf-8")
    check_map_file(write(folder, "cut.map", data[: int(cut * len(data))]))


@FUZZ
@given(which=st.integers(0, len(VALID_MAPS) - 1),
       edits=st.lists(st.tuples(st.floats(0, 1), st.sampled_from(list(b".#SGH:, -0123456789\n\r\t\x00\xff\xc3ax"))),
                      min_size=1, max_size=6))
def test_maps_with_damaged_bytes(folder, which, edits):
    data = bytearray(VALID_MAPS[which].encode("utf-8"))
    for where, value in edits:
        data[min(int(where * len(data)), len(data) - 1)] = value
    check_map_file(write(folder, "damaged.map", bytes(data)))


def test_odd_map_files_are_refused_with_their_name(folder):
    body = VALID_MAPS[0]
    big_row = "S" + "." * (MAX_SIDE - 1) + "G"  # one column too many
    cases = {
        "empty.map": b"",
        "blank.map": b"\n \n\t\n",
        "latin1.map": ("# name: caf\u00e9\n" + body).encode("latin-1"),
        "utf16.map": body.encode("utf-16"),
        "nul.map": body.encode() + b"\x00",
        "wide.map": "\n".join([big_row] + ["." * (MAX_SIDE + 1)] * 3).encode(),
        "tall.map": ("S..\n" + "...\n" * MAX_SIDE + "..G\n").encode(),
        "longline.map": ("S" + "." * 200_000 + "G\n").encode(),
        "huge.map": b"S..\n...\n..G\n" + b"#" * 1_000_001,
        "png.map": VALID_PNG,
        "longvalue.map": ("# name: ok\n# step_reward: " + "9" * 100_000 + "x\n" + body).encode(),
        "longkey.map": ("# " + "k" * 100_000 + ": 1\n" + body).encode(),
        "farcell.map": ("# reward " + "9" * 4000 + ",1: 2\n" + body).encode(),
        "badline.map": ("# just words " + "w" * 100_000 + "\n" + body).encode(),
    }
    for name, data in cases.items():
        path = write(folder, name, data)
        with pytest.raises(ValueError) as info:
            GridWorld.from_file(path)
        assert_clear(str(info.value), name)
    for path in (folder / "missing.map", folder):
        with pytest.raises(ValueError) as info:
            GridWorld.from_file(path)
        assert_clear(str(info.value), path.name)


def test_a_named_pipe_is_refused_instead_of_waiting_forever(folder):
    fifo = folder / "pipe.map"
    if not fifo.exists():
        os.mkfifo(fifo)
    outcome: list[BaseException | GridWorld] = []

    def read() -> None:
        try:
            outcome.append(GridWorld.from_file(fifo))
        except BaseException as exc:  # reported below
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(2.0)
    if reader.is_alive():
        # Unblock the stuck open() so the thread can end, then fail.
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(2.0)
        pytest.fail("reading a named pipe as a map waited for a writer")
    assert len(outcome) == 1 and isinstance(outcome[0], ValueError), outcome
    assert_clear(str(outcome[0]), "pipe.map")


# ------------------------------------------------------------------ saving maps
def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".")]  # an atomic write's temporary file


def test_a_failing_save_leaves_the_previous_file_byte_identical(tmp_path, monkeypatch):
    path = tmp_path / "mine.map"
    presets.cliff().save(path)
    before = path.read_bytes()

    def refuse(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        presets.maze().save(path)
    assert path.read_bytes() == before and _no_temp_files(tmp_path)
    monkeypatch.undo()
    # A graph world has no map text: refused before anything is written.
    with pytest.raises(ValueError) as info:
        presets.six_rooms().save(path)
    assert_clear(str(info.value))
    assert path.read_bytes() == before and _no_temp_files(tmp_path)
    # Saving into a folder that is not there, or onto a folder, writes nothing.
    with pytest.raises(OSError):
        presets.maze().save(tmp_path / "nowhere" / "x.map")
    (tmp_path / "dir.map").mkdir()
    with pytest.raises(OSError):
        presets.maze().save(tmp_path / "dir.map")
    assert path.read_bytes() == before and _no_temp_files(tmp_path) and not any((tmp_path / "dir.map").iterdir())
    presets.maze().save(path)
    assert GridWorld.from_file(path) == presets.maze()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_saving_into_a_read_only_folder_changes_nothing(tmp_path):
    path = tmp_path / "mine.map"
    presets.cliff().save(path)
    before = path.read_bytes()
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(OSError):
            presets.maze().save(path)
    finally:
        tmp_path.chmod(0o755)
    assert path.read_bytes() == before and _no_temp_files(tmp_path)


@pytest.fixture
def qlearning(open_panel):
    from simulator.gui.panels.qlearning import QLearningPanel

    def settle(panel, qtbot):
        qtbot.waitUntil(lambda: (panel.refresh(), panel.ready and not panel.edits_pending)[1], timeout=20_000)
        panel.runner.call(lambda eng: None).result(20)

    return open_panel(lambda: QLearningPanel(preset="cliff", seed=3), settle)


def test_the_qlearning_panel_refuses_bad_maps_and_failed_saves_and_keeps_its_world(qlearning, qtbot, tmp_path,
                                                                                  monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    real_replace = os.replace
    world = qlearning.runner.call(lambda eng: eng.world).result(10).to_text()
    chosen = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen["path"], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (chosen["path"], ""))
    bad = [
        write(tmp_path, "empty.map", b""),
        tmp_path / "missing.map",
        tmp_path,
        write(tmp_path, "noise.map", np.random.default_rng(8).integers(0, 256, 500, dtype=np.uint8).tobytes()),
        write(tmp_path, "cut.map", VALID_MAPS[0].encode()[: len(VALID_MAPS[0]) // 2]),
        write(tmp_path, "latin1.map", ("# name: caf\u00e9\n" + VALID_MAPS[0]).encode("latin-1")),
        write(tmp_path, "huge.map", b"#" * 1_000_001),
    ]
    for path in bad:
        chosen["path"] = str(path)
        with qtbot.waitSignal(qlearning.message, timeout=2000) as sig:
            qlearning.open_map()
        assert_clear(sig.args[0].replace(str(path), "PATH"))
        assert str(path) in sig.args[0] and sig.args[0].startswith("Could not open")
    assert qlearning.runner.call(lambda eng: eng.world).result(10).to_text() == world

    # A save that fails at the last moment leaves the file there as it was.
    target = tmp_path / "kept.map"
    presets.maze().save(target)
    before = target.read_bytes()
    chosen["path"] = str(target)

    def refuse(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with qtbot.waitSignal(qlearning.message, timeout=2000) as sig:
        qlearning.save_map()
    monkeypatch.setattr(os, "replace", real_replace)
    assert sig.args[0].startswith("Could not save") and "No space left" in sig.args[0]
    assert target.read_bytes() == before and _no_temp_files(tmp_path)


# ================================================================== scene files
def _valid_scene_bytes(folder: Path) -> bytes:
    from simulator.core import scenefile

    path = folder / "valid-scene.nnscene"
    if not path.exists():
        rng = np.random.default_rng(4)
        scenefile.save_scene(path, "hopfield", {
            "run_bar": {"seed": 3},
            "panel": {"grid": [4, 4], "weights": rng.normal(size=(16, 16)), "state": np.ones(16, np.int8),
                      "rng": rng.bit_generator.state, "names": ["a", "b"], "nan": float("nan")}})
    return path.read_bytes()


def check_scene_file(path: Path):
    """Either a scene whose arrays are numbers, or a ValueError naming the file; nothing else, and quickly."""
    from simulator.core import scenefile

    started = time.perf_counter()
    try:
        scene = scenefile.load_scene(path, known_models=["hopfield", "boltzmann"])
    except ValueError as exc:
        assert_clear(str(exc), path.name)
        scene = None
    else:
        assert scene.model in ("hopfield", "boltzmann") and isinstance(scene.state, dict)
    assert time.perf_counter() - started < 5.0
    return scene


def test_a_valid_scene_file_reads_back(folder):
    scene = check_scene_file(write(folder, "ok.nnscene", _valid_scene_bytes(folder)))
    assert scene is not None and scene.state["panel"]["weights"].shape == (16, 16)


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_as_a_scene_file(folder, data):
    check_scene_file(write(folder, "random.nnscene", data))


@FUZZ
@given(cut=st.floats(0, 1))
def test_truncated_scene_files(folder, cut):
    data = _valid_scene_bytes(folder)
    check_scene_file(write(folder, "cut.nnscene", data[: int(cut * len(data))]))


@FUZZ
@given(edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_scene_files_with_damaged_bytes(folder, edits):
    data = bytearray(_valid_scene_bytes(folder))
    for where, value in edits:
        data[min(int(where * len(data)), len(data) - 1)] = value
    check_scene_file(write(folder, "damaged.nnscene", bytes(data)))


@FUZZ
@given(tree=st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                         lambda children: st.lists(children, max_size=4)
                         | st.dictionaries(st.text(max_size=8), children, max_size=4), max_leaves=20))
def test_scene_json_of_any_shape(folder, tree):
    import io
    import json
    import zipfile

    members = {"scene.json": json.dumps({"format": "nn-simulator-scene", "format_version": 1, "model": "hopfield",
                                         "state": {"panel": tree}}),
               "arrays.npz": b""}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    check_scene_file(write(folder, "shapes.nnscene", buf.getvalue()))
    check_scene_file(write(folder, "raw.nnscene", json.dumps(tree).encode()))


def test_odd_scene_files_are_refused_with_their_name(folder):
    for path in (folder / "missing.nnscene", folder):
        with pytest.raises(ValueError) as info:
            from simulator.core import scenefile

            scenefile.load_scene(path)
        assert_clear(str(info.value), path.name)
    check_scene_file(write(folder, "png.nnscene", VALID_PNG))
    check_scene_file(write(folder, "map.nnscene", VALID_MAPS[0].encode()))
