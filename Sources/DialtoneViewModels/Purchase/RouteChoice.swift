import DialtoneCore

/// A purchase dialog's "Route to": where the bought numbers will route — nowhere (the default),
/// or one of the account's trunks (Vobiz: attached right after a bought answer, as a journalled
/// change of its own) or applications (Plivo: sent with the purchase as `app_id`).
public struct RouteChoice: Sendable, Equatable {
    /// The kind of target the provider routes to; `nil` where it documents no routing change.
    public var kind: NumberRoute.Kind?
    /// The account's trunks or applications, once read.
    public var options: [RouteTarget] = []
    /// The chosen target; `nil` routes the number nowhere.
    public var selected: RouteTarget?
    /// Why there are no options (still reading, or the read failed).
    public var problem: String?

    public init(kind: NumberRoute.Kind?) {
        self.kind = kind
        problem = kind == nil ? nil : "reading the account's list…"
    }

    /// The next choice (`r`): nowhere, then each option in turn, then nowhere again.
    mutating func cycle() {
        guard !options.isEmpty else { return }
        guard let selected, let index = options.firstIndex(of: selected) else {
            self.selected = options.first
            return
        }
        self.selected = index + 1 < options.count ? options[index + 1] : nil
    }

    /// Chooses the option `text` names (its id, or its name ignoring case), for `buy --trunk`.
    /// Throws, naming what the account has, when none or several match or the list was not read.
    mutating func choose(_ text: String, provider: ProviderKind) throws {
        guard let kind else {
            throw DialtoneError(.unsupported, provider: provider, detail: "\(provider.displayName) documents no way to route a number")
        }
        if options.isEmpty, let problem { throw DialtoneError(.validation, provider: provider, detail: "no \(kind.noun) to route to: \(problem)") }
        selected = try options.named(text, provider: provider)
    }

    /// The dialog's line; `nil` where the provider routes nothing.
    public var line: QuoteLine? {
        guard let kind else { return nil }
        if let selected { return QuoteLine(label: "Route to", value: "\(kind.noun) \(selected.name) (r: next)", emphasis: .plain) }
        let how = options.isEmpty ? (problem ?? "the account lists no \(kind.noun)") : "r chooses a \(kind.noun)"
        return QuoteLine(label: "Route to", value: "nowhere (\(how))", emphasis: .plain)
    }
}
