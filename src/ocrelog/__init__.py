"""ocrelog: a fatigue journal for people who receive Ocrevus (ocrelizumab)."""

__version__ = "0.1.0"
