"""The installed Qt binding keeps Python's reference counts intact (PySide6 6.12.0 did not)."""

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and bools are immortal from Python 3.12 on")
def test_qt_calls_returning_nothing_keep_none_alive(qapp):
    # PySide6 6.12.0 took one reference from None on every call returning nothing, and
    # one from True/False in some calls: the app aborted with "none_dealloc" after a few
    # seconds of live recall. pyproject.toml excludes it; this catches a regression.
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(True)
    label.deleteLater()
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
