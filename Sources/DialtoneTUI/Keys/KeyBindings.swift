import DialtoneCore
import DialtoneViewModels

/// The one binding table (DESIGN §4 keys). Order is the footer's and the help's order.
public enum KeyBindings {
    public static let all: [KeyBinding] = browse + text + confirm + help

    private static func keys(_ keys: Key...) -> [KeyPattern] { keys.map(KeyPattern.key) }

    static let browse: [KeyBinding] = [
        KeyBinding(.browse, keys(.up, .character("k")), .intent(.moveUp), "Move up"),
        KeyBinding(.browse, keys(.down, .character("j")), .intent(.moveDown), "Move down"),
        KeyBinding(.browse, keys(.pageUp, .control("b"), .character("[")), .intent(.pageUp), "Previous page"),
        KeyBinding(.browse, keys(.pageDown, .control("f"), .character("]")), .intent(.pageDown), label: "page", "Next page"),
        KeyBinding(.browse, keys(.home, .character("g")), .intent(.first), "First row"),
        KeyBinding(.browse, keys(.end, .character("G")), .intent(.last), "Last row"),
        KeyBinding(.browse, keys(.character("/")), .intent(.openSearch), label: "search", "Search (live; Enter keeps, Esc reverts)"),
        KeyBinding(.browse, keys(.character("c")), .intent(.openCountryPicker), label: "country", "Pick a country (type a name, ISO or calling code)"),
        KeyBinding(.browse, keys(.character("t")), .intent(.openTypePicker), label: "type", "Filter by number type", screens: [.inventory]),
        KeyBinding(.browse, keys(.character("t")), .intent(.openTypePicker), label: "status", "Filter by status, or route nowhere", screens: [.owned]),
        KeyBinding(.browse, keys(.enter), .intent(.accept), label: "details", "Show details of the selected number", disabledWhen: noSelection),
        KeyBinding(.browse, keys(.character("b")), .intent(.buy), label: "buy", "Buy the selected or the marked numbers (asks first)", screens: [.inventory], disabledWhen: buyDisabled),
        KeyBinding(.browse, keys(.character(" ")), .intent(.toggleMark), "Mark for a combined purchase (Esc clears)", screens: [.inventory], disabledWhen: noSelection),
        KeyBinding(.browse, keys(.character(" ")), .intent(.toggleMark), "Mark for a combined release (Esc clears)", screens: [.owned], disabledWhen: noSelection),
        KeyBinding(.browse, keys(.character("*")), .intent(.markAllShown), "Mark every number shown (again: unmark them)", screens: [.owned], disabledWhen: { $0.owned.rows.isEmpty ? "no number shown" : nil }),
        KeyBinding(.browse, keys(.character("x"), .delete), .intent(.release), "Release the selected or the marked numbers (asks first)", screens: [.owned], disabledWhen: releaseDisabled),
        KeyBinding(.browse, keys(.character("A")), .intent(.assign), label: "route", "Route the marked (or selected) numbers to a trunk or application (pick, then asks)", screens: [.owned], disabledWhen: routingDisabled),
        KeyBinding(.browse, keys(.character("U")), .intent(.detach), "Detach the marked (or selected) numbers from their trunk or application (asks)", screens: [.owned], disabledWhen: routingDisabled),
        KeyBinding(.browse, keys(.character("u")), .intent(.cancelRelease), "Cancel a pending release (asks; refunds the fee)", screens: [.owned], disabledWhen: cancelReleaseDisabled),
        KeyBinding(.browse, keys(.character("a")), .intent(.toggleAllProviders), "All providers at once, merged (a or Esc goes back)", screens: [.inventory], disabledWhen: { $0.profiles.count < 2 ? "only one profile is configured" : nil }),
        KeyBinding(.browse, keys(.tab, .backTab), .intent(.switchScreen), label: "screen", "Switch Inventory / Owned"),
        KeyBinding(.browse, keys(.character("1")), .intent(.showScreen(.inventory)), "Show Inventory"),
        KeyBinding(.browse, keys(.character("2")), .intent(.showScreen(.owned)), "Show Owned"),
        KeyBinding(.browse, keys(.character("3")), .intent(.showScreen(.history)), "Show History (purchases and releases)"),
        KeyBinding(.browse, keys(.character("4")), .intent(.showScreen(.costs)), "Show Costs (monthly cost per currency; j k scroll)"),
        KeyBinding(.browse, keys(.character("p")), .intent(.cycleProfile), label: "profile", "Next profile", disabledWhen: { $0.profiles.count < 2 ? "only one profile is configured" : nil }),
        KeyBinding(.browse, keys(.character("r")), .intent(.refresh), label: "refresh", "Reload from the provider"),
        KeyBinding(.browse, keys(.character("R")), .intent(.retry), "Retry the last failed load, or a waiting retry now"),
        KeyBinding(.browse, keys(.character("s")), .intent(.sort), label: "sort", "Change the sort order"),
        KeyBinding(.browse, keys(.character("f")), .intent(.cycleStatusFilter), "Cycle the status filter", screens: [.owned]),
        KeyBinding(.browse, keys(.character("f")), .intent(.openFilterForm), label: "filters", "Search filters (city, region, LATA, NPA-NXX…)", screens: [.inventory]),
        KeyBinding(.browse, keys(.character("V")), .intent(.toggleCapability(.voice)), "Require voice", screens: [.inventory]),
        KeyBinding(.browse, keys(.character("S")), .intent(.toggleCapability(.sms)), "Require SMS", screens: [.inventory]),
        KeyBinding(.browse, keys(.character("M")), .intent(.toggleCapability(.mms)), "Require MMS", screens: [.inventory]),
        KeyBinding(.browse, keys(.character("y")), .intent(.copy), label: "copy", "Copy the number (OSC 52, works over SSH)", disabledWhen: noSelection),
        KeyBinding(.browse, keys(.character("T")), .cycleTheme, "Next colour theme"),
        KeyBinding(.browse, keys(.character("?")), .intent(.help), label: "help", "All keys"),
        KeyBinding(.browse, keys(.escape), .intent(.back), "Close details; clear the marks; stop a load that is retrying"),
        KeyBinding(.browse, keys(.character("q")), .intent(.quit), label: "quit", "Quit"),
    ]

