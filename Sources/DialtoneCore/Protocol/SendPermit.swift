import Foundation

/// The right to send one purchase or release: the only argument a provider's sending functions
/// accept besides the number.
///
/// Its initialiser is internal to the core, and only `Broker` calls it, after the intent is
/// journalled under its lock: a view model, a command or a screen cannot spend money or give a
/// number up any other way (DESIGN §3.1).
public struct SendPermit: Sendable {
    /// The journalled intent this send carries out.
    public let intent: UUID

    init(intent: UUID) {
        self.intent = intent
    }
}
