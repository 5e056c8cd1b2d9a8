import DialtoneCore
import Foundation

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
    /// One line for the dialog and the message log, of a release.
    public var summary: String { summary(of: .release) }

    /// One line for the dialog and the message log, of `action`.
    public func summary(of action: ReleaseAction) -> String {
        switch self {
        case .released(let receipt, let reconciled):
            let fee = receipt.releaseFee.map { "; release fee \($0)" } ?? ""
            let how = reconciled ? " (confirmed from the owned list after no answer)" : ""
            return "released \(NumberFormatting.readable(receipt.e164))\(Self.cooldown(receipt))\(fee)\(how)"
        case .restored(let receipt, let reconciled):
            let refund = receipt.refunded.map { "; release fee \($0) refunded" } ?? ""
            let how = reconciled ? " (confirmed from the owned list after no answer)" : ""
            return "release cancelled: \(NumberFormatting.readable(receipt.e164)) is active again\(refund)\(how)"
        case .failed(let error): return "\(action == .release ? "not released" : "release not cancelled"): \(error.description)"
        case .notReleased: return "not released: no answer, and the number is still in the owned list"
        case .notRestored:
            return "release not cancelled: no answer, and the owned list shows the number still pending release or gone"
        case .unknown(let error): return "\(action == .release ? "release" : "cancelled release") outcome unknown (\(error.description)); it will be checked at the next start"
        }
    }

    /// ` — pending release until 3 Dec 2026 13:05 UTC` when the provider named a cooldown;
    /// empty otherwise.
    private static func cooldown(_ receipt: ReleaseReceipt) -> String {
        guard let text = receipt.cooldownEndsAt, let end = MomentFormatting.parseTimestamp(text) else { return "" }
        return " — pending release until \(MomentFormatting.localTime(end, timeZone: TimeZone(identifier: "UTC")!)) UTC"
    }
}

extension AssignOutcome {
    /// One line for the dialog and the message log, of routing `e164` to `target` (`nil`: detaching it).
    public func summary(of e164: String, to target: RouteTarget?) -> String {
        let number = NumberFormatting.readable(e164)
        let change = target.map { "\(number) routes to \($0.name)" } ?? "\(number) detached; it routes nowhere"
        switch self {
        case .assigned(_, let reconciled):
            return "\(change)\(reconciled ? " (confirmed from the owned list after no answer)" : "")"
        case .failed(let error): return "routing of \(number) not changed: \(error.description)"
        case .notAssigned(let routing): return "routing of \(number) not changed: no answer, and \(routing)"
        case .unknown(let error):
            return "routing change of \(number) outcome unknown (\(error.description)); it will be checked at the next start"
        }
    }
}
