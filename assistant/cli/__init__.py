"""The command line: `python -m assistant …` (also `gonghui`), one module per group of commands."""
