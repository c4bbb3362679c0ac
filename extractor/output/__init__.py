"""The output contract as Pydantic models, and what reads it back: SPEC scoring against
gold files and its terminal report.
"""
