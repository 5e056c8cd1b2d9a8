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
