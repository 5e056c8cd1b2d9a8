/// The provider's word on a number just before the one request is sent: the listing of a number
/// to buy, the owned entry of a number to release. Nothing is sent while it is read.
enum Rereading {
    /// What the read found.
    enum Found<Item: Sendable>: Sendable {
        case current(Item)
        /// Not there any more, or it could not be read: a refusal, since nothing was sent.
        case gone(DialtoneError)
    }

    /// `number`'s listing now.
    static func listing(of number: PhoneNumber, provider: any NumberProvider) async -> Found<PhoneNumber> {
        do {
            guard let listing = try await InventoryLookup.current(number, provider: provider) else {
                return .gone(DialtoneError(.notFound, provider: provider.kind, detail: "no longer for sale; nothing was sent"))
            }
            return .current(listing)
        } catch {
            return .gone(unread(error, provider: provider, what: "the listing"))
        }
    }

    /// `number`'s entry in the account's owned list now (the list of its country, where the
    /// provider filters by one).
    static func ownedEntry(of number: OwnedNumber, provider: any NumberProvider) async -> Found<OwnedNumber> {
        do {
            let query = number.country.isEmpty ? OwnedQuery.all : OwnedQuery(country: number.country)
            let owned = try await provider.ownedNumberList(query)
            if let entry = owned.numbers.first(where: { $0.e164 == number.e164 }) { return .current(entry) }
            let why = owned.whyNotProofOfAbsence.map { "; \($0)" } ?? ""
            return .gone(DialtoneError(.notFound, provider: provider.kind, detail: "not in the account's owned list now\(why); nothing was sent"))
        } catch {
            return .gone(unread(error, provider: provider, what: "the owned list"))
        }
    }

    private static func unread(_ error: any Error, provider: any NumberProvider, what: String) -> DialtoneError {
        var error = DialtoneError.wrapping(error, provider: provider.kind)
        error.detail = [error.detail, "could not read \(what) again just before sending; nothing was sent"]
            .compactMap { $0 }.joined(separator: "; ")
        return error
    }
}
