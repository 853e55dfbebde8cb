"""The library as Model Context Protocol tools, for LLM agents (extra ``mcp``).

[`create_server`][magnesium.mcp_server.create_server] builds an MCP server (on the
official MCP Python SDK, ``pip install "magnesium-clinical[mcp]"``) whose tools
are the library's questions: convert, classify, intake reference and assessment,
causes for a drug, a medication screen, FEMg, the elemental magnesium in a salt
and a repletion plan. ``magnesium mcp`` serves it over stdio, which is what an
agent host starts.

Every tool answers with one JSON object: ``result`` is the
[versioned JSON shape][magnesium.serialize] of the library's value (with its
``type`` and ``schema_version``, and the `Source`s the answer rests on),
``notice`` says that the library models published guidance and is not a
prescriber. Bad input is an MCP error result (``isError``) carrying the
library's one-line message, never a crash of the server.

Examples:
    >>> import asyncio
    >>> from mcp import Client
    >>> from magnesium.mcp_server import create_server
    >>> async def ask():
    ...     async with Client(create_server()) as client:
    ...         result = await client.call_tool("classify", {"result": "1.4 mg/dL"})
    ...         return result.structured_content["result"]["band"]["status"]
    >>> asyncio.run(ask())
    'low'
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Annotated, Any, Final, ParamSpec

from mcp.server import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import Field

import magnesium as mg
from magnesium import causes, rda, repletion, salts, serialize, units, workup
from magnesium.errors import MagnesiumError
from magnesium.sources import Source

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["NOTICE", "TOOL_NAMES", "create_server"]

NOTICE: Final = (
    "magnesium models published guidance on serum magnesium and cites its sources; "
    "it is not a prescriber and not a substitute for clinical judgement."
)
"""The notice every tool's answer carries beside its result."""

_P = ParamSpec("_P")

_READ_ONLY: Final = ToolAnnotations(
    read_only_hint=True, idempotent_hint=True, open_world_hint=False
)


def _answer(result: object, *, sources: Iterable[str | Source] = ()) -> dict[str, Any]:
    """Return the answer of a tool: the result's versioned JSON shape, its sources, the notice.

    ``sources`` lists every `Source` the answer rests on, resolved (a cause names
    its sources by key; the answer carries the citations themselves).
    """
    items = result if isinstance(result, tuple) else (result,)
    cited: dict[str, Source] = {}
    for item in (*items, *sources):
        found = (item,) if isinstance(item, (str, Source)) else getattr(item, "sources", ())
        for source in found:
            resolved = source if isinstance(source, Source) else mg.cite(source)
            cited.setdefault(resolved.key, resolved)
    shape: object = (
        [serialize.to_dict(item) for item in result]
        if isinstance(result, tuple)
        else serialize.to_dict(result)
    )
    return {
        "result": shape,
        "sources": [serialize.to_dict(source) for source in cited.values()],
        "notice": NOTICE,
    }


def _convert(
    *,
    value: Annotated[float, Field(description="the serum magnesium value")],
    from_unit: Annotated[str, Field(description="its unit: mmol/L, mg/dL or mEq/L")],
    to_unit: Annotated[str, Field(description="the unit wanted: mmol/L, mg/dL or mEq/L")],
) -> dict[str, Any]:
    """Convert a serum magnesium value between mmol/L, mg/dL and mEq/L (Mg2+, 24.305 g/mol)."""
    level = mg.SerumMagnesium.of(value, from_unit)
    converted = mg.SerumMagnesium.of(level.in_unit(to_unit), units.canonical_unit(to_unit))
    return _answer(converted, sources=("ciaaw-magnesium", "ucum"))


def _classify(
    *,
    result: Annotated[str, Field(description='a lab result as text, e.g. "0.6 mmol/L"')],
    threshold_set: Annotated[
        str | None, Field(description="a threshold set name (see the sets); default iom-1997")
    ] = None,
) -> dict[str, Any]:
    """Classify a serum magnesium result against one named, cited threshold set."""
    return _answer(mg.classify(result, threshold_set))


def _intake_reference(
    *,
    age_years: Annotated[float, Field(description="age in years (0.5 for six months)")],
    sex: Annotated[str, Field(description="female or male")],
    pregnant: bool = False,
    lactating: bool = False,
    authority: Annotated[str | None, Field(description="iom (default), efsa, d-a-ch, ...")] = None,
) -> dict[str, Any]:
    """The recommended daily magnesium intake and upper level for a life stage."""
    reference = rda.recommended_intake(
        age_years=age_years,
        sex=sex,
        pregnant=pregnant,
        lactating=lactating,
        authority=authority,
    )
    return _answer(reference)


def _assess_intake(  # noqa: PLR0913 (a tool's JSON arguments)
    *,
    total_mg: Annotated[float, Field(description="usual total daily intake, mg")],
    age_years: float,
    sex: str,
    supplemental_mg: Annotated[float, Field(description="of which from supplements, mg")] = 0.0,
    pregnant: bool = False,
    lactating: bool = False,
    authority: str | None = None,
) -> dict[str, Any]:
    """Assess a usual daily magnesium intake against the person's reference and upper level."""
    assessment = rda.assess_intake(
        total_mg=total_mg,
        supplemental_mg=supplemental_mg,
        age_years=age_years,
        sex=sex,
        pregnant=pregnant,
        lactating=lactating,
        authority=authority,
    )
    return _answer(assessment, sources=assessment.reference.sources)


