"""Tests to order in the work-up of hypomagnesaemia, each with the keys of its sources.

Each row names the keys of its sources (see sources_causes.py, where each source
quotes the passage relied on).
"""

from __future__ import annotations

from typing import Final

from magnesium.workup import WorkupTest

WORKUP_TESTS: Final[tuple[WorkupTest, ...]] = (
    WorkupTest(
        name="serum potassium",
        purpose="hypokalaemia accompanies hypomagnesaemia in 40 to 60% of cases",
        sources=("agus-1999",),
    ),
    WorkupTest(
        name="serum calcium",
        purpose="hypocalcaemia often accompanies hypomagnesaemia",
        sources=("agus-1999", "berardi-2019"),
    ),
    WorkupTest(
        name="serum phosphate",
        purpose="hypomagnesaemia occurs in 29% of patients with hypophosphataemia; the two are "
        "looked for together",
        sources=("whang-1984-predictors",),
    ),
    WorkupTest(
        name="electrocardiogram (ECG)",
        purpose="PR and QT prolongation, T-wave changes and arrhythmias",
        sources=("berardi-2019",),
    ),
    WorkupTest(
        name="24-hour urine magnesium",
        purpose="renal versus extrarenal loss; preferred over a spot sample; more than "
        "1 mmol/day indicates renal wasting",
        sources=("clinlabnavigator-urine-mg",),
    ),
    WorkupTest(
        name="spot urine magnesium and creatinine with plasma creatinine (FEMg)",
        purpose="fractional excretion of magnesium when a 24-hour collection is not possible",
        sources=("clinlabnavigator-urine-mg", "berardi-2019"),
    ),
    WorkupTest(
        name="urinary calcium",
        purpose="separates hypercalciuric from Gitelman-like (hypocalciuric) renal wasting",
        sources=("berardi-2019", "hindawi-2018-genetic"),
    ),
)
"""Tests to order in the work-up, each cited."""
