"""Named constants for the contract's enumerations (generated from its `x-enum-class`).

    from whitebit_main.enums import FixedStatus, TransactionMethod

    wb.get_fixed_investments_history(status=FixedStatus.ACTIVE)
    ACTIVE_FIXED = FixedStatus.ACTIVE  # a constant of your own, accepted where 1 is

Each class is an IntEnum or a StrEnum: a member is its plain value too (`FixedStatus.ACTIVE
== 1`), so plain values keep working. Answers give a member where the field is an
enumeration (`investment.status is FixedStatus.ACTIVE`) and keep a value the contract does
not name as it came (a plain int or str), so a new code never breaks reading.
"""

import whitebit_main_api.enums as _generated
from whitebit_main_api.enums import *  # noqa: F403

__all__ = list(_generated.__all__)
