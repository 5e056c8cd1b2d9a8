"""Run the official Plivo Python SDK against a running `dialtone sandbox serve`.

    pip install plivo
    dialtone sandbox serve --db :memory: &
    python3 Tests/DialtoneSandboxTests/plivo_sdk_check.py [http://127.0.0.1:8080]

The SDK has no base-URL parameter: every non-voice request resets `client.base_uri` to the
module constant `plivo.rest.client.PLIVO_API_BASE_URI`, so that constant is what we point at
the sandbox. Credentials come from PLIVO_AUTH_ID / PLIVO_AUTH_TOKEN, as with the real API
(`eval "$(dialtone sandbox credentials --shell)"`), falling back to the sandbox's fixed ones.
"""
import os
import sys

import plivo
import plivo.rest.client as rest_client

base_url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("DIALTONE_BASE_URL", "http://127.0.0.1:8080")
rest_client.PLIVO_API_BASE_URI = base_url.rstrip("/") + "/v1/Account"

client = plivo.RestClient(
    os.environ.get("PLIVO_AUTH_ID", "MADIALTONESANDBOX001"),
    os.environ.get("PLIVO_AUTH_TOKEN", "PlivoSandboxMainToken0000000000000000001"),
)

found = client.numbers.search(country_iso="US", type="local", pattern="415", services="voice", limit=5)
print("search:", found.meta["total_count"], "numbers; first", [n.number for n in found.objects][:5])
candidate = next(n for n in found.objects if n.restriction is None)

bought = client.numbers.buy(number=candidate.number)
print("buy:", bought.message, bought.status, bought.numbers)
assert bought.message == "created" and bought.status == "fulfilled"

rented = client.numbers.list(limit=20)
numbers = [n.number for n in rented.objects]
print("rented:", rented.meta["total_count"], "numbers;", numbers)
assert candidate.number in numbers

one = client.numbers.get(candidate.number)
print("get:", one.number, one.monthly_rental_rate, one.number_type)

account = client.account.get()
print("account:", account.auth_id, "cash_credits", account.cash_credits)

try:
    client.numbers.buy(number=candidate.number)
    raise SystemExit("buying the same number twice must fail")
except plivo.exceptions.ResourceNotFoundError as error:
    print("second buy refused:", error)

print("OK: search -> buy -> list works unchanged against the sandbox")
