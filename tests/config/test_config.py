"""Config validation: every mistake is a line naming the file, line and program."""

from __future__ import annotations

import re

import pytest
import yaml
from click.testing import CliRunner

from config.checks import is_private_host, unknown_program
from config.loading import load_config, parse_config
from config.schema import ConfigError
from tests.paths import ROOT
from tracker.cli.main import cli

GOOD = """
programs:
  - slug: nucamp
    provider: Nucamp
    name: Back End
    urls: [https://www.nucamp.co/a]
"""


def test_shipped_config_has_the_seven_programs():
    config = load_config()
    assert [p.slug for p in config.programs] == [
        "bootdev",
        "clarusway",
        "nucamp",
        "knowledgehut",
        "nashua-cc",
        "technigo",
        "springboard",
    ]
    nashua = config.select(["nashua-cc"])[0]
    assert nashua.urls == [
        "https://www.nashuacc.edu/career-training/individual-enrollment/back-end-coding-boot-camp/"
    ]


def test_minimal_config_gets_polite_defaults():
    settings = parse_config(GOOD).settings
    assert settings.obey_robots and settings.download_delay == 1.0
    assert settings.scrapy_settings()["ROBOTSTXT_OBEY"] is True


@pytest.mark.parametrize(
    "text, message",
    [
        pytest.param("programs: [ {", "p.yaml:1: invalid YAML", id="invalid-yaml"),
        pytest.param("- a\n- b\n", "expected a mapping", id="not-a-mapping"),
        pytest.param("programs: []", "programs: List should have at least 1", id="no-programs"),
        pytest.param(
            GOOD.replace("    provider: Nucamp\n", ""),
            "p.yaml:3: programs[0] (nucamp): missing required key 'provider'",
            id="missing-field",
        ),
        pytest.param(
            GOOD + "    colour: red\n",
            "p.yaml:7: programs[0] (nucamp): unknown key 'colour' (known: slug,",
            id="unknown-key",
        ),
        pytest.param(
            GOOD.replace("urls: [https://www.nucamp.co/a]", "urls: 3"),
            "programs[0] (nucamp) urls: Input should be a valid list",
            id="wrong-type",
        ),
        pytest.param(
            GOOD + GOOD.replace("programs:\n", ""), "duplicate slug 'nucamp'", id="duplicate-slug"
        ),
        pytest.param(
            GOOD.replace("https://www.nucamp.co/a", "ftp://nucamp.co/a"),
            "p.yaml:6: programs[0] (nucamp) urls: 'ftp://nucamp.co/a' is not an http(s) URL",
            id="ftp-url",
        ),
        pytest.param(
            GOOD.replace("https://www.nucamp.co/a", "'javascript:alert(1)'"),
            "is not an http(s) URL",
            id="javascript-url",
        ),
        pytest.param(
            GOOD.replace("https://www.nucamp.co/a", "file:///etc/passwd"),
            "is not an http(s) URL",
            id="file-url",
        ),
        pytest.param(
            GOOD.replace("https://www.nucamp.co/a", "http://192.168.1.10/x"),
            "p.yaml:6: programs[0] (nucamp) urls[0]: http://192.168.1.10/x points at a local or"
            " private address",
            id="private-range",
        ),
        pytest.param(
            GOOD.replace("https://www.nucamp.co/a", "http://localhost:8000/x"),
            "points at a local or private address",
            id="localhost",
        ),
        pytest.param(
            GOOD.replace("slug: nucamp", "slug: Nu Camp"), "use lowercase letters", id="bad-slug"
        ),
        pytest.param(
            GOOD + "    hints: {prices: {css: '.a', xpath: '//a'}}\n",
            "give exactly one of css or xpath",
            id="hint-two-selectors",
        ),
        pytest.param(
            GOOD + "    hints: {salary: {css: '.a'}}\n",
            "p.yaml:7: programs[0] (nucamp) hints: unknown key 'salary' (known: prices,",
            id="hint-unknown-field",
        ),
    ],
)
def test_config_errors_name_file_line_and_program(text, message):
    with pytest.raises(ConfigError) as error:
        parse_config(text, "p.yaml")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_private_hosts_allowed_when_the_config_says_so():
    text = "settings: {allow_private_hosts: true}\n" + GOOD.replace(
        "https://www.nucamp.co/a", "http://127.0.0.1:8000/a"
    )
    assert parse_config(text).programs[0].urls == ["http://127.0.0.1:8000/a"]


@pytest.mark.parametrize(
    "host, private",
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("10.1.2.3", True),
        ("[::1]", True),
        ("2130706433", True),
        ("printer.local", True),
        ("www.boot.dev", False),
        ("8.8.8.8", False),
    ],
)
def test_is_private_host(host, private):
    assert is_private_host(host) is private


def test_unknown_program_selection_is_an_error():
    with pytest.raises(ConfigError, match="unknown program 'nope'"):
        parse_config(GOOD).select(["nope"])


