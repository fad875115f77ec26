"""The defaults of the rule's settings: numbers the command line shows in its help.

A module of its own, with nothing to import and nothing to build, so that the
command layer can state the defaults (``--days 3``) without loading the rule,
or even the dataclass machinery, at start-up. rules.Settings uses them;
docs/rules.md states them, and a test checks it does.
"""

DEFAULT_DAYS = 3  # flag fatigue lasting more than this many days
DEFAULT_RISE = 2  # points above the baseline that count as fatigue
DEFAULT_FLOOR = 4  # the lowest score that counts as fatigue
SUMMARY_MONTHS = 12  # the summary and the chart go back at most this far by default
