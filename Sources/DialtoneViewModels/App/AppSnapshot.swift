import DialtoneCore
import Foundation

/// The main screens.
public enum Screen: String, Sendable, Hashable, CaseIterable {
    case inventory, owned, history, costs

    public var title: String {
        switch self {
        case .inventory: "Inventory"
        case .owned: "Owned"
        case .history: "History"
        case .costs: "Costs"
        }
    }
}

/// Windows drawn over a screen; the last one in `AppSnapshot.overlays` has the keyboard.
public enum Overlay: Sendable, Hashable {
    /// Details of the selected row.
    case detail
    /// The purchase confirmation dialog (state in `AppSnapshot.purchase`).
    case confirm
    /// The combined quote of the marked numbers (state in `AppSnapshot.batch`).
    case batchConfirm
    /// The release confirmation dialog (state in `AppSnapshot.release`).
    case releaseConfirm
    /// One confirmation releasing, routing or detaching the marked owned numbers (state in
    /// `AppSnapshot.ownedChange`).
    case ownedChangeConfirm
    /// Country picker (state in `AppSnapshot.picker`).
    case countryPicker
    /// Number type picker on Inventory, status picker on Owned (state in `AppSnapshot.picker`).
    case typePicker
    /// The account's trunks or applications, to route the marked (or selected) owned numbers to
    /// (state in `AppSnapshot.picker`).
    case routePicker
    /// The search line (state in `AppSnapshot.searchPrompt`).
    case searchPrompt
    /// The inventory filter form (state in `AppSnapshot.filterForm`).
    case filterForm
    case help
}

/// A message for the status bar and the message log.
public struct AppMessage: Sendable, Hashable, Identifiable {
    public enum Level: Sendable, Hashable { case info, error }

    public var id: Int
    public var level: Level
    public var text: String
    public var time: Date
}

/// The search prompt: live text, and what the text means for the provider.
public struct SearchPromptState: Sendable, Hashable {
    public var text: String
    /// What the text was when the prompt opened; Esc restores it.
    public var original: String
    /// One line saying how the text is matched (provider search help, or the owned filter).
    public var help: String
}

/// A list picker with a type-to-narrow filter (countries, number types, statuses).
public struct PickerState: Sendable, Hashable {
    /// One choice; `id` is what the model applies (`""` means "any").
    public struct Item: Sendable, Hashable {
        public var id: String
        public var label: String
        /// Secondary text (ISO code and calling code for countries).
        public var detail: String
    }

    public var title: String
    public var filter: String
    public var items: [Item]
    /// Index into `items`; `nil` exactly when `items` is empty.
    public var selectedIndex: Int?

    public var selected: Item? { selectedIndex.map { items[$0] } }
}

/// A configured profile as the screens show it (no credentials).
public struct ProfileSummary: Sendable, Hashable {
    public var name: String
    public var provider: ProviderKind
    /// Account id, partly masked.
    public var maskedAccountID: String
    public var isSandbox: Bool
    public var confirmAbove: Decimal?
    /// The provider releases numbers through its API.
    public var canRelease = false
}

/// Everything the TUI draws in one frame, as values.
public struct AppSnapshot: Sendable {
    public var screen: Screen
    /// Open overlays, bottom first; the last has the keyboard.
    public var overlays: [Overlay]
    public var profiles: [ProfileSummary]
    public var activeProfileIndex: Int
    public var messages: [AppMessage]
    public var searchPrompt: SearchPromptState?
    public var picker: PickerState?
    public var filterForm: SearchFilterForm?
    public var inventory: InventoryState
    public var owned: OwnedState
    public var purchase: PurchaseState
    public var release = ReleaseState()
    public var history = HistoryState()
    public var batch = BatchPurchaseState()
    public var allProviders = AllProvidersState()
    public var costs = CostsState()
    /// Counts every confirmation shown — a purchase, batch or release dialog opened, a quote shown
    /// again with new terms, a batch's Go on — and only grows: when it changes, keys typed before
    /// the dialog was seen must not answer it, so the terminal drops them.
    public var confirmationsShown = 0
    /// The combined release (or routing change) of the marked owned numbers.
    public var ownedChange = OwnedChangeState()

    /// The overlay that has the keyboard.
    public var overlay: Overlay? { overlays.last }
    public var activeProfile: ProfileSummary? {
        profiles.indices.contains(activeProfileIndex) ? profiles[activeProfileIndex] : nil
    }
    /// The SANDBOX badge.
    public var isSandbox: Bool { activeProfile?.isSandbox ?? false }
    /// The newest message, for the status bar.
    public var lastMessage: AppMessage? { messages.last }
    /// Whether printable keys should be sent as `AppIntent.typeCharacter`.
    public var acceptsText: Bool {
        switch overlay {
        case .searchPrompt, .countryPicker, .typePicker, .routePicker, .filterForm: true
        case .confirm: purchase.phase == .confirming
        case .releaseConfirm: release.phase == .confirming
        case .batchConfirm: batch.phase == .confirming
        case .ownedChangeConfirm: ownedChange.phase == .confirming
        default: false
        }
    }
}
