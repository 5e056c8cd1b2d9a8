import DialtoneCore

/// The marked owned numbers released (or routed, or detached) on one confirmation, and what
/// follows each outcome.
extension AppModel {
    /// Opens the combined confirmation of `action` for every marked owned number, or posts why
    /// it cannot open (a saved list, a number its provider cannot change, one in flight).
    func beginMarkedChange(_ action: OwnedChangeAction) {
        guard shell.screen == .owned, !owned.state.marks.isEmpty else { return }
        if let savedAt = owned.state.cachedAt {
            let age = NumberFormatting.age(clock.date().timeIntervalSince(savedAt))
            return post(.info, "list saved \(age): changing numbers waits for the fresh one")
        }
        var numbers: [(row: OwnedRow, session: ProfileSession)] = []
        var refusals: [String] = []
        for row in owned.state.marks.items {
            guard let session = sessions.first(where: { $0.name == row.profile }) else { continue }
            if let refusal = Self.changeRefusal(action, of: row.number, features: session.provider.features) {
                refusals.append("\(NumberFormatting.readable(row.number.e164)): \(refusal)")
            } else {
                numbers.append((row, session))
            }
        }
        guard refusals.isEmpty else {
            let count = refusals.count == 1 ? "1 marked number" : "\(refusals.count) marked numbers"
            return post(.error, "\(count) cannot be changed (\(refusals[0])\(refusals.count > 1 ? "; …" : "")); Space unmarks")
        }
        let routes = owned.state.routes
        let opened = ownedChange.begin(action, for: numbers) { routes.label(of: $0.number.route, profile: $0.profile) ?? "nowhere" }
        guard opened else { return post(.info, "a change is in flight; wait for its outcome") }
        open(.ownedChangeConfirm)
    }

    /// Why `action` cannot be asked for `number` at a provider with `features`, or `nil`.
    private static func changeRefusal(_ action: OwnedChangeAction, of number: OwnedNumber, features: ProviderFeatures) -> String? {
        switch action {
        case .release: return releaseRefusal(.release, of: number, features: features)
        case .assign, .detach:
            return features.assignableRoute == nil ? "\(number.provider.displayName) documents no way to change where a number routes" : nil
        }
    }

    /// One number of a combined change ended: its line in the log, and History read again.
    func ownedChangeItemEnded(_ item: OwnedChangeState.Item) {
        guard let outcome = item.outcome else { return }
        post(outcome.succeeded ? .info : .error, outcome.summary(of: item.number.e164, action: ownedChange.state.action))
        history.reload()
    }

    /// The combined change ended: the numbers it changed are unmarked (those refused or not
    /// sent stay marked, to try again) and the owned list is read again to show them as they are.
    func ownedChangeEnded(_ items: [OwnedChangeState.Item]) {
        let changed = items.filter { $0.outcome?.succeeded == true }
        owned.unmark(Set(changed.map { OwnedRow(number: $0.number, profile: $0.profile).key }))
        guard !changed.isEmpty else { return }
        owned.reload()
        if ownedChange.state.action == .release { inventory.refresh() }
    }
}