    static let text: [KeyBinding] = [
        KeyBinding(.text, [.printable], .typeText, label: "type", "Type to narrow (never runs a command)"),
        KeyBinding(.text, keys(.backspace, .delete), .intent(.deleteBackward), "Delete the last character"),
        KeyBinding(.text, keys(.up, .control("p")), .intent(.moveUp), "Previous choice"),
        KeyBinding(.text, keys(.down, .control("n")), .intent(.moveDown), "Next choice"),
        KeyBinding(.text, keys(.pageUp), .intent(.pageUp), "Previous page of choices"),
        KeyBinding(.text, keys(.pageDown), .intent(.pageDown), "Next page of choices"),
        KeyBinding(.text, keys(.enter), .intent(.accept), label: "keep", "Keep the text or choose"),
        KeyBinding(.text, keys(.escape), .intent(.back), label: "cancel", "Cancel (the search reverts)"),
    ]

    static let confirm: [KeyBinding] = [
        KeyBinding(.confirm, keys(.tab, .backTab, .left, .right, .character("h"), .character("l")), .intent(.toggleFocus), label: "switch", "Move between [Cancel] and [Buy]"),
        KeyBinding(.confirm, [.digit], .typeText, label: "digits", "Type the last four digits (the count of numbers for several) to arm Buy", disabledWhen: { $0.overlay == .confirm && $0.purchase.requiredDigits == nil ? "no typed confirmation needed" : nil }),
        KeyBinding(.confirm, keys(.backspace), .intent(.deleteBackward), "Delete a typed digit"),
        KeyBinding(.confirm, keys(.character("r")), .intent(.cycleRoute), label: "route", "Buying: where the number routes (next trunk or application)", disabledWhen: noRouteChoice),
        KeyBinding(.confirm, keys(.enter), .intent(.accept), label: "press", "Press the focused button (Buy only when armed)"),
        KeyBinding(.confirm, keys(.escape), .intent(.back), label: "cancel", "Cancel; nothing is bought"),
    ]

    static let help: [KeyBinding] = [
        KeyBinding(.help, keys(.up, .character("k")), .scrollHelp(-1), "Scroll up"),
        KeyBinding(.help, keys(.down, .character("j")), .scrollHelp(1), "Scroll down"),
        KeyBinding(.help, keys(.escape, .character("?"), .character("q")), .intent(.back), label: "close", "Close help"),
    ]

    private static let routingDisabled: @Sendable (AppSnapshot) -> String? = { snapshot in
        if snapshot.ownedChange.isInFlight { return "a change is in flight" }
        guard snapshot.owned.selected != nil || !snapshot.owned.marks.isEmpty else { return "no number selected" }
        return nil
    }

    private static let noRouteChoice: @Sendable (AppSnapshot) -> String? = { snapshot in
        let choice = switch snapshot.overlay {
        case .confirm: snapshot.purchase.route
        case .batchConfirm: snapshot.batch.route
        default: RouteChoice(kind: nil)
        }
        return choice.options.isEmpty ? "no trunk or application to choose" : nil
    }

    private static let noSelection: @Sendable (AppSnapshot) -> String? = { snapshot in
        let empty = switch snapshot.screen {
        case .inventory: (snapshot.allProviders.isActive ? snapshot.allProviders.selectedIndex : snapshot.inventory.selectedIndex) == nil
        case .owned: snapshot.owned.selectedIndex == nil
        case .history: snapshot.history.selectedIndex == nil
        case .costs: true
        }
        return empty ? "no number selected" : nil
    }

    private static let releaseDisabled: @Sendable (AppSnapshot) -> String? = { snapshot in
        if snapshot.release.isInFlight || snapshot.ownedChange.isInFlight { return "a release is in flight" }
        if !snapshot.owned.marks.isEmpty { return nil }  // the marked numbers: the model says why any cannot go
        guard let row = snapshot.owned.selected else { return "no number selected" }
        if snapshot.profiles.first(where: { $0.name == row.profile })?.canRelease != true {
            return "\(row.number.provider.displayName) documents no way to release a number"
        }
        return row.number.status == .pendingRelease ? "already pending release; u cancels the release" : nil
    }

    private static let cancelReleaseDisabled: @Sendable (AppSnapshot) -> String? = { snapshot in
        if snapshot.release.isInFlight { return "a release is in flight" }
        guard let row = snapshot.owned.selected else { return "no number selected" }
        return row.number.status == .pendingRelease ? nil : "the number is not pending release"
    }

    private static let buyDisabled: @Sendable (AppSnapshot) -> String? = { snapshot in
        if snapshot.purchase.isInFlight || snapshot.batch.isInFlight { return "a purchase is in flight" }
        if snapshot.allProviders.isActive { return snapshot.allProviders.selectedIndex == nil ? "no number selected" : nil }
        if !snapshot.inventory.marks.isEmpty { return nil }
        if let features = snapshot.inventory.features, !features.canBuy {
            return "\(snapshot.inventory.provider?.displayName ?? "this provider") does not sell numbers through its API"
        }
        return snapshot.inventory.selectedIndex == nil ? "no number selected" : nil
    }
}
