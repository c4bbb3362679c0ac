"""Rule files under `patterns/`: loaded, validated and compiled once (with a disk cache of
compiled regexes), and the registry of named rules every fact points back to.
"""
