import DialtoneCore
import Foundation

/// A configured profile ready to use: its name, a provider client, and its purchase threshold.
public struct ProfileSession: Sendable {
    public var name: String
    public var provider: any NumberProvider
    /// Above this charged-now amount the user types the number's last four digits to arm Buy.
    /// `nil` never asks; `0` always asks.
    public var confirmAbove: Decimal?
    /// The profile talks to the local sandbox (shows the SANDBOX badge).
    public var isSandbox: Bool

    public init(name: String, provider: any NumberProvider, confirmAbove: Decimal? = nil, isSandbox: Bool = false) {
        self.name = name
        self.provider = provider
        self.confirmAbove = confirmAbove
        self.isSandbox = isSandbox
    }

    /// What the screens show about this profile.
    public var summary: ProfileSummary {
        ProfileSummary(
            name: name, provider: provider.kind, maskedAccountID: Redactor.maskIdentifier(provider.accountID),
            isSandbox: isSandbox, confirmAbove: confirmAbove)
    }
}
