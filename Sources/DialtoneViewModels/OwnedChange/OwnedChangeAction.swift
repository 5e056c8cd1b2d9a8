import DialtoneCore

/// What one combined confirmation does to every number it lists.
public enum OwnedChangeAction: Sendable, Equatable {
    /// Gives each number up (Vobiz: into its cooldown first).
    case release
    /// Routes each number to this trunk or application.
    case assign(RouteTarget)
    /// Detaches each number from its trunk or application: it then routes nowhere.
    case detach

    /// `Release these 3 numbers?`, `Route 3 numbers to Mumbai PBX?`, `Detach this number?`.
    public func question(count: Int) -> String {
        let these = count == 1 ? "this number" : "these \(count) numbers"
        switch self {
        case .release: return "Release \(these)?"
        case .assign(let target): return "Route \(count == 1 ? "this number" : "\(count) numbers") to \(target.name)?"
        case .detach: return "Detach \(these)?"
        }
    }

    /// The confirming button's word: `Release`, `Route`, `Detach`.
    public var verb: String {
        switch self {
        case .release: "Release"
        case .assign: "Route"
        case .detach: "Detach"
        }
    }

    /// `Releasing`, `Routing`, `Detaching`, while it is carried out.
    public var progressive: String {
        switch self {
        case .release: "Releasing"
        case .assign: "Routing"
        case .detach: "Detaching"
        }
    }

    /// Where the numbers route afterwards; `nil` for a release.
    var target: RouteTarget? {
        if case .assign(let target) = self { return target }
        return nil
    }
}

/// How one number of a combined change ended.
public enum OwnedChangeOutcome: Sendable, Equatable {
    case release(ReleaseOutcome)
    case assign(AssignOutcome)
    /// A term the confirmation showed is no longer true (`what`): nothing was sent for it.
    case changed(String)

    /// The number was released, or routes as asked.
    public var succeeded: Bool {
        switch self {
        case .release(let outcome): outcome.isReleased
        case .assign(let outcome): outcome.isAssigned
        case .changed: false
        }
    }

    /// The provider gave no clear answer (even one the owned list then settled): the rest of a
    /// combined change is not sent, as a batch of purchases stops (DECISIONS, batches).
    public var wasUnclear: Bool {
        switch self {
        case .release(.released(_, reconciled: true)), .release(.notReleased), .release(.unknown): true
        case .assign(.assigned(_, reconciled: true)), .assign(.notAssigned), .assign(.unknown): true
        case .release, .assign, .changed: false
        }
    }

    /// One line for the dialog and the message log.
    public func summary(of e164: String, action: OwnedChangeAction) -> String {
        switch self {
        case .release(let outcome):
            // A refusal's or an unanswered release's line names no number: say which one.
            outcome.isReleased ? outcome.summary(of: .release) : "\(NumberFormatting.readable(e164)): \(outcome.summary(of: .release))"
        case .assign(let outcome): outcome.summary(of: e164, to: action.target)
        case .changed(let what): "\(NumberFormatting.readable(e164)): \(what); nothing was sent"
        }
    }
}
