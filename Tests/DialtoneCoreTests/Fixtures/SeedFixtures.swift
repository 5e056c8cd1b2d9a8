// Verbatim JSON examples from the provider documents in shared/seeds/ (the wire contract).
// The Vobiz inventory OpenAPI example (YAML, integer fees) is given in its JSON form.

enum SeedFixtures {
    static let vobizInventoryList = #"""
{
  "items": [
    {
      "id": "550e8400-e29b-41d4-a716-446655440000",
      "e164": "+14155551234",
      "country": "US",
      "region": "CA",
      "status": "active",
      "setup_fee": 0.0,
      "monthly_fee": 1.0,
      "currency": "INR",
      "created_at": "2025-01-15T10:00:00Z",
      "updated_at": "2025-01-15T10:00:00Z"
    }
  ],
  "page": 1,
  "per_page": 25,
  "total": 500
}
"""#

    static let vobizPurchaseRequest = #"""
{
"e164": "+919876543210"
}
"""#

    static let vobizPurchaseAnswer = #"""
{
"message": "Number purchased successfully",
"number": {
"id": "aabbccdd-1234-5678-90ab-cdef12345678",
"account_id": "MA_XXXXXXXX",
"e164": "+919876543210",
"country": "IN",
"region": "Karnataka",
"capabilities": {
"voice": true,
"sms": false,
"mms": false,
"fax": false
},
"status": "active",
"provider": "",
"setup_fee": 100,
"monthly_fee": 1,
"currency": "INR",
"voice_enabled": true,
"tags": [],
"purchased_at": "2026-03-25T10:00:00Z",
"is_blocked": false,
"created_at": "2026-03-25T10:00:00Z",
"updated_at": "2026-03-25T10:00:00Z",
"is_trial_number": false,
"minimum_commitment_months": 0,
"aadhaar_verification_required": false,
"aadhaar_verified": false,
"source": "inventory"
},
"items": [
{
"id": "aabbccdd-1234-5678-90ab-cdef12345678",
"account_id": "MA_XXXXXXXX",
"e164": "+919876543210",
"country": "IN",
"region": "Karnataka",
"capabilities": {
"voice": true,
"sms": false,
"mms": false,
"fax": false
},
"status": "active",
"monthly_fee": 1,
"currency": "INR"
}
]
}
"""#

    static let vobizPurchaseAnswerFromInventory = #"""
{
"message": "purchased from inventory",
"number": {
"id": "550e8400-e29b-41d4-a716-446655440000",
"auth_id": "{auth_id}",
"e164": "+919876543210",
"country": "IN",
"region": "MH",
"status": "active",
"provider": "manual",
"setup_fee": 0.0,
"monthly_fee": 1.0,
"currency": "USD",
"purchased_at": "2025-01-15T10:00:00Z",
"created_at": "2025-01-15T10:00:00Z",
"updated_at": "2025-01-15T10:00:00Z"
}
}
"""#

    static let vobizPurchaseRequestWithCurrency = #"""
{
"e164": "+919876543210",
"currency": "USD"
}
"""#

    static let vobizNotInInventoryError = #"""
{
"error": "not found",
"message": "number not found in inventory"
}
"""#

    static let vobizPurchaseServerError = #"""
{
"error": "internal server error",
"message": "failed to purchase number from provider"
}
"""#

    static let agniPurchasedList = #"""
  {
    "success": true,
    "message": "Request completed successfully",
    "data": [
      {
        "id": "id_123",
        "telephony_id": "telephony_123",
        "subscription_id": "subscription_123",
        "inbound_trunk_id": "inbound_trunk_123",
        "outbound_trunk_id": "outbound_trunk_123",
        "number": "+14155550100",
        "friendly_name": "Support Bot",
        "per_minute_price_inbound": 1,
        "per_minute_price_outbound": 1,
        "price": 1,
        "region": "example",
        "iso_country": "US",
        "is_active": true,
        "created_at": "2026-03-14T12:00:00Z",
        "updated_at": "2026-03-14T12:00:00Z"
      }
    ]
  }
"""#

    static let plivoPhoneNumberObject = #"""
{
  "number": "14155559186",
  "prefix": "415",
  "city": "SAN FRANCISCO",
  "country": "UNITED STATES",
  "region": "United States",
  "rate_center": "SNFC CNTRL",
  "lata": 722,
  "type": "fixed",
  "sub_type": "local",
  "setup_rate": "0.00000",
  "monthly_rental_rate": "0.80000",
  "sms_enabled": true,
  "sms_rate": "0.00800",
  "voice_enabled": true,
  "voice_rate": "0.00500",
  "restriction": null,
  "restriction_text": null,
  "resource_uri": "/v1/Account/MA2025RK4E639VJFZAGV/PhoneNumber/14155559186/"
}
"""#

    static let plivoSearchAnswer = #"""
{
  "api_id": "859428b0-1c88-11e4-a2d1-22000ac5040c",
  "meta": {
    "limit": 20,
    "next": null,
    "offset": 0,
    "previous": null,
    "total_count": 9
  },
  "objects": [
    {
      "number": "14154009186",
      "prefix": "415",
      "city": "SAN FRANCISCO",
      "country": "UNITED STATES",
      "type": "fixed",
      "sub_type": "local",
      "monthly_rental_rate": "0.80000",
      "sms_enabled": true,
      "voice_enabled": true,
      "restriction": null,
      "resource_uri": "/v1/Account/MA2025RK4E639VJFZAGV/PhoneNumber/14154009186/"
    }
  ]
}
"""#

    static let plivoBuyAnswer = #"""
{
    "api_id": "aa52882c-1c88-11e4-bd8a-12313f016a39",
    "message": "created",
    "numbers": [
        {
            "number": "14155559186",
            "status": "Success"
        }
    ],
    "status": "fulfilled"
}
"""#

    static let vobizPhoneNumberObject = #"""
{
  "id": "550e8400-e29b-41d4-a716-446655440000",
  "auth_id": "{auth_id}",
  "e164": "+14155551234",
  "country": "US",
  "region": "CA",
  "capabilities": {
    "voice": true,
    "sms": true,
    "mms": false,
    "fax": false
  },
  "status": "active",
  "setup_fee": 1.00,
  "monthly_fee": 1.00,
  "currency": "USD",
  "trunk_group_id": "660e8400-e29b-41d4-a716-446655440001",
  "purchased_at": "2025-01-15T10:00:00Z",
  "created_at": "2025-01-15T10:00:00Z",
  "updated_at": "2025-01-15T10:00:00Z"
}
"""#

    static let vobizInventoryOpenAPIExample = #"""
{
  "items": [
    {
      "id": "550e8400-e29b-41d4-a716-446655440000",
      "e164": "+14155551234",
      "country": "US",
      "region": "CA",
      "status": "active",
      "setup_fee": 0,
      "monthly_fee": 1,
      "currency": "INR",
      "created_at": "2025-01-15T10:00:00Z",
      "updated_at": "2025-01-15T10:00:00Z"
    }
  ],
  "page": 1,
  "per_page": 25,
  "total": 500
}
"""#
}
