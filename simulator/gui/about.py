"""The About dialog: what the simulator is, and the versions of everything it runs on."""

from __future__ import annotations

import importlib.metadata
import platform
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator import __version__
from simulator.gui.i18n import tr


def _package_version(distribution: str, module: str) -> str:
    # From the installed metadata, so numba need not be imported just to show its version.
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        loaded = sys.modules.get(module)
        return getattr(loaded, "__version__", "not installed")


def versions() -> dict[str, str]:
    """Versions of the app, Python, Qt and the libraries, in display order."""
    return {
        "NN Simulator": __version__,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "pyqtgraph": _package_version("pyqtgraph", "pyqtgraph"),
        "numpy": _package_version("numpy", "numpy"),
        "numba": _package_version("numba", "numba"),
        "Platform": platform.platform(),
    }


class AboutDialog(QDialog):
    """About the simulator, with a table of versions and a button to copy them for bug reports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About NN Simulator"))
        self.setObjectName("about_dialog")
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "<h2>NN Simulator</h2>"
            "<p>Classic neural-network models, working live: store and recall patterns, "
            "watch energy fall, see learning happen.</p>"
        ))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setToolTip(tr("What this program is"))
        layout.addWidget(intro)

        self.versions = versions()
        self.table = QTableWidget(len(self.versions), 2)
        self.table.setHorizontalHeaderLabels([tr("Component"), tr("Version")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setToolTip(tr("Versions of the simulator and of the software it runs on"))
        for row, (name, version) in enumerate(self.versions.items()):
            shown = tr("Platform") if name == "Platform" else name  # the copied text stays English
            self.table.setItem(row, 0, QTableWidgetItem(shown))
            self.table.setItem(row, 1, QTableWidgetItem(version))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(tr("Close this window"))
        self.copy_button = QPushButton(tr("Copy versions"))
        self.copy_button.setToolTip(tr("Copy the versions to the clipboard, e.g. for a bug report"))
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def text(self) -> str:
        """The versions as plain text, one ``name: version`` per line."""
        return "\n".join(f"{name}: {version}" for name, version in self.versions.items())

    def copy_versions(self) -> None:
        QApplication.clipboard().setText(self.text())
