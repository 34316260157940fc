"""Themes (light, dark, high contrast), the Qt palettes they give, and the appearance settings kept in QSettings."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from simulator.core.text import tr
from simulator.gui.run_bar import FLAT_OUT
from simulator.gui.widgets import colors

#: Theme choices offered in the Settings dialog, as stored in QSettings.
THEME_CHOICES: tuple[str, ...] = ("light", "dark", "system")
#: The run bar's speed at start comes from the last session unless a notch is chosen.
LAST_USED_SPEED = -1


@dataclass(frozen=True)
class Theme:
    """Colours of the window and of the plots.

    Attributes
    ----------
    name : str
        ``"light"``, ``"dark"``, ``"contrast-light"`` or ``"contrast-dark"``.
    window, base, text, button, highlight, highlighted_text, muted : str
        Qt palette colours (``#RRGGBB``).
    plot_background, plot_foreground, plot_muted : str
        Plot backgrounds, axes, titles and labels, and secondary plot text.
    grid_alpha : float or None
        Opacity of plot grid lines, None to keep each plot's own.
    """

    name: str
    window: str
    base: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    muted: str
    plot_background: str
    plot_foreground: str
    plot_muted: str
    grid_alpha: float | None = None

    @property
    def is_dark(self) -> bool:
        return QColor(self.window).lightness() < 128


LIGHT = Theme("light", window="#EFEFEF", base="#FFFFFF", text="#000000", button="#EFEFEF",
              highlight="#308CC6", highlighted_text="#FFFFFF", muted="#6E6E6E",
              plot_background=colors.PLOT_BACKGROUND, plot_foreground=colors.PLOT_FOREGROUND,
              plot_muted=colors.MUTED_TEXT)
DARK = Theme("dark", window="#2B2D31", base="#1E1F22", text="#E8E8E8", button="#393B40",
             highlight="#3D8FD6", highlighted_text="#FFFFFF", muted="#A0A0A0",
             plot_background="#1E1F22", plot_foreground="#E8E8E8", plot_muted="#B0B0B0")
#: High contrast for projectors: pure black on white, or pure white on black, with stronger grids.
CONTRAST_LIGHT = Theme("contrast-light", window="#FFFFFF", base="#FFFFFF", text="#000000", button="#FFFFFF",
                       highlight="#0000C0", highlighted_text="#FFFFFF", muted="#000000",
                       plot_background="#FFFFFF", plot_foreground="#000000", plot_muted="#000000", grid_alpha=0.4)
# Fusion draws frames darker than the window, so on black they vanish: fields and buttons are lifted a little.
CONTRAST_DARK = Theme("contrast-dark", window="#000000", base="#262626", text="#FFFFFF", button="#262626",
                      highlight="#FFFF00", highlighted_text="#000000", muted="#FFFFFF",
                      plot_background="#000000", plot_foreground="#FFFFFF", plot_muted="#FFFFFF", grid_alpha=0.4)


def system_is_dark(app: QApplication | None = None) -> bool:
    """Whether the desktop asks for a dark colour scheme (Qt 6.5+); False when it says nothing."""
    app = app or QApplication.instance()
    hints = app.styleHints() if app is not None else None
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def resolve_theme(choice: str, app: QApplication | None = None) -> Theme:
    """The theme for a Settings choice (``"light"``, ``"dark"`` or ``"system"``)."""
    if choice == "dark" or (choice == "system" and system_is_dark(app)):
        return DARK
    return LIGHT


def contrast_theme(base: Theme) -> Theme:
    """The high-contrast theme matching ``base``: white on black for a dark theme, else black on white."""
    return CONTRAST_DARK if base.is_dark else CONTRAST_LIGHT


def qt_palette(theme: Theme) -> QPalette:
    """A full QPalette (active, inactive and disabled groups) for ``theme``."""
    roles = QPalette.ColorRole
    p = QPalette()
    text, window, base = QColor(theme.text), QColor(theme.window), QColor(theme.base)
    for role, value in (
        (roles.Window, window), (roles.WindowText, text), (roles.Base, base),
        (roles.AlternateBase, window), (roles.Text, text), (roles.Button, QColor(theme.button)),
        (roles.ButtonText, text), (roles.BrightText, QColor("#FF4040")),
        (roles.Highlight, QColor(theme.highlight)), (roles.HighlightedText, QColor(theme.highlighted_text)),
        (roles.ToolTipBase, base), (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor(theme.muted)), (roles.Link, QColor(theme.highlight)),
    ):
        p.setColor(role, value)
    # Bevels and frames: shades between window and text, so Fusion draws visible edges.
    light, dark = (window.lighter(130), window.darker(160)) if not theme.is_dark else (window.lighter(160), base)
    p.setColor(roles.Light, light)
    p.setColor(roles.Midlight, light)
    p.setColor(roles.Mid, QColor(theme.muted))
    p.setColor(roles.Dark, dark)
    p.setColor(roles.Shadow, QColor("#000000"))
    disabled = QColor(theme.muted)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_qt_theme(app: QApplication, theme: Theme) -> None:
    """Give ``app`` ``theme``'s palette: the light theme is the platform's own style and palette, the others Fusion's."""
    native = app.property("simulator_native_style")
    if not native:
        native = app.style().name()
        app.setProperty("simulator_native_style", native)
    # Only Fusion follows a palette everywhere (native styles draw with the system's colours).
    wanted = native if theme is LIGHT or "Fusion" not in QStyleFactory.keys() else "Fusion"
    if app.style().name().lower() != wanted.lower():
        app.setStyle(wanted)
    if theme is LIGHT:
        palette = app.style().standardPalette()
        # Secondary text (style sheets use palette(placeholder-text)) as the panels drew it before themes.
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(colors.MUTED_TEXT))
    else:
        palette = qt_palette(theme)
    app.setPalette(palette)


