import DialtoneCore
import Foundation

/// A value snapshot of the release flow: the purchase protocol (DESIGN §3) for giving a number up.
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
    public var number: OwnedNumber?
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

    /// The dialog's lines: what goes, what stops, what it may cost, and that it is final.
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
        lines += [
            QuoteLine(label: "Stops", value: "calls and messages to this number", emphasis: .warning),
            QuoteLine(label: "Monthly fee", value: "\(NumberFormatting.fee(number.monthlyFee)) stops", emphasis: .fee),
            QuoteLine(
                label: "Release fee",
                value: "none stated in advance; any \(number.provider.displayName) reports is shown after", emphasis: .fee),
            QuoteLine(label: "Final", value: "cannot be undone; the number may go to someone else", emphasis: .warning),
        ]
        return lines
    }
}
