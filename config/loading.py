"""Read programs.yaml into a validated :class:`~config.schema.Config`.

Everything wrong is reported at once in a :class:`~config.schema.ConfigError`, one line per
problem naming the file, the line and the key (config.problems words them), before any crawl
or database work starts.
"""

from __future__ import annotations

import gc
from pathlib import Path

import yaml
from pydantic import ValidationError

from config import problems
from config.checks import cross_problems
from config.schema import Config, ConfigError

#: The file `bootwatch` reads when no --config is given.
DEFAULT_CONFIG_PATH = Path(__file__).with_name("programs.yaml")
#: libyaml's loader where PyYAML was built with it: 1.7 s less for 4000 programs. A file it
#: refuses is read again by PyYAML's own, whose messages name the mistake more plainly.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_config(path: str | Path = DEFAULT_CONFIG_PATH) -> Config:
    """Read and validate ``path``; raise :class:`ConfigError` with file and line on error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    return parse_config(text, str(path))


def parse_config(text: str, filename: str = "<config>") -> Config:
    """Validate YAML ``text``; ``filename`` only names the source in error messages.

    Raises :class:`ConfigError` listing every problem found, one line each."""
    try:
        root = yaml.compose(text, Loader=FAST_LOADER)
        data = yaml.load(text, Loader=FAST_LOADER)
    except yaml.YAMLError:
        try:  # PyYAML's own loader says where and what a mistake is more plainly
            yaml.compose(text, Loader=yaml.SafeLoader)
            raise
        except yaml.YAMLError as exc:
            raise ConfigError(problems.report(filename, [problems.syntax_problem(exc)])) from None
    if not isinstance(data, dict):
        raise ConfigError(f"{filename}: expected a mapping with a 'programs' list at the top")
    found = list(problems.duplicate_keys(root, data))
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        found += problems.validation_problems(exc.errors(), data, root, Config)
    found += [
        problems.Problem(problems.line_of(root, loc), problems.describe(data, loc), message)
        for loc, message in cross_problems(data)
    ]
    if found:
        raise ConfigError(problems.report(filename, found))
    # Rebuilt from its JSON once everything read to make it is freed. The YAML's node
    # tree, the loaded data and validation's temporaries take ten times the config's size,
    # and what survives of them (the strings, the models) is scattered among them, so the
    # allocator could hand almost none of it back: 4000 programs kept 33 MB in every process
    # that loaded them, for a config of 4 MB. Rebuilt (from JSON in Rust, 40 ms for 4000
    # programs), the config is alone in fresh memory and the rest goes.
    text = config.model_dump_json()
    del root, data, config
    gc.collect()  # the node tree's cycles
    return Config.model_validate_json(text)