def test_unreadable_config_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "missing.yaml")


def test_unknown_program_suggests_the_nearest():
    with pytest.raises(ConfigError, match=r"unknown program 'nucam'; did you mean 'nucamp'\?"):
        parse_config(GOOD).select(["nucam"])


def test_unknown_program_error_stays_one_short_line_with_many_programs():
    message = unknown_program("nope", [f"camp-{n}" for n in range(800)])
    assert message.endswith("camp-108 and 788 more)")
    assert len(message) < 250 and "\n" not in message


THREE = """settings:
  dowload_delay: 2
programs:
  - slug: bootdev
    provider: Boot.dev
    name: Back End
    urls: [https://www.boot.dev/a]
  - slug: bootdev
    provider: Boot.dev
    name: Again
    urls: [https://www.boot.dev/b]
  - slug: nucamp
    provider: Nucamp
    name: Back End
    urls: [https://www.nucamp.co/a]
    hint: {prices: {css: .price}}
    hints: {price: {css: .price}, duration: {ccs: .weeks}}
"""


def test_every_problem_is_reported_in_line_order_with_its_program():
    with pytest.raises(ConfigError) as error:
        parse_config(THREE, "config/programs.yaml")
    assert str(error.value).splitlines() == [
        "config/programs.yaml:2: settings: unknown key 'dowload_delay'"
        " (did you mean 'download_delay'?)",
        "config/programs.yaml:8: programs[1] (bootdev) slug: duplicate slug 'bootdev'"
        " (also programs[0])",
        "config/programs.yaml:16: programs[2] (nucamp): unknown key 'hint' (did you mean 'hints'?)",
        "config/programs.yaml:17: programs[2] (nucamp) hints: unknown key 'price'"
        " (did you mean 'prices'?)",
        "config/programs.yaml:17: programs[2] (nucamp) hints.duration: unknown key 'ccs'"
        " (did you mean 'css'?)",
    ]


def test_the_readme_shows_what_the_config_check_says():
    readme = (ROOT / "README.md").read_text()
    shown = re.search(r"```\n(config/programs.yaml:2: .*?)```", readme, re.S)
    with pytest.raises(ConfigError) as error:
        parse_config(THREE, "config/programs.yaml")
    assert shown and set(shown.group(1).splitlines()) < set(str(error.value).splitlines())


@pytest.mark.parametrize(
    "text, line",
    [
        ("program:\n" + GOOD.removeprefix("\nprograms:\n"),
         "p.yaml:1: top level: unknown key 'program' (did you mean 'programs'?)"),
        ("settings: {timout: 3}\n" + GOOD,
         "p.yaml:1: settings: unknown key 'timout' (did you mean 'timeout'?)"),
        (GOOD.replace("provider:", "provder:"),
         "p.yaml:4: programs[0] (nucamp): unknown key 'provder' (did you mean 'provider'?)"),
        (GOOD + "    hints: {guarantee: {css: .g}}\n",
         "p.yaml:7: programs[0] (nucamp) hints: unknown key 'guarantee'"
         " (did you mean 'guarantees'?)"),
        (GOOD + "    hints: {prices: {xpth: //b}}\n",
         "p.yaml:7: programs[0] (nucamp) hints.prices: unknown key 'xpth'"
         " (did you mean 'xpath'?)"),
        (GOOD + "alerts:\n  - {url: 'json://h/x', severities: [hihg]}\n",
         "p.yaml:8: alerts[0].severities[0]: 'hihg' is not one of 'high', 'medium', 'low'"
         " or 'info' (did you mean 'high'?)"),
        (GOOD + "alerts:\n  - {url: 'json://h/x', programs: [nucmap]}\n",
         "p.yaml:8: alerts[0].programs[0]: unknown program 'nucmap'; did you mean 'nucamp'?"
         " (known: nucamp)"),
    ],
    ids=["top-level", "setting", "program-key", "hint-field", "hint-selector", "severity",
         "alert-program"],
)  # fmt: skip
def test_a_misspelt_key_gets_the_nearest_one(text, line):
    with pytest.raises(ConfigError) as error:
        parse_config(text, "p.yaml")
    assert line in str(error.value).splitlines()


def test_a_key_nothing_like_a_known_one_lists_the_known_ones():
    with pytest.raises(ConfigError) as error:
        parse_config(GOOD + "    colour: red\n", "p.yaml")
    assert str(error.value) == (
        "p.yaml:7: programs[0] (nucamp): unknown key 'colour'"
        " (known: slug, provider, name, urls, hints, currency, schedule)"
    )
    assert "did you mean" not in str(error.value)


