import DialtoneCore

/// Routing: an intent goes to the overlay that has the keyboard, else to the current screen.
extension AppModel {
    /// Applies one intent; returns what the terminal must do, if anything.
    @discardableResult
    public func send(_ intent: AppIntent) -> AppEffect? {
        if case .paste(let text) = intent {
            paste(text)
            return nil
        }
        switch shell.overlays.last {
        case .searchPrompt: routeSearch(intent)
        case .countryPicker, .typePicker, .routePicker: routePicker(intent)
        case .filterForm: routeFilterForm(intent)
        case .confirm: route(intent, to: purchase)
        case .batchConfirm: route(intent, to: batch)
        case .releaseConfirm: route(intent, to: release)
        case .ownedChangeConfirm: route(intent, to: ownedChange)
        case .help: if [.back, .accept, .help, .quit].contains(intent) { closeOverlay() }
        case .detail: return routeDetail(intent)
        case nil: return routeScreen(intent)
        }
        return nil
    }

    private func routeScreen(_ intent: AppIntent) -> AppEffect? {
        if shell.screen == .history { return routeHistory(intent) }
        if shell.screen == .costs, routeCosts(intent) { return nil }
        if showsMergedList, routeAllProviders(intent) { return nil }
        let onInventory = shell.screen == .inventory
        switch intent {
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last: move(intent)
        case .accept: if hasSelection { open(.detail) }
        case .openSearch: openSearchPrompt()
        case .openCountryPicker: openPicker(.countryPicker)
        case .openTypePicker: openPicker(.typePicker)
        case .openFilterForm: if onInventory { openFilterForm() }
        case .help: open(.help)
        case .buy: inventory.state.marks.isEmpty ? beginPurchase() : beginBatch()
        case .toggleMark: onInventory ? markSelected() : owned.toggleMark()
        case .markAllShown: if !onInventory { owned.toggleMarkAllShown() }
        case .toggleAllProviders: if onInventory { toggleAllProviders() }
        case .release: owned.state.marks.isEmpty ? beginRelease(.release) : beginOwnedChange(.release)
        case .cancelRelease: beginRelease(.cancelRelease)
        case .assign: if !onInventory { openRouteTargetPicker() }
        case .detach: if !onInventory { beginOwnedChange(.detach) }
        case .switchScreen: show(onInventory ? .owned : .inventory)
        case .showScreen(let screen): show(screen)
        case .cycleProfile: cycleProfile()
        case .refresh: onInventory ? inventory.refresh() : owned.refresh()
        case .retry: onInventory ? inventory.retry() : owned.reload()
        case .sort: onInventory ? inventory.cycleSort() : owned.cycleSort()
        case .toggleCapability(let capability): if onInventory { inventory.toggleCapability(capability) }
        case .cycleStatusFilter: if !onInventory { owned.cycleStatusFilter() }
        case .copy: return copySelected()
        case .quit: return quitUnlessBusy()
        case .back:
            if onInventory { inventory.state.retrying == nil ? inventory.clearMarks() : inventory.stopRetrying() } else { owned.clearMarks() }
        case .typeCharacter, .paste, .deleteBackward, .toggleFocus, .cycleRoute: break
        }
        return nil
    }

    /// History lists the journal: moving, reloading, copying and leaving; filters and purchases
    /// belong to the other screens.
    private func routeHistory(_ intent: AppIntent) -> AppEffect? {
        switch intent {
        case .moveUp: history.move(by: -1)
        case .moveDown: history.move(by: 1)
        case .pageUp: history.move(by: -owned.pageSize)
        case .pageDown: history.move(by: owned.pageSize)
        case .first: history.first()
        case .last: history.last()
        case .help: open(.help)
        case .switchScreen: shell.screen = .inventory
        case .showScreen(let screen): show(screen)
        case .cycleProfile: cycleProfile()
        case .refresh, .retry: history.reload()
        case .copy: return copySelected()
        case .quit: return quitUnlessBusy()
        default: break
        }
        return nil
    }

    private func show(_ screen: Screen) {
        shell.screen = screen
        if screen == .history { history.reload() }
        if screen == .owned { owned.loadRouteTargets() }
        screen == .costs ? costs.show() : costs.hide()
    }

