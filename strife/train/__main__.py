"""`python -m strife.train`: the same run as `strife train muc4`, without the CLI's imports (for bare GPU boxes)."""

from __future__ import annotations

import argparse
import json
from dataclasses import fields

from strife.train.loop import TrainConfig, train


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    for f in fields(TrainConfig):
        kind = {"int": int, "float": float, "str": str}.get(str(f.type).split(" ")[0], int)
        required = f.default is f.default_factory  # no default
        parser.add_argument(
            f"--{f.name.replace('_', '-')}", type=kind, required=required, default=None if required else f.default
        )
    args = parser.parse_args()
    print(json.dumps(train(TrainConfig(**vars(args)))["history"][-1]))


if __name__ == "__main__":
    main()
