import DialtoneCore
import Foundation

/// What the Costs screen shows: the owned numbers' monthly fees and the journal's last 12
/// months, as lines, and which line is at the top.
public struct CostsState: Sendable, Equatable {
    /// The owned numbers' costs; `nil` until they have been added up once.
    public var owned: OwnedCosts?
    public var months = JournalMonths()
    /// Why the journal could not be read, or how many of its lines could not.
    public var journalProblem: String?
    /// Every line of the screen, built when a figure changes (never per frame).
    public var lines: [CostsLine] = []
    /// Index into `lines` of the first line shown.
    public var top = 0
    /// The owned numbers are being added up again (off the main actor).
    public var isComputing = false

    public init() {}

    /// `100 000 numbers`, or `adding up…` before the first sum.
    public var summary: String {
        guard let owned else { return "adding up…" }
        return Plural.count(owned.numberCount, "number") + (isComputing ? " · adding up…" : "")
    }
}
