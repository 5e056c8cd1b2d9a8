import DialtoneCore

/// The country, type and status pickers: type to narrow, move, Enter applies, Esc leaves as is.
extension AppModel {
    func openPicker(_ overlay: Overlay) {
        let current = currentChoice(for: overlay)
        let items = pickerItems(for: overlay, filter: "")
        shell.picker = PickerState(
            title: pickerTitle(for: overlay), filter: "", items: items,
            selectedIndex: items.firstIndex { $0.id == current } ?? ListSelection.clamped(nil, count: items.count))
        open(overlay)
    }

    /// Opens the country picker at once when the active provider searches one country at a
    /// time and none is chosen, so the inventory is never empty without a way on. Esc leaves
    /// the body saying why it is empty and which key picks a country.
    func askForCountryIfNeeded() {
        guard inventory.state.features?.requiresCountry == true, inventory.state.query.country == nil,
            shell.screen == .inventory, shell.overlays.isEmpty
        else { return }
        openPicker(.countryPicker)
    }

    func routePicker(_ intent: AppIntent) {
        guard let overlay = shell.overlays.last, var picker = shell.picker else { return }
        let filter = picker.filter
        let count = picker.items.count
        switch intent {
        case .typeCharacter(let character) where character.isPrintable:
            picker.filter.append(character)
        case .deleteBackward where !picker.filter.isEmpty:
            picker.filter.removeLast()
        case .moveUp: picker.selectedIndex = ListSelection.moved(picker.selectedIndex, by: -1, count: count)
        case .moveDown: picker.selectedIndex = ListSelection.moved(picker.selectedIndex, by: 1, count: count)
        case .pageUp: picker.selectedIndex = ListSelection.moved(picker.selectedIndex, by: -10, count: count)
        case .pageDown: picker.selectedIndex = ListSelection.moved(picker.selectedIndex, by: 10, count: count)
        case .first: picker.selectedIndex = ListSelection.moved(picker.selectedIndex, by: -count, count: count)
        case .last: picker.selectedIndex = ListSelection.moved(picker.selectedIndex, by: count, count: count)
        case .accept:
            closeOverlay()
            if let choice = picker.selected { apply(choice.id, from: overlay) }
            return
        case .back:
            closeOverlay()
            return
        default:
            return
        }
        if picker.filter != filter { picker.items = pickerItems(for: overlay, filter: picker.filter) }
        picker.selectedIndex = ListSelection.clamped(picker.selectedIndex, count: picker.items.count)
        shell.picker = picker
    }

    private func pickerTitle(for overlay: Overlay) -> String {
        if overlay == .countryPicker { return "Country" }
        if overlay == .routePicker { return "Route to" }
        return shell.screen == .inventory ? "Number type" : "Status"
    }

    /// The id of what is chosen now, to open the picker on it.
    private func currentChoice(for overlay: Overlay) -> String {
        if overlay == .routePicker { return "" }
        let onInventory = shell.screen == .inventory
        if overlay == .countryPicker {
            return (onInventory ? inventory.state.query.country : owned.state.filter.country) ?? ""
        }
        return onInventory ? inventory.state.query.type?.rawValue ?? "" : owned.state.filter.status.rawValue
    }

    /// Items matching `filter` on label, id or (countries) calling code.
    private func pickerItems(for overlay: Overlay, filter: String) -> [PickerState.Item] {
        if overlay == .routePicker { return routeTargetItems(filter: filter) }
        let onInventory = shell.screen == .inventory
        if overlay == .countryPicker {
            let countries = CountryCatalog.matching(filter).map {
                PickerState.Item(id: $0.iso, label: $0.name, detail: "\($0.iso)  +\($0.callingCode)")
            }
            let anyAllowed = !onInventory || inventory.state.features?.requiresCountry != true
            return (anyAllowed && filter.isEmpty ? [PickerState.Item(id: "", label: "Any country", detail: "")] : []) + countries
        }
        let items = onInventory
            ? [PickerState.Item(id: "", label: "Any type", detail: "")]
                + NumberType.filterable.map { PickerState.Item(id: $0.rawValue, label: $0.label, detail: "") }
            : OwnedStatusFilter.allCases.map { PickerState.Item(id: $0.rawValue, label: $0.rawValue, detail: "") }
        let needle = filter.lowercased()
        return needle.isEmpty ? items : items.filter { $0.label.lowercased().contains(needle) }
    }

    private func apply(_ id: String, from overlay: Overlay) {
        let value = id.isEmpty ? nil : id
        if overlay == .routePicker { return chooseRouteTarget(id) }
        switch (overlay, shell.screen) {
        case (.countryPicker, .inventory):
            inventory.setCountry(value)
            searchAllProviders()
        case (.countryPicker, .owned): owned.setCountry(value)
        case (_, .inventory): inventory.setType(value.map(NumberType.init(rawValue:)))
        case (_, .owned): owned.setStatusFilter(OwnedStatusFilter(rawValue: id) ?? .all)
        case (_, .history), (_, .costs): break  // History and Costs open no picker
        }
    }
}
