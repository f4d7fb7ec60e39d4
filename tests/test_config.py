"""Config validation: every mistake is one line naming the file, line and program."""

from __future__ import annotations

import pytest

from config.schema import (
    ConfigError,
    is_private_host,
    load_config,
    parse_config,
    unknown_program,
)

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
            "p.yaml:3: program 'nucamp' provider: Field required",
            id="missing-field",
        ),
        pytest.param(
            GOOD + "    colour: red\n",
            "p.yaml:7: program 'nucamp' colour: Extra inputs",
            id="unknown-key",
        ),
        pytest.param(
            GOOD.replace("urls: [https://www.nucamp.co/a]", "urls: 3"),
            "program 'nucamp' urls: Input should be a valid list",
            id="wrong-type",
        ),
        pytest.param(
            GOOD + GOOD.replace("programs:\n", ""), "duplicate slug 'nucamp'", id="duplicate-slug"
        ),
        pytest.param(
            GOOD.replace("https://www.nucamp.co/a", "ftp://nucamp.co/a"),
            "p.yaml:6: program 'nucamp' urls: 'ftp://nucamp.co/a' is not an http(s) URL",
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
            "p.yaml:6: program 'nucamp' urls.0: http://192.168.1.10/x points at a local or"
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
            GOOD + "    hints: {salary: {css: '.a'}}\n", "hints.salary", id="hint-unknown-field"
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
