"""Write a synthetic Apple Health ``export.xml`` of a given size, for the import benchmark.

Real exports are hundreds of MB, mostly heart rate, steps and energy records; a
few are fatigue and body temperature, which ocrelog imports. The file is
written record by record, so making a 200 MB export needs no memory to speak of:

    python benchmarks/apple_health.py /tmp/export.xml 200
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
]>
<HealthData locale="en_GB">
 <ExportDate value="2026-11-01 09:00:00 +0000"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1980-01-01"/>
"""
QUANTITY = (
    '<Record type="HKQuantityTypeIdentifier{kind}" sourceName="Watch" sourceVersion="10.1" '
    'device="&lt;&lt;HKDevice: 0x28&gt;, name:Apple Watch&gt;" unit="{unit}" '
    'creationDate="{when}" startDate="{when}" endDate="{when}" value="{value}"/>\n'
)
FATIGUE = (
    '<Record type="HKCategoryTypeIdentifierFatigue" sourceName="Health" sourceVersion="17.0" '
    'creationDate="{when}" startDate="{when}" endDate="{when}" value="{value}">\n'
    '  <MetadataEntry key="HKWasUserEntered" value="1"/>\n </Record>\n'
)
SEVERITIES = ("NotPresent", "Mild", "Moderate", "Severe", "Unspecified")


def write_export(path: Path, size: int, seed: int = 3) -> int:
    """Write about ``size`` bytes; returns the number of records."""
    rng = random.Random(seed)
    moment = datetime(2018, 1, 1, 6, 0)
    records = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER)
        written = len(HEADER)
        while written < size:
            moment += timedelta(minutes=rng.choice((3, 5, 7)))
            when = moment.strftime("%Y-%m-%d %H:%M:%S +0000")
            roll = rng.random()
            if roll < 0.002:
                line = FATIGUE.format(when=when, value=f"HKCategoryValueSeverity{rng.choice(SEVERITIES)}")
            elif roll < 0.003:
                line = QUANTITY.format(kind="BodyTemperature", unit="degC", when=when,
                                       value=f"{rng.uniform(36.2, 38.9):.1f}")
            elif roll < 0.6:
                line = QUANTITY.format(kind="HeartRate", unit="count/min", when=when, value=rng.randint(50, 140))
            else:
                line = QUANTITY.format(kind="StepCount", unit="count", when=when, value=rng.randint(1, 900))
            out.write(line)
            written += len(line)
            records += 1
        out.write("</HealthData>\n")
    return records


if __name__ == "__main__":
    target, megabytes = Path(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else 200
    print(f"{write_export(target, int(megabytes * 1024 * 1024)):,} records in {target}")
