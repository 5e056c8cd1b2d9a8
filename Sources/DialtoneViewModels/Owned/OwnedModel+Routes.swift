import DialtoneCore

/// Where owned numbers route, by name: each profile's trunks or applications are read once,
/// when Owned is first shown, and again on `r`.
extension OwnedModel {
    /// Reads the route lists of the profiles not asked yet (Owned is shown).
    public func loadRouteTargets() {
        for session in sessions where !state.routes.isAsked(session.name) {
            readRouteTargets(of: session)
        }
    }

    /// Reads every profile's route list again (`r`); the names already known stay shown until
    /// the new list arrives.
    public func reloadRouteTargets() {
        for session in sessions { readRouteTargets(of: session) }
    }

    /// `r`: the owned list and the route lists, read again.
    public func refresh() {
        reload()
        reloadRouteTargets()
    }

    private func readRouteTargets(of session: ProfileSession) {
        if !state.routes.isAsked(session.name) { state.routes.set(.loading, for: session.name) }
        let (name, provider) = (session.name, session.provider)
        routeTasks[name]?.cancel()
        routeTasks[name] = Task { [weak self] in
            let listing: RouteDirectory.Listing
            do {
                listing = .loaded(try await provider.routeTargets())
            } catch let error as DialtoneError {
                listing = .unavailable(error.kind == .unsupported ? "no list" : error.description)
            } catch {
                listing = .unavailable("\(error)")
            }
            guard !Task.isCancelled, let self else { return }
            self.state.routes.set(listing, for: name)
            self.routeTasks[name] = nil
        }
    }

    /// Waits until the route lists being read have arrived (tests).
    func settleRoutes() async {
        while let task = routeTasks.values.first {
            await task.value
        }
    }
}
