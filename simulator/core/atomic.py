"""Writing a file so that a failure never destroys the previous one: a temporary file, then one rename."""

from __future__ import annotations

import os
import tempfile
from typing import Any, BinaryIO, Callable

#: Mode given to a new file (an existing file keeps its own): the temporary file would be 0600.
NEW_FILE_MODE = 0o644


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], Any]) -> None:
    """Write a file through ``write(binary_file)`` so that a failure leaves any previous file intact.

    The content goes to a temporary file in the same folder, which then replaces
    ``path`` in one rename (``os.replace``); on any error the temporary file is
    removed and the error raised again.

    Parameters
    ----------
    path : str or PathLike
        The file to create or replace.
    write : callable
        Receives the open temporary file (binary mode) and writes the whole content.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        mode = os.stat(path).st_mode & 0o7777
    except OSError:
        mode = NEW_FILE_MODE
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
