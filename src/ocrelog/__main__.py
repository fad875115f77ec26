from ocrelog.cli import main

main()
