import DialtoneCore
import DialtoneViewModels

/// The all-providers list: the inventory's columns with the Provider and profile of each row and
/// what it charges now, the figure the rows are ordered by within each currency.
enum MergedInventoryTable {
    static let columns = [
        TableColumn("Provider", min: 8, ideal: 18, dropOrder: 1),
        TableColumn("Number", min: 16, ideal: 17, keepsIdeal: true),
        TableColumn("CC", min: 2, ideal: 2, dropOrder: 3, hidesWhenEmpty: true, keepsIdeal: true),
        TableColumn("Caps", min: 4, ideal: 4, dropOrder: 2, keepsIdeal: true),
        TableColumn("Now", min: 12, ideal: 13, alignRight: true),
        TableColumn("Monthly", min: 12, ideal: 13, dropOrder: 5, alignRight: true),
        TableColumn("Location", min: 8, ideal: 24, dropOrder: 4, grows: true),
    ]

    static func table(_ state: AllProvidersState, glyphs: GlyphSet) -> TableView {
        let rows = state.rows
        let empty = state.isLoading ? "asking every provider…" : "no numbers match at any provider"
        return TableView(columns: columns, rowCount: rows.count, selectedIndex: state.selectedIndex, emptyMessage: empty) { index in
            let row = rows[index]
            let number = row.number
            return [
                TableCell("\(number.provider.displayName) \(row.profile)"),
                TableCell(NumberFormatting.readable(number.e164, country: number.country)),
                TableCell(state.query.country == nil ? number.country : ""),
                TableCell(InventoryScreen.capabilityLetters(number.capabilities, glyphs: glyphs)),
                TableCell(NumberFormatting.fee(number.chargedNow), role: NumberDetail.feeRole(number.chargedNow)),
                TableCell(NumberFormatting.fee(number.monthlyFee), role: NumberDetail.feeRole(number.monthlyFee)),
                TableCell(NumberFormatting.place(region: number.region, city: number.city, besideCountry: number.country) ?? glyphs.absent),
            ]
        }
    }
}
