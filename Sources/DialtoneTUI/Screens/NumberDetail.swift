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
        var lines = [
            Line(label: "Number", value: NumberFormatting.readable(number.e164, country: number.country), role: .accent),
            Line(label: "Provider", value: number.provider.displayName),
        ]
        if let profile { lines.append(Line(label: "Profile", value: profile)) }
        lines.append(Line(label: "Country", value: countryName(number.country)))
        if let place = NumberFormatting.place(region: number.region, city: number.city, besideCountry: number.country) {
            lines.append(Line(label: "Region", value: place))
        }
        lines += [
            Line(label: "Type", value: number.type.label),
            Line(label: "Capabilities", value: NumberFormatting.capabilities(number.capabilities)),
            Line(label: "Setup fee", value: NumberFormatting.fee(number.setupFee), role: feeRole(number.setupFee)),
            Line(label: "Monthly fee", value: NumberFormatting.fee(number.monthlyFee), role: feeRole(number.monthlyFee)),
            Line(label: "Charged now", value: NumberFormatting.fee(number.chargedNow), role: feeRole(number.chargedNow)),
            Line(label: "Status", value: number.status.label, role: statusRole(number.status)),
        ]
        lines += number.requirements.lines.map { Line(label: "Requires", value: $0, role: .warning) }
        lines += number.extras.sorted { $0.key < $1.key }.map { key, value in
            let shown = MomentFormatting.parseTimestamp(value).map { MomentFormatting.moment($0, now: now, timeZone: timeZone) }
            return Line(label: key, value: shown ?? value)
        }
        if let fetchedAt {
            lines.append(Line(label: "Listed", value: NumberFormatting.age(now.timeIntervalSince(fetchedAt)), role: .muted))
        }
        return lines
    }

    static func lines(for row: OwnedRow, now: Date, timeZone: TimeZone = .current) -> [Line] {
        let number = row.number
        var lines = [
            Line(label: "Number", value: NumberFormatting.readable(number.e164, country: number.country), role: .accent),
            Line(label: "Provider", value: number.provider.displayName),
            Line(label: "Profile", value: row.profile),
            Line(label: "Country", value: countryName(number.country)),
        ]
        if let place = NumberFormatting.place(region: number.region, city: number.city, besideCountry: number.country) {
            lines.append(Line(label: "Region", value: place))
        }
        lines += [
            Line(label: "Type", value: number.type.label),
            Line(label: "Capabilities", value: NumberFormatting.capabilities(number.capabilities)),
            Line(label: "Status", value: number.status.label, role: statusRole(number.status)),
            Line(label: "Monthly fee", value: number.monthlyFee?.formatted() ?? "not reported", role: number.monthlyFee.map(feeRole) ?? .muted),
        ]
        if let label = number.label { lines.append(Line(label: "Label", value: label)) }
        if let account = number.accountID { lines.append(Line(label: "Account", value: Redactor.maskIdentifier(account))) }
        if let bought = number.purchasedAt {
            lines.append(Line(label: "Bought", value: MomentFormatting.moment(bought, now: now, timeZone: timeZone), role: .muted))
        }
        return lines
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

    /// The widest label of a number's lines (`Capabilities`, `listed since`): the detail pane's
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
