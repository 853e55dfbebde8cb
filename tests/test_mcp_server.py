"""The MCP tool server (`magnesium.mcp_server`, ``magnesium mcp``), end to end.

Every test talks to the server through the MCP Python SDK's own client, in
process (``mcp.Client(server)``), as an agent host would over stdio; one test
starts ``magnesium mcp`` as a subprocess and speaks JSON-RPC to it.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mcp import Client

import magnesium as mg
from magnesium import serialize
from magnesium.cli import main
from magnesium.errors import MissingExtraError
from magnesium.mcp_server import NOTICE, TOOL_NAMES, create_server
from tests.hostile_strategies import junk

if TYPE_CHECKING:
    from collections.abc import Mapping

    from mcp.types import CallToolResult

GOOD: Final[Mapping[str, dict[str, Any]]] = {
    "convert": {"value": 1.4, "from_unit": "mg/dL", "to_unit": "mmol/L"},
    "classify": {"result": "0.6 mmol/L", "threshold_set": "ctcae-v5"},
    "intake_reference": {"age_years": 40, "sex": "female"},
    "assess_intake": {"total_mg": 250, "age_years": 40, "sex": "male", "supplemental_mg": 100},
    "causes_for_drug": {"drug": "omeprazole"},
    "screen": {"medications": ["omeprazole", "cisplatin"], "conditions": ["alcohol use"]},
    "fractional_excretion": {
        "urine_magnesium_mg_dl": 5.0,
        "plasma_magnesium_mg_dl": 1.5,
        "urine_creatinine": 100.0,
        "plasma_creatinine": 1.0,
    },
    "salt_dose": {"salt": "magnesium oxide", "grams": 0.4},
    "repletion_plan": {"level": "0.4 mmol/L", "symptomatic": True, "egfr": 80, "weight_kg": 70},
}
"""Valid arguments for every tool: a new tool fails the coverage test until it has a row."""

_CRASH_PREFIX: Final = "Error executing tool "


def _call(name: str, arguments: Mapping[str, Any]) -> CallToolResult:
    async def call() -> CallToolResult:
        async with Client(create_server()) as client:
            return await client.call_tool(name, dict(arguments))

    return asyncio.run(call())


def _text(result: CallToolResult) -> str:
    return " ".join(getattr(part, "text", "") for part in result.content)


def _validate(shape: Mapping[str, Any]) -> None:
    """Check a result shape against its published JSON Schema (a real validator)."""
    jsonschema.Draft202012Validator(serialize.schema(shape["type"])).validate(shape)


def test_tools_list_names_every_tool_with_an_input_schema() -> None:
    async def listing() -> list[Any]:
        async with Client(create_server()) as client:
            return list((await client.list_tools()).tools)

    tools = asyncio.run(listing())
    assert [tool.name for tool in tools] == list(TOOL_NAMES)
    assert set(GOOD) == set(TOOL_NAMES), "every tool needs valid arguments in GOOD"
    for tool in tools:
        assert tool.description, tool.name
        assert tool.input_schema["type"] == "object", tool.name
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is True


@pytest.mark.parametrize("name", sorted(GOOD))
def test_each_tool_answers_in_the_versioned_json_with_the_notice(name: str) -> None:
    result = _call(name, GOOD[name])
    assert not result.is_error, _text(result)
    answer = result.structured_content
    assert answer is not None
    assert answer["notice"] == NOTICE
    json.dumps(answer, allow_nan=False)  # strict JSON: no NaN or Infinity anywhere
    shapes = answer["result"] if isinstance(answer["result"], list) else [answer["result"]]
    assert shapes, "causes_for_drug('omeprazole') finds the PPI cause"
    for shape in shapes:
        assert shape["schema_version"] == serialize.SCHEMA_VERSION
        _validate(shape)
        assert serialize.to_dict(serialize.from_dict(shape)) == shape  # lossless


def test_answers_equal_the_library_called_directly() -> None:
    classify = _call("classify", GOOD["classify"]).structured_content
    assert classify is not None
    assert classify["result"] == serialize.to_dict(mg.classify("0.6 mmol/L", "ctcae-v5"))
    convert = _call("convert", GOOD["convert"]).structured_content
    assert convert is not None
    assert convert["result"]["unit"] == "mmol/L"
    assert convert["result"]["value"] == mg.convert(1.4, "mg/dL", "mmol/L")
    assert {source["key"] for source in convert["sources"]} == {"ciaaw-magnesium", "ucum"}


def test_guidance_carries_its_sources() -> None:
    for name in GOOD:
        answer = _call(name, GOOD[name]).structured_content
        assert answer is not None
        assert answer["sources"], name
        for shape in answer["sources"]:
            assert shape["type"] == "Source"
            assert mg.cite(shape["key"]) == serialize.from_dict(shape)


@pytest.mark.parametrize(
    ("name", "arguments", "words"),
    [
        ("classify", {"result": "banana"}, "cannot be read as a magnesium result"),
        ("classify", {"result": "0.6 mmol/L", "threshold_set": "nope"}, "nope"),
        ("convert", {"value": -1.0, "from_unit": "mg/dL", "to_unit": "mmol/L"}, "-1"),
        ("intake_reference", {"age_years": 40, "sex": "x"}, "'x'"),
        ("salt_dose", {"salt": "magnesium citrate", "grams": 1.0}, "magnesium citrate"),
        ("repletion_plan", {"level": "0.4 mmol/L", "egfr": -5}, "egfr"),
    ],
)
def test_bad_input_is_an_error_result_with_the_librarys_message(
    name: str, arguments: dict[str, Any], words: str
) -> None:
    result = _call(name, arguments)
    assert result.is_error
    assert words in _text(result)
    assert _text(result) != _CRASH_PREFIX + name, "a library error must keep its message"


def test_wrong_types_and_unknown_tools_are_error_results() -> None:
    assert _call("classify", {"result": 5}).is_error
    assert _call("classify", {}).is_error
    assert _call("no_such_tool", {}).is_error


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.sampled_from(sorted(GOOD)), data=st.data())
def test_junk_in_any_argument_never_crashes_the_server(name: str, data: st.DataObject) -> None:
    """Law: junk gives an answer or an error result, never an unexpected crash."""
    arguments = dict(GOOD[name])
    key = data.draw(st.sampled_from(sorted(arguments)))
    value = data.draw(junk())
    try:
        arguments[key] = json.loads(json.dumps(value, allow_nan=True, default=str))
    except (TypeError, ValueError):  # junk with no JSON form cannot reach a server
        return
    result = _call(name, arguments)
    # A crash (an exception that is not the library's) is reported by the SDK
    # with the bare "Error executing tool NAME" and its text hidden.
    assert _text(result).strip() != _CRASH_PREFIX + name


def test_cli_check_lists_the_tools(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mcp", "--check"]) == 0
    assert capsys.readouterr().out.split() == list(TOOL_NAMES)


def test_cli_without_the_extra_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "magnesium.mcp_server", None)
    assert main(["mcp", "--check"]) == 1
    assert "pip install 'magnesium-clinical[mcp]'" in capsys.readouterr().err
    assert issubclass(MissingExtraError, ImportError)


def test_stdio_server_answers_initialize_and_tools_list() -> None:
    """``magnesium mcp`` as an agent host starts it: JSON-RPC lines over stdio."""
    messages: list[dict[str, Any]] = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "test", "version": "1"},
            },
        },
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
    ]
    command = [str(Path(sys.executable).parent / "magnesium"), "mcp"]
    with subprocess.Popen(  # noqa: S603 (the package's own script)
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as server:
        watchdog = threading.Timer(60, server.kill)  # a server that hangs fails, not blocks
        watchdog.start()
        assert server.stdin is not None
        assert server.stdout is not None
        replies: dict[int, Any] = {}
        for message in messages:
            server.stdin.write(json.dumps(message) + "\n")
            server.stdin.flush()
            if "id" in message:  # a request: wait for its reply before the next one
                reply = json.loads(server.stdout.readline())
                replies[reply["id"]] = reply
        server.stdin.close()
        assert server.wait(timeout=60) == 0
        watchdog.cancel()
    assert replies[1]["result"]["serverInfo"]["name"] == "magnesium"
    assert [tool["name"] for tool in replies[2]["result"]["tools"]] == list(TOOL_NAMES)
