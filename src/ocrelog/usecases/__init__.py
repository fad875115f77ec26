"""The use cases: one plain function per thing a person does, between the command line and the core.

Each takes parsed values and an open journal, applies the rules, and returns a
small result object; it prints nothing and imports no Typer. ``cli.py`` turns
option text into values, calls one of these, and prints what it returns.

- ``record``: a score, a symptom, a temperature, a dose, a booking, a check-in, a questionnaire.
- ``correct``: edit, delete, undo, mark a warning sign handled.
- ``today``: where the person is today (``status``).
- ``review``: the report, the chart, the cycle, the log, the clinic summary.
- ``move``: import, export, backup, the calendar file.

Each module imports only what its own functions need, inside them when it is
heavy, so that ``ocrelog feel 6`` loads ``record`` and nothing it does not use.
"""