@dataclass(frozen=True)
class AppearanceSettings:
    """What the Settings dialog edits; stored under ``appearance/``, ``run/`` and ``presentation/``.

    Attributes
    ----------
    theme : str
        One of :data:`THEME_CHOICES`.
    default_speed : int
        Run bar notch used at start (0..FLAT_OUT), or :data:`LAST_USED_SPEED` to
        start at the speed the last session ended with. A chosen notch wins over the
        remembered speed.
    font_scale, line_scale : float
        Presentation mode: how much larger the fonts and how much thicker the plot lines are.
    hide_advanced, high_contrast, full_screen : bool
        Presentation mode: hide advanced controls (and the navigator and menu bar), use
        the high-contrast palette, fill the screen.
    """

    theme: str = "light"
    default_speed: int = LAST_USED_SPEED
    font_scale: float = 1.5
    line_scale: float = 2.0
    hide_advanced: bool = True
    high_contrast: bool = True
    full_screen: bool = True

    #: Ranges the dialog offers and :meth:`validated` enforces.
    FONT_SCALE_RANGE = (1.0, 3.0)
    LINE_SCALE_RANGE = (1.0, 5.0)

    def validated(self) -> AppearanceSettings:
        """These settings, or ValueError with a sentence when one is out of range."""
        if self.theme not in THEME_CHOICES:
            raise ValueError(tr("The theme must be light, dark or system, not {theme!r}.", theme=self.theme))
        if not (self.default_speed == LAST_USED_SPEED or 0 <= self.default_speed <= FLAT_OUT):
            raise ValueError(tr("The default speed must be a notch from 0 to {top}, or the last used speed.",
                                top=FLAT_OUT))
        for name, value, (low, high) in ((tr("font scale"), self.font_scale, self.FONT_SCALE_RANGE),
                                         (tr("line width scale"), self.line_scale, self.LINE_SCALE_RANGE)):
            if not low <= value <= high:
                raise ValueError(tr("The {name} must be between {low:g} and {high:g}; got {value:g}.", name=name,
                                    low=low, high=high, value=value))
        return self

    @classmethod
    def load(cls, settings: QSettings | None = None) -> AppearanceSettings:
        """Read the stored settings; a missing or unreadable value falls back to its default."""
        s = settings if settings is not None else QSettings()
        d = cls()
        loaded = cls(
            theme=str(s.value("appearance/theme", d.theme)),
            default_speed=_as_int(s.value("run/default_speed"), d.default_speed),
            font_scale=_as_float(s.value("presentation/font_scale"), d.font_scale),
            line_scale=_as_float(s.value("presentation/line_scale"), d.line_scale),
            hide_advanced=_as_bool(s.value("presentation/hide_advanced"), d.hide_advanced),
            high_contrast=_as_bool(s.value("presentation/high_contrast"), d.high_contrast),
            full_screen=_as_bool(s.value("presentation/full_screen"), d.full_screen),
        )
        fixed = {}
        for name in ("theme", "default_speed", "font_scale", "line_scale"):
            try:
                replace(d, **{name: getattr(loaded, name)}).validated()
            except ValueError:
                fixed[name] = getattr(d, name)  # a hand-edited settings file must not stop the app
        return replace(loaded, **fixed)

    def save(self, settings: QSettings | None = None) -> None:
        """Store these settings (validated first)."""
        self.validated()
        s = settings if settings is not None else QSettings()
        s.setValue("appearance/theme", self.theme)
        s.setValue("run/default_speed", self.default_speed)
        s.setValue("presentation/font_scale", self.font_scale)
        s.setValue("presentation/line_scale", self.line_scale)
        s.setValue("presentation/hide_advanced", self.hide_advanced)
        s.setValue("presentation/high_contrast", self.high_contrast)
        s.setValue("presentation/full_screen", self.full_screen)
        s.sync()


def _as_int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _as_float(value, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _as_bool(value, default: bool) -> bool:
    # INI files give back "true"/"false" strings.
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return default if value is None else bool(value)
