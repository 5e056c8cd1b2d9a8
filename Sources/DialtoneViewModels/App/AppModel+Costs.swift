import DialtoneCore

/// Costs shows figures, not rows: keys scroll it, `r` reads the owned lists and the journal
/// again, Tab goes back to Inventory. Help, the screen keys, the profile and quit work as
/// everywhere; every other command (search, filters, buying, copying) belongs to the screens
/// with rows.
extension AppModel {
    /// Handles `intent` on the Costs screen; `false` for the intents every screen shares.
    func routeCosts(_ intent: AppIntent) -> Bool {
        switch intent {
        case .moveUp: costs.scroll(by: -1)
        case .moveDown: costs.scroll(by: 1)
        case .pageUp: costs.scroll(by: -costs.visibleLines)
        case .pageDown: costs.scroll(by: costs.visibleLines)
        case .first: costs.first()
        case .last: costs.last()
        case .refresh, .retry:
            owned.reload()
            costs.reloadJournal()
        case .switchScreen:
            shell.screen = .inventory
            costs.hide()
        case .help, .showScreen, .cycleProfile, .quit: return false
        default: break
        }
        return true
    }
}