    /// Types the printable characters of pasted text into the open prompt or picker; anywhere
    /// else (a bare screen, details, the confirmation dialog) the paste is dropped.
    private func paste(_ text: String) {
        guard let overlay = shell.overlays.last, [.searchPrompt, .countryPicker, .typePicker, .filterForm].contains(overlay) else { return }
        for character in text where character.isPrintable {
            send(.typeCharacter(character))
        }
    }

    private func routeDetail(_ intent: AppIntent) -> AppEffect? {
        switch intent {
        case .back, .accept, .quit: closeOverlay()
        case .moveUp, .moveDown: move(intent)
        case .buy: showsMergedList ? buyMergedRow() : beginPurchase()
        case .copy: return copySelected()
        default: break
        }
        return nil
    }

    /// Digits, focus, Enter and Esc go to the open dialog; `buy` repeats and every other key do
    /// nothing. The overlay closes with the dialog.
    private func route(_ intent: AppIntent, to dialog: some ConfirmationDialog) {
        switch intent {
        case .typeCharacter(let character): dialog.press(.digit(character))
        case .deleteBackward: dialog.press(.deleteDigit)
        case .toggleFocus: dialog.press(.toggleFocus)
        case .cycleRoute: dialog.cycleRoute()
        case .accept: dialog.activate()
        case .back: dialog.dismiss()
        default: break
        }
        if dialog.isClosed { closeOverlay() }
    }

    private func routeSearch(_ intent: AppIntent) {
        guard var prompt = shell.searchPrompt else { return }
        switch intent {
        case .typeCharacter(let character) where character.isPrintable:
            prompt.text.append(character)
        case .deleteBackward where !prompt.text.isEmpty:
            prompt.text.removeLast()
        case .accept:
            closeOverlay()
            if shell.screen == .inventory { inventory.flushSearch() }
            return
        case .back:
            closeOverlay()
            applySearch(prompt.original)
            if shell.screen == .inventory { inventory.flushSearch() }
            return
        default:
            return
        }
        shell.searchPrompt = prompt
        applySearch(prompt.text)
    }

    // MARK: - Actions

    private var hasSelection: Bool {
        guard shell.screen == .inventory else { return owned.state.selected != nil }
        return (allProviders.state.isActive ? allProviders.state.selected?.number : inventory.state.selected) != nil
    }

    private func move(_ intent: AppIntent) {
        guard shell.screen == .inventory else {
            let page = owned.pageSize
            switch intent {
            case .moveUp: owned.move(by: -1)
            case .moveDown: owned.move(by: 1)
            case .pageUp: owned.move(by: -page)
            case .pageDown: owned.move(by: page)
            case .first: owned.first()
            default: owned.last()
            }
            return
        }
        if allProviders.state.isActive { return moveMerged(intent) }
        switch intent {
        case .moveUp: inventory.moveUp()
        case .moveDown: inventory.moveDown()
        case .pageUp: inventory.pageUp()
        case .pageDown: inventory.pageDown()
        case .first: inventory.first()
        default: inventory.last()
        }
    }

    func open(_ overlay: Overlay) {
        shell.overlays.append(overlay)
    }

    func closeOverlay() {
        switch shell.overlays.popLast() {
        case .searchPrompt: shell.searchPrompt = nil
        case .countryPicker, .typePicker: shell.picker = nil
        case .filterForm: shell.filterForm = nil
        default: break
        }
    }

    private func openSearchPrompt() {
        let onInventory = shell.screen == .inventory
        let text = onInventory ? inventory.state.query.search : owned.state.filter.text
        let help = onInventory
            ? inventory.state.searchHelp
            : "matches number, place, label, status, type, provider and profile"
        shell.searchPrompt = SearchPromptState(text: text, original: text, help: help)
        open(.searchPrompt)
    }

    private func applySearch(_ text: String) {
        guard shell.screen == .inventory else { return owned.setFilterText(text) }
        inventory.setSearch(text)
        searchAllProviders()
    }

    /// The active session when a purchase may start from the inventory now; else posts why not.
    private func buyingSession() -> ProfileSession? {
        guard shell.screen == .inventory, let session = activeSession else { return nil }
        guard session.provider.features.canBuy else {
            post(.error, "\(session.provider.kind.displayName) does not sell numbers through its API")
            return nil
        }
        guard !refusedOnSavedPage("buying waits") else { return nil }
        guard !purchase.state.isInFlight, !batch.state.isInFlight else {
            post(.info, "a purchase is in flight; wait for its outcome")
            return nil
        }
        return session
    }

