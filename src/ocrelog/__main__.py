from ocrelog.program import run

run()
