"""History from git: readiness replayed commit by commit (``soc2 trend``) and one control's
answer over time (``soc2 log``).

``git`` is the only module here that runs git; ``revisions.read_revisions`` turns its output into
``Revision`` records; ``trend`` and ``log`` are pure functions of those records; ``render`` turns
the results into text.
"""
