"""The built-in templates, compiled ahead of time by ``examples/regenerate.py``: do not edit.

Each module is Jinja's code for one template of ``templates/``, with the key of the source,
Jinja version and settings it was compiled from (``soc2cli.templating.codegen_key``). A module
whose key does not match what is in use is ignored and the template compiled from its source.
"""
