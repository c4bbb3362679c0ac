"""Input: raw bytes to text (encoding detection), markup masked one character for one, and
the length-preserving folding every rule matches on.
"""
