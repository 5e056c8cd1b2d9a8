import DialtoneCore
import Foundation

/// What a release dialog does to an owned number.
public enum ReleaseAction: Sendable, Equatable {
    /// Gives the number up (Vobiz: into a cooldown first).
    case release
    /// Cancels a pending release during its cooldown: the number active again, the fee refunded.
    case cancelRelease
}

/// A value snapshot of the release flow: the purchase protocol (DESIGN §3) for giving a number
/// up, or for taking back a release still in its cooldown.
public struct ReleaseState: Sendable, Equatable {
    /// Where the flow stands.
    public enum Phase: Sendable, Equatable {
        case idle
        /// The dialog says what stops; nothing has been sent.
        case confirming
        /// The intent is journalled and the single DELETE is in flight.
        case sending
        /// The DELETE got no answer; the owned list is being read to learn the outcome.
        case reconciling
        case finished(ReleaseOutcome)
    }

    public var phase: Phase = .idle
    public var action = ReleaseAction.release
    public var number: OwnedNumber?
    /// Whether the provider's releases enter a cancellable cooldown (Vobiz).
    public var hasCooldown = false
    public var profile = ""
    /// The profile's account, partly masked.
    public var maskedAccountID = ""
    /// Focus, typed digits (the number's last four: a release always asks for them) and arming.
    public var gate = ConfirmationGate()

    public init() {}

    /// Whether pressing Release would send the DELETE now.
    public var isReleaseArmed: Bool {
        phase == .confirming && !gate.asks.isEmpty && gate.isArmed
    }

    /// The digits asked: the number's last four.
    public var requiredDigits: String { gate.asks }

    /// A release is being sent or reconciled: no other may start.
    public var isInFlight: Bool { phase == .sending || phase == .reconciling }

    /// The dialog's lines: what goes (or comes back), what stops, what it may cost, and whether
    /// it is final.
    public var lines: [QuoteLine] {
        guard let number else { return [] }
        var lines = [
            QuoteLine(label: "Number", value: NumberFormatting.readable(number.e164), emphasis: .plain),
            QuoteLine(label: "Provider", value: number.provider.displayName, emphasis: .plain),
            QuoteLine(label: "Profile", value: "\(profile) (\(maskedAccountID))", emphasis: .plain),
        ]
        if let place = NumberFormatting.place(region: number.region, city: number.city, country: number.country) {
            lines.append(QuoteLine(label: "Region", value: place, emphasis: .plain))
        }
        switch action {
        case .release: lines += releaseLines(number)
        case .cancelRelease: lines += cancelLines(number)
        }
        return lines
    }

    private func releaseLines(_ number: OwnedNumber) -> [QuoteLine] {
        let provider = number.provider.displayName
        guard hasCooldown else {
            return [
                QuoteLine(label: "Stops", value: "calls and messages to this number", emphasis: .warning),
                QuoteLine(label: "Monthly fee", value: "\(NumberFormatting.fee(number.monthlyFee)) stops", emphasis: .fee),
                QuoteLine(label: "Release fee", value: "none stated in advance; any \(provider) reports is shown after", emphasis: .fee),
                QuoteLine(label: "Final", value: "cannot be undone; the number may go to someone else", emphasis: .warning),
            ]
        }
        return [
            QuoteLine(label: "Stops", value: "calls and messages to this number", emphasis: .warning),
            QuoteLine(label: "Monthly fee", value: "\(NumberFormatting.fee(number.monthlyFee)) stops", emphasis: .fee),
            QuoteLine(
                label: "Release fee",
                value: "\(provider) may charge one; shown after", emphasis: .fee),
            QuoteLine(
                label: "Cooldown",
                value: "24 h pending release; u in Owned cancels, refunds fee", emphasis: .plain),
            QuoteLine(label: "Final", value: "after the cooldown the number may go to someone else", emphasis: .warning),
        ]
    }

    private func cancelLines(_ number: OwnedNumber) -> [QuoteLine] {
        var lines = [
            QuoteLine(label: "Restores", value: "the number to this account, active again", emphasis: .plain),
            QuoteLine(label: "Monthly fee", value: "\(NumberFormatting.fee(number.monthlyFee)) continues", emphasis: .fee),
            QuoteLine(label: "Release fee", value: "refunded, if one was charged", emphasis: .fee),
        ]
        if let end = number.releaseCooldownEndsAt {
            let until = MomentFormatting.localTime(end, timeZone: TimeZone(identifier: "UTC")!, withYear: false)
            lines.append(QuoteLine(label: "Cooldown", value: "ends \(until) UTC; no cancelling after it", emphasis: .warning))
        }
        return lines
    }
}
