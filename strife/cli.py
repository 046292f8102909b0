"""The `strife` command line: run, incidents, show, export, eval, train, and the commands each stage registers."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

# Each stage that adds commands owns a `commands.py` with `register(app)`: no two modules edit this file at once.
_COMMAND_MODULES = (
    "strife.pipeline_commands",
    "strife.ingest.commands",
    "strife.geo.commands",
    "strife.resolve.commands",
    "strife.api.commands",
    "strife.evaluate.commands",
    "strife.export.commands",
    "strife.train.commands",
)

for _name in _COMMAND_MODULES:
    try:
        _mod = importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # a stage not built yet
        if exc.name != _name:
            raise
        continue
    _mod.register(app)


if __name__ == "__main__":
    app()
