import Foundation

/// How a purchase ended.
public enum PurchaseOutcome: Sendable, Equatable {
    /// Bought: the provider said so, or (`reconciled`) the owned list showed it after no answer.
    case bought(PurchaseReceipt, reconciled: Bool)
    /// The provider refused; nothing was bought. Carries the provider's message.
    case failed(DialtoneError)
    /// No answer, and the owned list shows the number was not bought.
    case notBought
    /// No answer, and the owned list could not be read either; reconciled at the next start.
    case unknown(DialtoneError)

    /// Whether the number ended up bought.
    public var isBought: Bool {
        if case .bought = self { return true }
        return false
    }

    /// The outcome is not known yet.
    public var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }
}

/// How a release, or the cancellation of a pending one, ended.
public enum ReleaseOutcome: Sendable, Equatable {
    /// Released: the provider said so, or (`reconciled`) the complete owned list no longer has
    /// it, or lists it pending release.
    case released(ReleaseReceipt, reconciled: Bool)
    /// A cancelled release went through: the provider said so, or (`reconciled`) the owned
    /// list shows the number active again.
    case restored(ReleaseReceipt, reconciled: Bool)
    /// The provider refused; the number is as it was.
    case failed(DialtoneError)
    /// No answer, and the owned list still has the number (not pending release).
    case notReleased
    /// No answer to a cancelled release, and the owned list shows it still pending, or gone.
    case notRestored
    /// No answer, and the owned list could not be read in full; reconciled at the next start.
    case unknown(DialtoneError)

    /// The outcome is not known yet.
    public var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }

    /// Whether the number ended up released.
    public var isReleased: Bool {
        if case .released = self { return true }
        return false
    }

    /// Whether a cancelled release went through: the number is active again.
    public var isRestored: Bool {
        if case .restored = self { return true }
        return false
    }
}

/// How a routing change (a number attached to a trunk or application, or detached) ended.
public enum AssignOutcome: Sendable, Equatable {
    /// The number routes as asked: the provider said so, or (`reconciled`) the owned list
    /// shows it after no answer.
    case assigned(AssignReceipt, reconciled: Bool)
    /// The provider refused; the number routes as it did.
    case failed(DialtoneError)
    /// No answer, and the owned list shows the number not routed as asked (`where` says how it
    /// routes, or that it is gone).
    case notAssigned(where: String)
    /// No answer, and the owned list could not be read in full; reconciled at the next start.
    case unknown(DialtoneError)

    /// The outcome is not known yet.
    public var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }

    /// Whether the number ended up routed as asked.
    public var isAssigned: Bool {
        if case .assigned = self { return true }
        return false
    }
}