def _causes_for_drug(
    *,
    drug: Annotated[str, Field(description="a drug name, brand, or ATC code or prefix")],
) -> dict[str, Any]:
    """The cited causes of hypomagnesaemia a drug belongs to (may be none)."""
    return _answer(causes.causes_for_drug(drug))


def _screen(
    *,
    medications: Annotated[list[str], Field(description="drug names, brands or ATC codes")],
    conditions: Annotated[list[str] | None, Field(description="condition names")] = None,
) -> dict[str, Any]:
    """Screen a medication list and conditions for causes of hypomagnesaemia."""
    screened = causes.screen(medications=medications, conditions=conditions or ())
    return _answer(screened, sources=screened.citations)


def _fractional_excretion(
    *,
    urine_magnesium_mg_dl: float,
    plasma_magnesium_mg_dl: float,
    urine_creatinine: float,
    plasma_creatinine: float,
    reduced_kidney_function: bool = False,
) -> dict[str, Any]:
    """Fractional excretion of magnesium (FEMg): renal versus extrarenal loss.

    Magnesium in mg/dL; the two creatinine values in one unit (both mg/dL, or both umol/L).
    """
    femg = workup.fractional_excretion(
        urine_magnesium=urine_magnesium_mg_dl,
        plasma_magnesium=plasma_magnesium_mg_dl,
        urine_creatinine=urine_creatinine,
        plasma_creatinine=plasma_creatinine,
        reduced_kidney_function=reduced_kidney_function,
    )
    return _answer(femg, sources=femg.cutoff.sources)


def _salt_dose(
    *,
    salt: Annotated[str, Field(description='a salt form, e.g. "magnesium oxide"')],
    grams: Annotated[float, Field(description="grams of the salt")],
) -> dict[str, Any]:
    """The elemental magnesium (mg, mmol, mEq) in an amount of a magnesium salt."""
    form = salts.get_salt(salt)
    return _answer(salts.elemental_magnesium(grams, form), sources=form.sources)


def _repletion_plan(  # noqa: PLR0913 (a tool's JSON arguments)
    *,
    level: Annotated[str, Field(description='the serum result as text, e.g. "0.4 mmol/L"')],
    symptomatic: bool = False,
    torsades: bool = False,
    egfr: Annotated[float | None, Field(description="eGFR, mL/min/1.73 m2")] = None,
    weight_kg: float | None = None,
    age_years: float | None = None,
    oral_route_available: bool = True,
    pregnant: bool = False,
) -> dict[str, Any]:
    """The published repletion options for a serum level, with limits, monitoring and sources."""
    plan = repletion.plan_repletion(
        level,
        symptomatic=symptomatic,
        torsades=torsades,
        egfr=egfr,
        weight_kg=weight_kg,
        age_years=age_years,
        oral_route_available=oral_route_available,
        pregnant=pregnant,
    )
    return _answer(plan)


_TOOLS: Final[dict[str, Callable[..., dict[str, Any]]]] = {
    "convert": _convert,
    "classify": _classify,
    "intake_reference": _intake_reference,
    "assess_intake": _assess_intake,
    "causes_for_drug": _causes_for_drug,
    "screen": _screen,
    "fractional_excretion": _fractional_excretion,
    "salt_dose": _salt_dose,
    "repletion_plan": _repletion_plan,
}

TOOL_NAMES: Final[tuple[str, ...]] = tuple(_TOOLS)
"""The names of the tools the server offers, in the order ``tools/list`` gives them."""


def _answering_errors(tool: Callable[_P, dict[str, Any]]) -> Callable[_P, dict[str, Any]]:
    """Return *tool* with the library's errors given to the agent as they are worded.

    The SDK turns any exception from a tool into an MCP error result, but hides the
    text of exceptions it does not know (they may be bugs). A `MagnesiumError`'s
    text is one line naming the value, what was expected and the fix: the agent
    needs it, so it travels as a `ToolError`.
    """

    @functools.wraps(tool)
    def answer(*args: _P.args, **kwargs: _P.kwargs) -> dict[str, Any]:
        try:
            return tool(*args, **kwargs)
        except MagnesiumError as error:
            raise ToolError(str(error)) from error

    return answer


def create_server() -> MCPServer:
    """Return an MCP server with the library's tools (serve it with ``magnesium mcp``).

    Returns:
        An `mcp.server.MCPServer`; ``server.run()`` serves it over stdio.

    Examples:
        >>> import asyncio
        >>> from mcp import Client
        >>> async def names():
        ...     async with Client(create_server()) as client:
        ...         return [tool.name for tool in (await client.list_tools()).tools]
        >>> asyncio.run(names()) == list(TOOL_NAMES)
        True
    """
    server = MCPServer(
        "magnesium",
        instructions=(
            "Serum magnesium: unit conversion, classification against named cited threshold "
            "sets, intake references, causes, FEMg, salts and published repletion options. "
            + NOTICE
        ),
        version=mg.__version__,
    )
    for name, tool in _TOOLS.items():
        server.tool(name=name, annotations=_READ_ONLY)(_answering_errors(tool))
    return server
