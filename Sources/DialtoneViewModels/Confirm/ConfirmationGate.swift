/// The one gate between every confirmation dialog — a purchase, a batch, a release — and what it
/// sends (DESIGN §3 step 2): focus starts on Cancel, the confirming button arms only once the
/// dialog has been seen for the arming delay, and only when what it asks (the last four digits,
/// or the count of numbers) has been typed. Keys typed ahead of it are dropped by the front end
/// whenever a dialog opens (`AppSnapshot.confirmationsShown`), and paste never reaches it.
public struct ConfirmationGate: Sendable, Equatable {
    /// The focused button; every dialog opens on Cancel.
    public var focus: ConfirmButton = .cancel
    /// Digits typed so far.
    public var typedDigits = ""
    /// What must be typed to arm the confirming button; empty when nothing is asked.
    public var asks = ""
    /// Tenths of a second before the confirming button can be pressed.
    public var armingTenths = 0

    public init() {}

    /// A fresh gate asking `asks`, arming after `armingTenths`.
    init(asks: String, armingTenths: Int) {
        self.asks = asks
        self.armingTenths = armingTenths
    }

    /// The confirming button would act when pressed: seen long enough, and what it asks typed.
    public var isArmed: Bool { armingTenths == 0 && typedDigits == asks }

    /// The field as a dialog shows it: the digits typed, then `_` for each one still asked.
    public var field: String {
        typedDigits + String(repeating: "_", count: max(0, asks.count - typedDigits.count))
    }

    /// Adds `character` when it is a digit and what is asked has room for it.
    mutating func type(_ character: Character) {
        guard character.isASCIIDigit, typedDigits.count < asks.count else { return }
        typedDigits.append(character)
    }

    /// Removes the last typed digit.
    mutating func deleteDigit() {
        guard !typedDigits.isEmpty else { return }
        typedDigits.removeLast()
    }

    /// Moves focus between Cancel and the confirming button.
    mutating func toggleFocus() {
        focus = focus.other
    }
}

/// A confirmation dialog's buttons.
public enum ConfirmButton: Sendable, Hashable {
    case cancel, buy

    /// The other button (Tab).
    var other: ConfirmButton { self == .cancel ? .buy : .cancel }
}

/// A key a confirmation's gate takes: a digit of what it asks, deleting one, or moving focus.
enum GateKey {
    case digit(Character)
    case deleteDigit
    case toggleFocus
}

/// A dialog's state whose gate takes keys only while the dialog asks (a purchase, a batch, a
/// release, a combined change): the one place those keys are applied.
protocol GatedState {
    var gate: ConfirmationGate { get set }
    /// The dialog asks now: digits and focus count only then.
    var takesGateKeys: Bool { get }
}

extension GatedState {
    /// Applies `key` to the gate while the dialog asks; does nothing otherwise.
    mutating func press(_ key: GateKey) {
        guard takesGateKeys else { return }
        switch key {
        case .digit(let character): gate.type(character)
        case .deleteDigit: gate.deleteDigit()
        case .toggleFocus: gate.toggleFocus()
        }
    }
}

extension PurchaseState: GatedState {
    var takesGateKeys: Bool { phase == .confirming }
}

extension ReleaseState: GatedState {
    var takesGateKeys: Bool { phase == .confirming }
}

extension OwnedChangeState: GatedState {
    var takesGateKeys: Bool { phase == .confirming }
}

extension BatchPurchaseState: GatedState {
    /// While paused after a refusal only focus counts (Stop / Go on ask for no digits).
    var takesGateKeys: Bool {
        switch phase {
        case .confirming, .paused: true
        case .idle, .sending, .finished: false
        }
    }
}
