import DialtoneCore

extension PurchaseOutcome {
    /// One line for the dialog and the message log.
    public var summary: String {
        switch self {
        case .bought(let receipt, let reconciled):
            let how = reconciled ? " (confirmed from the owned list after no answer)" : ""
            let pending = receipt.status == .active ? "" : " — \(receipt.status.label)"
            return "bought \(NumberFormatting.readable(receipt.e164))\(pending)\(how)"
        case .failed(let error): return "not bought: \(error.description)"
        case .notBought: return "not bought: no answer, and the number is not in the owned list"
        case .unknown(let error):
            return "outcome unknown (\(error.description)); it will be checked at the next start"
        }
    }
}

extension ReleaseOutcome {
    /// One line for the dialog and the message log.
    public var summary: String {
        switch self {
        case .released(let receipt, let reconciled):
            let fee = receipt.releaseFee.map { " (release fee \($0))" } ?? ""
            let how = reconciled ? " (confirmed from the owned list after no answer)" : ""
            return "released \(NumberFormatting.readable(receipt.e164))\(fee)\(how)"
        case .failed(let error): return "not released: \(error.description)"
        case .notReleased: return "not released: no answer, and the number is still in the owned list"
        case .unknown(let error): return "release outcome unknown (\(error.description)); it will be checked at the next start"
        }
    }
}
