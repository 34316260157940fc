"""Qt-free model engines, one package per model."""
