import DialtoneCore

/// The marked owned numbers released (or routed, or detached) on one confirmation, and what
/// follows each outcome.
extension AppModel {
    /// The owned numbers a change applies to: the marked ones, else the selected one.
    private var changeRows: [OwnedRow] {
        owned.state.marks.isEmpty ? owned.state.selected.map { [$0] } ?? [] : owned.state.marks.items
    }

    /// Opens one confirmation of `action` for the marked owned numbers (the selected one without
    /// marks), or posts why it cannot open (a saved list, a number its provider cannot change,
    /// one in flight).
    func beginOwnedChange(_ action: OwnedChangeAction) {
        guard shell.screen == .owned, !changeRows.isEmpty else { return }
        if let savedAt = owned.state.cachedAt {
            let age = NumberFormatting.age(clock.date().timeIntervalSince(savedAt))
            return post(.info, "list saved \(age): changing numbers waits for the fresh one")
        }
        var numbers: [(row: OwnedRow, session: ProfileSession)] = []
        var refusals: [String] = []
        for row in changeRows {
            guard let session = sessions.first(where: { $0.name == row.profile }) else { continue }
            if let refusal = Self.changeRefusal(action, of: row.number, features: session.provider.features) {
                refusals.append("\(NumberFormatting.readable(row.number.e164)): \(refusal)")
            } else {
                numbers.append((row, session))
            }
        }
        guard refusals.isEmpty else {
            let count = refusals.count == 1 ? "1 number" : "\(refusals.count) numbers"
            let unmark = owned.state.marks.isEmpty ? "" : "; Space unmarks"
            return post(.error, "\(count) cannot be changed (\(refusals[0])\(refusals.count > 1 ? "; …" : ""))\(unmark)")
        }
        let routes = owned.state.routes
        let known = Dictionary(numbers.map { ($0.session.name, routes.targets(of: $0.session.name) ?? []) }) { first, _ in first }
        let opened = ownedChange.begin(action, for: numbers, known: known) {
            routes.label(of: $0.number.route, profile: $0.profile) ?? "nowhere"
        }
        guard opened else { return post(.info, "a change is in flight; wait for its outcome") }
        open(.ownedChangeConfirm)
    }

    /// `A`: the picker of the account's trunks (Vobiz) or applications (Plivo) for the marked
    /// numbers (or the selected one); choosing one opens the confirmation. The numbers must be
    /// one profile's, whose list has been read.
    func openRouteTargetPicker() {
        let profiles = Set(changeRows.map(\.profile))
        guard let profile = profiles.first else { return }
        guard profiles.count == 1 else {
            return post(.error, "the marked numbers belong to \(profiles.count) profiles; route one profile's numbers at a time")
        }
        guard let session = sessions.first(where: { $0.name == profile }), let kind = session.provider.features.assignableRoute else {
            let provider = changeRows.first?.number.provider.displayName ?? "this provider"
            return post(.error, "\(provider) documents no way to change where a number routes")
        }
        switch owned.state.routes.listings[profile] {
        case .loaded(let targets) where !targets.isEmpty:
            shell.routeChoices = targets
            openPicker(.routePicker)
            shell.picker?.title = "Route \(changeRows.count == 1 ? "the number" : "\(changeRows.count) numbers") to (\(kind.noun))"
        case .loaded:
            post(.error, "\(profile)'s account lists no \(kind.noun) to route to")
        case .unavailable(let why):
            post(.error, "\(profile)'s \(kind.noun)s could not be read (\(why)); r reads them again")
        case .loading, nil:
            owned.loadRouteTargets()
            post(.info, "reading \(profile)'s \(kind.noun)s; press A again in a moment")
        }
    }

    /// The picker's items: the trunks or applications `openRouteTargetPicker` offered, matching `filter`.
    func routeTargetItems(filter: String) -> [PickerState.Item] {
        let needle = filter.lowercased()
        return shell.routeChoices
            .filter { needle.isEmpty || $0.name.lowercased().contains(needle) || $0.route.id.lowercased().contains(needle) }
            .map { PickerState.Item(id: $0.route.id, label: $0.name, detail: $0.route.id) }
    }

    /// The target chosen in the picker: the confirmation of routing the numbers to it.
    func chooseRouteTarget(_ id: String) {
        guard let target = shell.routeChoices.first(where: { $0.route.id == id }) else { return }
        beginOwnedChange(.assign(target))
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
