/// What the keys of a confirmation dialog reach: the purchase, batch and release models answer
/// the same intents, so one routing serves the three.
@MainActor
protocol ConfirmationDialog: AnyObject {
    /// A digit, deleting one, or moving focus: only while the dialog asks.
    func press(_ key: GateKey)
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
    func press(_ key: GateKey) { state.press(key) }
}

extension BatchPurchaseModel: ConfirmationDialog {
    var isClosed: Bool { state.phase == .idle }
    func press(_ key: GateKey) { state.press(key) }
}

extension ReleaseModel: ConfirmationDialog {
    var isClosed: Bool { state.phase == .idle }
    func press(_ key: GateKey) { state.press(key) }
}
