import Foundation
import Synchronization

/// What only some providers say about an owned number: where its calls go (trunks, application),
/// whether it is blocked, its per-minute prices, Agni's subscription and last update (seeds 002
/// and 004, PROVIDERS.md).
///
/// Read like a struct of optionals (`details.trunkGroupID`). It is kept behind one reference, so
/// an owned number pays a pointer for it, and the numbers of one listing whose details are equal
/// share one copy (`Pool`): 100 000 numbers on a few trunks hold a few copies, not 100 000. What
/// differs from number to number on a large list (the next billing date) is kept on the number.
@dynamicMemberLookup
public struct OwnedDetails: Sendable, Hashable, Codable {
    /// The details themselves; each `nil` when the provider did not say.
    public struct Fields: Sendable, Hashable, Codable {
        /// Vobiz `is_blocked`.
        public var isBlocked: Bool?
        /// Vobiz `trunk_group_id`: the trunk group the number's calls go to.
        public var trunkGroupID: String?
        /// Agni `inbound_trunk_id`.
        public var inboundTrunkID: String?
        /// Agni `outbound_trunk_id`.
        public var outboundTrunkID: String?
        /// The application the number answers with: Vobiz `application_id`, or the id that ends
        /// Plivo's `application` resource URI.
        public var applicationID: String?
        /// Agni `subscription_id`.
        public var subscriptionID: String?
        /// Agni `per_minute_price_inbound`, in the profile's currency (Agni states none).
        public var inboundPerMinute: Money?
        /// Agni `per_minute_price_outbound`, in the profile's currency.
        public var outboundPerMinute: Money?
        /// Agni `updated_at`.
        public var updatedAt: Date?

        public init(
            isBlocked: Bool? = nil, trunkGroupID: String? = nil, inboundTrunkID: String? = nil, outboundTrunkID: String? = nil,
            applicationID: String? = nil, subscriptionID: String? = nil, inboundPerMinute: Money? = nil,
            outboundPerMinute: Money? = nil, updatedAt: Date? = nil
        ) {
            self.isBlocked = isBlocked
            self.trunkGroupID = trunkGroupID
            self.inboundTrunkID = inboundTrunkID
            self.outboundTrunkID = outboundTrunkID
            self.applicationID = applicationID
            self.subscriptionID = subscriptionID
            self.inboundPerMinute = inboundPerMinute
            self.outboundPerMinute = outboundPerMinute
            self.updatedAt = updatedAt
        }
    }

    final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// `nil` when the provider said nothing: no allocation at all. Numbers sharing details
    /// hold the same `Storage`.
    private(set) var storage: Storage?

    /// - Parameter pool: where the numbers of one listing share equal details; a copy is made
    ///   only for a value the pool does not hold yet.
    public init(_ fields: Fields, sharing pool: Pool? = nil) {
        guard fields != Fields() else { return }
        storage = pool?.storage(for: fields) ?? Storage(fields)
    }

    /// Nothing said.
    public static let none = OwnedDetails(Fields())

    public var fields: Fields { storage?.fields ?? Fields() }

    /// Whether the provider said none of these.
    public var isEmpty: Bool { storage == nil }

    public subscript<Value>(dynamicMember keyPath: KeyPath<Fields, Value>) -> Value { fields[keyPath: keyPath] }

    public static func == (lhs: OwnedDetails, rhs: OwnedDetails) -> Bool {
        lhs.storage === rhs.storage || lhs.fields == rhs.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fields) }

    /// Decodes the fields, sharing one copy per distinct value through the `Pool` in the
    /// decoder's `userInfo[OwnedDetails.poolKey]`, when there is one.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Fields.self), sharing: decoder.userInfo[Self.poolKey] as? Pool)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fields)
    }

    /// Where a decoder finds the `Pool` its owned details share.
    public static let poolKey = CodingUserInfoKey(rawValue: "dialtone.ownedDetailsPool")!

    /// Hands out one shared copy of each distinct value; a listing's concurrent page readers share one.
    public final class Pool: Sendable {
        private let copies = Mutex<[Fields: Storage]>([:])

        public init() {}

        /// The copy of `fields` this pool holds, made now if it holds none yet.
        func storage(for fields: Fields) -> Storage {
            copies.withLock { copies in
                if let held = copies[fields] { return held }
                let storage = Storage(fields)
                copies[fields] = storage
                return storage
            }
        }
    }
}

extension KeyedDecodingContainer {
    /// Owned details are optional in what earlier versions saved (the warm cache): missing reads as none.
    public func decode(_ type: OwnedDetails.Type, forKey key: Key) throws -> OwnedDetails {
        try decodeIfPresent(type, forKey: key) ?? .none
    }
}
