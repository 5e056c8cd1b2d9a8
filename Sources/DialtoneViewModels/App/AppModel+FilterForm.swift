import DialtoneCore

/// The inventory filter form: opened with the query's filters, applied on Enter.
extension AppModel {
    func openFilterForm() {
        let name = inventory.state.provider?.displayName ?? "this provider"
        shell.filterForm = SearchFilterForm(filters: inventory.state.query.filters, features: inventory.state.features, providerName: name)
        open(.filterForm)
    }

    func routeFilterForm(_ intent: AppIntent) {
        guard var form = shell.filterForm else { return }
        switch intent {
        case .typeCharacter(let character): form.type(character)
        case .deleteBackward: form.deleteBackward()
        case .moveUp: form.move(by: -1)
        case .moveDown, .toggleFocus: form.move(by: 1)
        case .back: return closeOverlay()
        case .accept:
            guard form.isEditable, let filters = form.submit() else { break }
            closeOverlay()
            return inventory.setFilters(filters)
        default: return
        }
        shell.filterForm = form
    }
}
