"""One module per kind of fact. Each kind turns a `Doc` into candidate facts
(`candidates(doc)`); the pipeline owns the registry of kinds and resolves overlaps
between them.
"""
