"""Shared Qt widgets: the unit grid canvas, plot strips, pattern thumbnails, colours."""
