import DialtoneCore

/// All providers (`a`): the merged list takes moving, paging, refreshing and buying — on the
/// screen and in its details overlay alike; search and country reach it through the inventory's
/// query.
extension AppModel {
    /// Turns the merged list on with the inventory's country and search, or off.
    func toggleAllProviders() {
        if allProviders.state.isActive { return allProviders.close() }
        guard allProviders.hasSeveralSources else { return post(.info, "only one profile can search") }
        allProviders.open(country: inventory.state.query.country, search: inventory.state.query.search)
    }

    /// Sends the inventory's country and search to every source again, when the merged list is shown.
    func searchAllProviders() {
        allProviders.reload(country: inventory.state.query.country, search: inventory.state.query.search)
    }

    /// Whether the inventory screen shows the merged list: its selected row is the one the details
    /// show and `b` buys.
    var showsMergedList: Bool { shell.screen == .inventory && allProviders.state.isActive }

    /// Handles `intent` for the merged list; `false` leaves it to the inventory's routing.
    func routeAllProviders(_ intent: AppIntent) -> Bool {
        switch intent {
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last: moveMerged(intent)
        case .refresh, .retry: allProviders.refresh()
        case .buy: buyMergedRow()
        case .toggleMark: post(.info, "marks work in one profile's inventory; press a to go back to it")
        case .back: allProviders.close()
        default: return false
        }
        return true
    }

    /// Moves the merged list's selection, which the details overlay shows and `b` buys.
    func moveMerged(_ intent: AppIntent) {
        switch intent {
        case .moveUp: allProviders.move(by: -1)
        case .moveDown: allProviders.move(by: 1)
        case .pageUp: allProviders.pageUp()
        case .pageDown: allProviders.pageDown()
        case .first: allProviders.first()
        default: allProviders.last()
        }
    }

    /// Opens the purchase dialog for the selected merged row, bought by the profile that lists it.
    func buyMergedRow() {
        guard let row = allProviders.state.selected, let session = allProviders.session(for: row) else { return }
        guard !purchase.state.isInFlight, !batch.state.isInFlight,
              purchase.begin(row.number, listedAt: allProviders.fetchedAt[row.profile], session: session) else {
            return post(.info, "a purchase is in flight; wait for its outcome")
        }
        open(.confirm)
    }
}
