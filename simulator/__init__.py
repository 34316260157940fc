"""A desktop simulator that shows classic neural-network models working, live."""

__version__ = "0.1.0"
