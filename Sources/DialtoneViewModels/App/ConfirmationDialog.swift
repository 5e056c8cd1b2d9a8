/// What the keys of a confirmation dialog reach: the purchase, batch and release models answer
/// the same intents, so one routing serves the three.
@MainActor
protocol ConfirmationDialog: AnyObject {
    func typeDigit(_ character: Character)
    func deleteDigit()
    func toggleFocus()
    func activate()
    func dismiss()
    /// The dialog has closed (its phase is idle).
    var isClosed: Bool { get }
    /// `r`: the next "Route to" choice, where the dialog has one.
    func cycleRoute()
}

extension ConfirmationDialog {
    /// Dialogs without a "Route to" choice ignore `r`.
    func cycleRoute() {}
}

extension PurchaseModel: ConfirmationDialog {
    var isClosed: Bool { state.phase == .idle }
}

extension BatchPurchaseModel: ConfirmationDialog {
    var isClosed: Bool { state.phase == .idle }
}

extension ReleaseModel: ConfirmationDialog {
    var isClosed: Bool { state.phase == .idle }
}