def test_a_flood_of_problems_is_cut_at_twenty_lines():
    programs = "".join(f"  - {{slug: camp-{n}, provider: P, name: N}}\n" for n in range(30))
    with pytest.raises(ConfigError) as error:
        parse_config("programs:\n" + programs, "p.yaml")
    lines = str(error.value).splitlines()
    assert len(lines) == 21 and lines[-1] == "and 10 more problems"
    assert lines[0] == "p.yaml:2: programs[0] (camp-0): missing required key 'urls'"
    assert lines[19] == "p.yaml:21: programs[19] (camp-19): missing required key 'urls'"


def test_problems_of_a_model_check_and_of_fields_come_together():
    """Duplicate slugs and private hosts are checked across programs, which pydantic skips
    once a field is wrong; they are still reported next to the field errors."""
    text = GOOD + GOOD.removeprefix("\nprograms:\n").replace(
        "https://www.nucamp.co/a", "http://127.0.0.1/x"
    ).replace("provider: Nucamp", "provider: [Nucamp]")
    with pytest.raises(ConfigError) as error:
        parse_config(text, "p.yaml")
    assert str(error.value).splitlines() == [
        "p.yaml:7: programs[1] (nucamp) slug: duplicate slug 'nucamp' (also programs[0])",
        "p.yaml:8: programs[1] (nucamp) provider: Input should be a valid string",
        "p.yaml:10: programs[1] (nucamp) urls[0]: http://127.0.0.1/x points at a local or"
        " private address (set settings.allow_private_hosts: true to allow it)",
    ]


BLOCK = "programs:\n  - slug: a\n    provider: A\n    name: B\n    urls: [https://a.example/]\n"


@pytest.mark.parametrize(
    "text, start",
    [
        (BLOCK.replace("    name", "   name"),
         "p.yaml:4: invalid YAML: while parsing a block collection, expected <block end>"),
        (BLOCK.replace("    name", "      name"),
         "p.yaml:4: invalid YAML: mapping values are not allowed here"),
        (BLOCK.replace("provider: A", "provider: 'A") + "\n\n",
         "p.yaml:3: invalid YAML: while scanning a quoted scalar, found unexpected end of stream"
         " (reading stopped on line 8)"),
        (BLOCK.replace("    name", "\tname"),
         "p.yaml:4: invalid YAML: while scanning for the next token, found character '\\t' that"
         " cannot start any token; use spaces, not tabs"),
        (BLOCK.replace("urls: [https://a.example/]", "urls: [https://a.example/\n    x: 1"),
         "p.yaml:5: invalid YAML: while parsing a flow sequence, expected ',' or ']', but got ':'"
         " (reading stopped on line 6)"),
        (BLOCK.replace("name: B", "name B"),
         "p.yaml:4: invalid YAML: while scanning a simple key, could not find expected ':'"),
        (BLOCK + " - slug: b\n",
         "p.yaml:6: invalid YAML: while parsing a block mapping, expected <block end>"),
        (BLOCK + "    name: C\n",
         "p.yaml:6: programs[0] (a): duplicate key 'name' (first on line 4; YAML would keep"
         " only this one)"),
    ],
    ids=["dedent", "over-indent", "unclosed-quote", "tab", "unclosed-bracket", "missing-colon",
         "dash-out-of-line", "duplicate-key"],
)  # fmt: skip
def test_a_yaml_mistake_is_reported_on_its_own_line(text, start):
    with pytest.raises(ConfigError) as error:
        parse_config(text, "p.yaml")
    assert str(error.value).startswith(start)
    assert "\n" not in str(error.value)


def test_the_same_key_in_two_mappings_is_no_duplicate():
    second = BLOCK.removeprefix("programs:\n").replace("slug: a", "slug: b")
    assert [p.slug for p in parse_config(BLOCK + second).programs] == ["a", "b"]


def test_every_problem_on_the_command_line_and_nothing_written(tmp_path):
    config = tmp_path / "programs.yaml"
    config.write_text(THREE)
    db_path = tmp_path / "bootwatch.db"
    result = CliRunner().invoke(cli, ["crawl", "--config", str(config), "--db", str(db_path)])
    assert result.exit_code == 2 and not db_path.exists()
    lines = result.output.strip().splitlines()
    assert len(lines) == 5 and all(line.count(f"{config}:") == 1 for line in lines)
    assert "Traceback" not in result.output


def test_a_loaded_config_is_the_validated_data(tmp_path):
    """parse_config rebuilds the config from its JSON (compact memory): the same values."""
    from config.loading import parse_config
    from config.schema import Config

    text = (
        "settings: {download_delay: 2.5, schedule: '0 7 * * 1', timezone: Europe/Berlin}\n"
        "programs:\n"
        "  - slug: a\n    provider: A\n    name: Web\n    urls: [https://a.test/x]\n"
        "    currency: EUR\n    hints: {prices: {css: '.price'}}\n"
    )
    loaded = parse_config(text)
    assert loaded == Config.model_validate(yaml.safe_load(text))
    assert loaded.programs[0].hints["prices"].css == ".price"
    assert loaded.settings.download_delay == 2.5
