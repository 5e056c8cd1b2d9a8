import DialtoneCore

/// What a confirmation of one number's routing change says: the number, whose it is, where it
/// routes now and where it will, and that live calls may drop.
public struct RoutingLines: Sendable, Equatable {
    public var number: OwnedNumber
    /// Where it is to route; `nil` to detach it.
    public var target: RouteTarget?
    /// The account's trunks or applications, for the current routing's name.
    public var known: [RouteTarget]
    /// The kind of attachment the change sets.
    public var kind: NumberRoute.Kind

    public init(number: OwnedNumber, target: RouteTarget?, known: [RouteTarget], kind: NumberRoute.Kind) {
        self.number = number
        self.target = target
        self.known = known
        self.kind = kind
    }

    /// The name of the trunk or application the number is attached to now; `nil` for none.
    public var before: String? {
        number.attachment(of: kind).map { known.name(of: NumberRoute(kind: kind, id: $0)) }
    }

    /// The dialog's lines, under `profile` (`account` masked).
    public func lines(profile: String, account: String) -> [QuoteLine] {
        [
            QuoteLine(label: "Number", value: NumberFormatting.readable(number.e164), emphasis: .plain),
            QuoteLine(label: "Provider", value: number.provider.displayName, emphasis: .plain),
            QuoteLine(label: "Profile", value: "\(profile) (\(account))", emphasis: .plain),
            QuoteLine(label: "Routes now", value: before.map { "\(kind.noun) \($0)" } ?? "nowhere", emphasis: .plain),
            QuoteLine(label: "Routes to", value: target.map { "\(kind.noun) \($0.name)" } ?? "nowhere (detached)", emphasis: .warning),
            QuoteLine(
                label: "Calls",
                value: target == nil ? "the number will answer no call; its monthly fee continues" : "calls in progress may drop",
                emphasis: .warning),
        ]
    }
}