    /// Whether the inventory shows a saved page, whose rows may be sold or priced differently
    /// now: nothing is marked or bought from it. Posts why, as "page saved 3 min ago: `what` for
    /// the fresh one".
    private func refusedOnSavedPage(_ what: String) -> Bool {
        guard let savedAt = inventory.state.cachedAt else { return false }
        let age = NumberFormatting.age(clock.date().timeIntervalSince(savedAt))
        post(.info, "page saved \(age): \(what) for the fresh one")
        return true
    }

    /// Space: marks or unmarks the selected row, never one of a saved page.
    private func markSelected() {
        guard !refusedOnSavedPage("marks wait") else { return }
        inventory.toggleMark()
    }

    private func beginBatch() {
        guard let session = buyingSession() else { return }
        batch.begin(inventory.state.marks.numbers.map { ($0, session) })
        open(.batchConfirm)
    }

    private func beginPurchase() {
        guard let number = inventory.state.selected, let session = buyingSession() else { return }
        guard purchase.begin(number, listedAt: inventory.state.fetchedAt, session: session) else {
            return post(.info, "a purchase is in flight; wait for its outcome")
        }
        open(.confirm)
    }

    private func beginRelease(_ action: ReleaseAction) {
        guard shell.screen == .owned, let row = owned.state.selected,
              let session = sessions.first(where: { $0.name == row.profile }) else { return }
        if let savedAt = owned.state.cachedAt {
            let age = NumberFormatting.age(clock.date().timeIntervalSince(savedAt))
            return post(.info, "list saved \(age): \(action == .release ? "releasing" : "cancelling a release") waits for the fresh one")
        }
        if let refusal = Self.releaseRefusal(action, of: row.number, features: session.provider.features) { return post(.error, refusal) }
        let opened = action == .release ? release.begin(row.number, session: session) : release.beginCancel(row.number, session: session)
        guard opened else { return post(.info, "a release is in flight; wait for its outcome") }
        open(.releaseConfirm)
    }

    /// Why `action` cannot be asked for `number` at a provider with `features`, or `nil`.
    static func releaseRefusal(_ action: ReleaseAction, of number: OwnedNumber, features: ProviderFeatures) -> String? {
        let provider = number.provider.displayName
        switch action {
        case .release:
            if !features.canRelease { return "\(provider) documents no way to release a number" }
            if number.status == .pendingRelease { return "already pending release; u cancels the release" }
        case .cancelRelease:
            if !features.canCancelRelease { return "\(provider) documents no way to cancel a release" }
            if number.status != .pendingRelease { return "not pending release: nothing to cancel" }
        }
        return nil
    }

    private func cycleProfile() {
        guard sessions.count > 1 else { return }
        guard !purchase.state.isInFlight, !batch.state.isInFlight else { return post(.info, "a purchase is in flight; wait for its outcome") }
        shell.activeProfileIndex = (shell.activeProfileIndex + 1) % sessions.count
        let session = sessions[shell.activeProfileIndex]
        inventory.setProvider(session.provider, country: session.defaultCountry)
        post(.info, "profile \(session.name) (\(session.provider.kind.displayName))")
        askForCountryIfNeeded()
    }

    private func copySelected() -> AppEffect? {
        let e164 = switch shell.screen {
        case .inventory: (allProviders.state.isActive ? allProviders.state.selected?.number : inventory.state.selected)?.e164
        case .owned: owned.state.selected?.number.e164
        case .history: history.state.selected?.e164
        case .costs: String?.none
        }
        guard let e164 else { return nil }
        post(.info, "copied \(NumberFormatting.readable(e164))")
        return .copyToClipboard(e164)
    }

    private func quitUnlessBusy() -> AppEffect? {
        guard !purchase.state.isInFlight, !batch.state.isInFlight, !release.state.isInFlight, !ownedChange.state.isInFlight else {
            post(.info, "a purchase or release is in flight; quit after its outcome is known")
            return nil
        }
        return .quit
    }
}
