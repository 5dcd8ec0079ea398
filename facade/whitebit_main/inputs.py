"""Types of the nested request fields, for annotations in user code.

    from whitebit_main.inputs import SubAccountPermissions

    permissions: SubAccountPermissions = {"spot_enabled": True, "collateral_enabled": False}
    wb.create_sub_account(alias="desk-1", permissions=permissions)

Keys are snake_case and sent under their wire names (`spotEnabled`); each type with a key
spelled otherwise on the wire has a `...Wire` twin keyed by the wire names, which the
methods take too. Required keys are required by the type; a mistyped key or value is an
error for mypy, and, at run time, a clear error before anything is sent.
"""

import whitebit_main_api.request_types as _generated
from whitebit_main_api.request_types import *  # noqa: F403

del to_wire  # noqa: F821  (the facade's step, not a type)
__all__ = [name for name in _generated.__all__ if name != "to_wire"]
