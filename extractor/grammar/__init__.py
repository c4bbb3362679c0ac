"""The shared grammars: numerals to exact Decimals, the quantity grammar (qualifier,
number, range, unit) that every numeric kind is built on, and person-name shape.
"""
