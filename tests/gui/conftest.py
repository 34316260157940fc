"""Fixtures shared by the panel tests."""

import pytest


@pytest.fixture
def open_panel(qtbot):
    """Show a panel as a user would see it, wait until it has settled; every one is shut down after the test.

    ``open_panel(build, settle, size)`` calls ``build()`` for the panel and
    ``settle(panel, qtbot)`` once it is on screen.
    """
    made = []

    def open_(build, settle, size=(1100, 680)):
        panel = build()
        qtbot.addWidget(panel)
        panel.resize(*size)
        panel.show()
        qtbot.waitExposed(panel)
        made.append(panel)
        settle(panel, qtbot)
        return panel

    yield open_
    for panel in made:
        assert panel.shutdown(2.0), "the panel's threads did not end"
