import DialtoneCore
import DialtoneViewModels
import Foundation

/// Label/value lines describing one number, for the detail pane and the detail overlay.
enum NumberDetail {
    struct Line: Hashable {
        var label: String
        var value: String
        var role: Role = .dialog
    }

    /// - Parameters:
    ///   - profile: the profile that lists the number and would buy it, named when several are
    ///     merged (All providers).
    ///   - timeZone: where dates from the provider are shown in local time.
    static func lines(for number: PhoneNumber, profile: String? = nil, fetchedAt: Date?, now: Date, timeZone: TimeZone = .current) -> [Line] {
        var lines = identity(
            e164: number.e164, provider: number.provider, profile: profile, country: number.country, region: number.region,
            city: number.city, type: number.type, capabilities: number.capabilities)
        lines += [
            Line(label: "Setup fee", value: NumberFormatting.fee(number.setupFee), role: feeRole(number.setupFee)),
            Line(label: "Monthly fee", value: NumberFormatting.fee(number.monthlyFee), role: feeRole(number.monthlyFee)),
            Line(label: "Charged now", value: NumberFormatting.fee(number.chargedNow), role: feeRole(number.chargedNow)),
            Line(label: "Status", value: number.status.label, role: statusRole(number.status)),
        ]
        lines += number.requirements.lines.map { Line(label: "Requires", value: $0, role: .warning) }
        lines += number.extras.sorted { $0.key < $1.key }.map { key, value in
            let shown = MomentFormatting.parseTimestamp(value).map { MomentFormatting.moment($0, now: now, timeZone: timeZone) }
            return Line(label: label(key), value: shown ?? value)
        }
        if let fetchedAt {
            lines.append(Line(label: "Listed", value: NumberFormatting.age(now.timeIntervalSince(fetchedAt)), role: .muted))
        }
        return lines
    }

    /// An owned number: the same lines as a listed one where they mean the same, then what only
    /// an owned number has (rates, blocking, routing, billing dates) where its provider says it.
    static func lines(for row: OwnedRow, now: Date, timeZone: TimeZone = .current) -> [Line] {
        let number = row.number, details = number.details
        var lines = identity(
            e164: number.e164, provider: number.provider, profile: row.profile, country: number.country, region: number.region,
            city: number.city, type: number.type, capabilities: number.capabilities)
        lines.append(Line(label: "Monthly fee", value: NumberFormatting.fee(number.monthlyFee), role: feeRole(number.monthlyFee)))
        lines += rateLines(details)
        lines.append(Line(label: "Status", value: NumberFormatting.status(number, now: now), role: statusRole(number.status)))
        if let blocked = details.isBlocked {
            lines.append(Line(label: "Blocked", value: blocked ? "yes" : "no", role: blocked ? .statusBlocked : .dialog))
        }
        if let label = number.label { lines.append(Line(label: "Label", value: label)) }
        if let account = number.accountID { lines.append(Line(label: "Account", value: Redactor.maskIdentifier(account))) }
        lines += routingLines(details)
        let moments = [("Bought", number.purchasedAt), ("Next billing", number.nextBillingAt), ("Updated", details.updatedAt)]
        for case let (label, date?) in moments {
            lines.append(Line(label: label, value: MomentFormatting.moment(date, now: now, timeZone: timeZone), role: .muted))
        }
        return lines
    }

    /// The lines every number starts with, listed or owned, in one order.
    private static func identity(
        e164: String, provider: ProviderKind, profile: String?, country: String, region: String?, city: String?,
        type: NumberType, capabilities: Capabilities?
    ) -> [Line] {
        var lines = [
            Line(label: "Number", value: NumberFormatting.readable(e164, country: country), role: .accent),
            Line(label: "Provider", value: provider.displayName),
        ]
        if let profile { lines.append(Line(label: "Profile", value: profile)) }
        lines.append(Line(label: "Country", value: countryName(country)))
        if let place = NumberFormatting.place(region: region, city: city, besideCountry: country) {
            lines.append(Line(label: "Region", value: place))
        }
        return lines + [
            Line(label: "Type", value: type.label),
            Line(label: "Capabilities", value: NumberFormatting.capabilities(capabilities)),
        ]
    }

    /// A provider's own field name as a label in the detail's one style, a capital and spaces:
    /// `rate_center` → `Rate center`, `listed since` → `Listed since`, `LATA` stays.
    static func label(_ key: String) -> String {
        let spaced = key.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// `India (IN)`, or the code alone when unknown; the number above shows the calling code.
    static func countryName(_ iso: String) -> String {
        guard let country = CountryCatalog.country(iso: iso) else { return iso }
        return "\(country.name) (\(country.iso))"
    }

    static func feeRole(_ money: Money) -> Role { money.isZero ? .free : .fee }

    /// A fee's role; an unknown fee stands out as a warning.
    static func feeRole(_ money: Money?) -> Role { money.map(feeRole) ?? .warning }

    static func statusRole(_ status: NumberStatus) -> Role {
        switch status.tone {
        case .good: .statusActive
        case .pending: .statusPending
        case .bad: .statusBlocked
        }
    }

    /// The widest label of a number's lines (`Capabilities`, `Listed since`): the detail pane's
    /// label column, the same for every number so that moving never shifts the values.
    static let widestPaneLabel = 12

    /// Draws `lines` as a label column (at most `widestLabel` wide) and a value column inside `rect`.
    static func draw(_ lines: [Line], in rect: Rect, painter: Painter, fill: Role = .dialog, widestLabel: Int = 14) {
        // A third of the width, or more in a narrow pane so that labels read whole.
        let longest = lines.prefix(rect.height).map(\.label.displayWidth).max() ?? 0
        let labelWidth = max(min(widestLabel, max(8, rect.width / 3)), min(widestLabel, longest, rect.width / 2))
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            let row = rect.top + offset
            painter.text(line.label, row: row, column: rect.left, width: labelWidth, role: .muted)
            painter.text(line.value, row: row, column: rect.left + labelWidth + 1, width: rect.width - labelWidth - 1, role: line.role == .dialog ? fill : line.role)
        }
    }
}
