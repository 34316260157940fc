"""Qt user interface (PySide6 + pyqtgraph): app, main window, shared widgets, model panels."""

import pyqtgraph as pg

# Row-major so a (rows, cols) numpy grid shows as it prints; antialiased lines read
# better on projectors.
pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
