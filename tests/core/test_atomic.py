"""Atomic writes: the new content replaces the file in one rename, and a failure leaves the old one."""

import os

import pytest

from simulator.core import atomic
from simulator.core.atomic import write_atomically


def test_write_atomically_replaces_the_file_and_keeps_its_mode(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("old")
    os.chmod(path, 0o640)
    write_atomically(path, lambda f: f.write(b"new"))
    assert path.read_bytes() == b"new"
    assert os.stat(path).st_mode & 0o777 == 0o640
    fresh = tmp_path / "b.txt"
    write_atomically(fresh, lambda f: f.write(b"x"))
    assert os.stat(fresh).st_mode & 0o777 == atomic.NEW_FILE_MODE
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]


def test_a_failing_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("old")

    def half_then_fail(f):
        f.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically(path, half_then_fail)
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["a.txt"]
