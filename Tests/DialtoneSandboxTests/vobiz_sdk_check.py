"""Run the official Vobiz Python SDK (`vobiz-python`) against a running `dialtone sandbox serve`.

    pip install vobiz-python
    dialtone sandbox serve --db :memory: &
    python3 Tests/DialtoneSandboxTests/vobiz_sdk_check.py [http://127.0.0.1:8080]

The SDK has no base-URL parameter: the phone-number and account resources build every URL from
the module constant `VOBIZ_API_V1` (`https://api.vobiz.ai/api/v1`) of their own modules, read
at call time, so those constants are what we point at the sandbox. It sends `X-Auth-ID` /
`X-Auth-Token` and uses the lowercase `/api/v1/account/{auth_id}/…` paths; a release puts the
number in the path exactly as given (`+` included). Credentials come from VOBIZ_AUTH_ID /
VOBIZ_AUTH_TOKEN, as with the real API (`eval "$(dialtone sandbox credentials --shell)"`),
falling back to the sandbox's fixed ones.
"""
import importlib
import os
import sys

import vobiz
from vobiz.exceptions import ForbiddenError, VobizRestError

base_url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("DIALTONE_BASE_URL", "http://127.0.0.1:8080")
for module in ("vobiz.resources.numbers", "vobiz.resources.accounts"):
    importlib.import_module(module).VOBIZ_API_V1 = base_url.rstrip("/") + "/api/v1"

auth_id = os.environ.get("VOBIZ_AUTH_ID", "MA_DTSBX001")
client = vobiz.RestClient(auth_id, os.environ.get("VOBIZ_AUTH_TOKEN", "vbz_sandbox_main_7Qm2Lx9Rk4Tz8Wc1"))
numbers = client.phone_numbers


def owned():
    """The E.164 numbers the account owns."""
    return [item.e164 for item in numbers.list(per_page=100).items]


found = numbers.list_inventory(country="US", per_page=5, search="+1")
stock = [item.e164 for item in found.items]
print("inventory:", found.total, "numbers; first", stock)
assert len(stock) >= 2, "the sandbox must have two US numbers in stock"
first, second = stock[0], stock[1]

bought = numbers.purchase_from_inventory(first)
print("purchase:", bought.message, bought.number.e164, bought.number.currency)
assert bought.number.e164 == first
numbers.purchase_from_inventory(second)

mine = owned()
print("owned:", mine)
assert first in mine and second in mine

try:
    numbers.purchase_from_inventory(first)
    raise SystemExit("buying the same number twice must fail")
except VobizRestError as error:
    print("second purchase refused:", type(error).__name__, error)

balance = client.accounts.get_balance(auth_id, bought.number.currency)
print("balance:", balance.currency, balance.available_balance)
assert balance.currency == bought.number.currency

numbers.release(first)
print("release +:", first)
numbers.release(second.lstrip("+"))
print("release digits:", second.lstrip("+"))
mine = owned()
assert first not in mine and second not in mine, mine

try:
    numbers.release(first)
    raise SystemExit("releasing a number the account no longer owns must fail")
except ForbiddenError as error:
    print("release of a number not owned refused:", error)

print("OK: inventory -> purchase -> owned -> balance -> release works unchanged against the sandbox")
