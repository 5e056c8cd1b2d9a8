import Foundation

/// Ravan AI's Agni API: the purchased-numbers list only (its search endpoint is not public).
public struct AgniClient: NumberProvider {
    public let kind = ProviderKind.agni
    private let http: ProviderHTTP

    public init(credentials: ProviderCredentials, transport: HTTPTransport = HTTPTransport()) {
        http = ProviderHTTP(credentials: credentials, transport: transport)
    }

    public var credentials: ProviderCredentials { http.credentials }
    public var accountID: String { credentials.authID }
    public var endpoint: String { credentials.baseURL }

    public var features: ProviderFeatures {
        ProviderFeatures(
            canSearch: false, canBuy: false, hasBalance: false, requiresCountry: false, maxPageSize: 0,
            filtersTypeOnServer: false, filtersCapabilitiesOnServer: false,
            searchHelp: "Agni lists purchased numbers only; it has no public inventory search"
        )
    }

    public func searchInventory(_ query: InventoryQuery) async throws -> InventoryPage {
        throw DialtoneError(.unsupported, provider: kind, detail: "Agni has no public inventory search")
    }

    public func purchase(_ number: PhoneNumber, permit: SendPermit) async throws -> PurchaseReceipt {
        throw DialtoneError(.unsupported, provider: kind, detail: "buying through Agni needs its search, which is not public")
    }

    /// Agni's list has no paging: one answer is the whole list.
    public func ownedNumberList(_ query: OwnedQuery) async throws -> OwnedList {
        let url = "\(credentials.baseURL)/api/v1/phone-numbers/list" + QueryString.build([
            ("region", query.region), ("iso_country", query.country), ("is_active", query.activeOnly.map { String($0) }),
        ])
        let list = try await http.get(url, as: AgniListDTO.self)
        guard list.success != false else {
            throw DialtoneError(.server, provider: kind, providerMessage: list.message)
        }
        return OwnedList(numbers: list.data.map { $0.ownedNumber(currency: credentials.currency) }, skippedEntries: list.skipped)
    }

    public func account(currency: String?) async throws -> Account {
        Account(provider: kind, id: credentials.authID, billedAccountID: credentials.authID)
    }
}

/// `{success, message, data[]}` (seed 002).
struct AgniListDTO: Decodable {
    var success: Bool?
    var message: String?
    var data: [AgniNumberDTO]
    /// Entries that could not be read and were left out.
    var skipped: Int

    enum Keys: String, CodingKey { case success, message, data }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        success = try c.lenientBool(.success)
        message = try c.lenientString(.message)
        let list = try c.lossyList(.data, of: AgniNumberDTO.self)
        data = list.items
        skipped = list.skipped
    }
}

/// One purchased number. Field casing varies across Agni endpoints: both spellings accepted.
struct AgniNumberDTO: Decodable {
    var id: String?
    var number: String
    var friendlyName: String?
    var price: Decimal?
    var region: String?
    var isoCountry: String?
    var isActive: Bool?
    var createdAt: Date?

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        func text(_ snake: String, _ camel: String) throws -> String? {
            try c.lenientString(Key(stringValue: snake)) ?? c.lenientString(Key(stringValue: camel))
        }
        guard let number = try text("number", "phoneNumber") ?? c.lenientString(Key(stringValue: "phone_number")) else {
            throw DecodingError.keyNotFound(Key(stringValue: "number"), .init(codingPath: c.codingPath, debugDescription: "no number"))
        }
        self.number = number
        id = try c.lenientString(Key(stringValue: "id"))
        friendlyName = try text("friendly_name", "friendlyName")
        price = try c.lenientAmount(Key(stringValue: "price"))
        region = try c.lenientString(Key(stringValue: "region"))
        isoCountry = try text("iso_country", "isoCountry")
        isActive = try c.lenientBool(Key(stringValue: "is_active")) ?? c.lenientBool(Key(stringValue: "isActive"))
        createdAt = c.lenientDate(Key(stringValue: "created_at")) ?? c.lenientDate(Key(stringValue: "createdAt"))
    }

    func ownedNumber(currency: String) -> OwnedNumber {
        let e164 = E164.fromWire(number)
        return OwnedNumber(
            provider: .agni, e164: e164,
            country: isoCountry ?? CountryCatalog.country(forNumber: e164)?.iso ?? "", region: region,
            status: isActive == false ? .inactive : .active, monthlyFee: price.map { Money($0, currency) },
            label: friendlyName, purchasedAt: createdAt
        )
    }
}
