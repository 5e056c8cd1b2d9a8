import DialtoneCore
import DialtoneTUI
import Foundation

/// One printed row: ordered column names and text values.
struct Record {
    var fields: [(name: String, value: String)]

    var values: [String] { fields.map(\.value) }
    var names: [String] { fields.map(\.name) }
}

/// Writes records to standard output as a table, JSON lines or CSV, streaming page by page.
///
/// Values come from the network, so table and CSV cells are made terminal-safe (no escape
/// sequence or control reaches the terminal), table cells are fitted by display width, and CSV
/// cells that a spreadsheet would run as a formula are neutralised (`CSVField`). JSON keeps every
/// value exactly: its encoder escapes controls, so a script reads the provider's own string.
struct RecordWriter {
    let format: OutputFormat
    private var widths: [Int]?
    private let output: (String) -> Void

    init(format: OutputFormat, output: @escaping (String) -> Void = { print($0, terminator: "") }) {
        self.format = format
        self.output = output
    }

    /// Writes a batch; the table header and CSV header come with the first batch.
    mutating func write(_ records: [Record]) {
        guard !records.isEmpty else { return }
        switch format {
        case .jsonLines:
            output(records.map(Self.jsonLine).joined())
        case .csv:
            var text = widths == nil ? Self.csvLine(records[0].names.map { CSVField.cell($0) }) : ""
            widths = widths ?? []
            text += records.map { record in
                Self.csvLine(record.fields.map { CSVField.cell($0.value, isPhoneNumber: $0.name == "number") })
            }.joined()
            output(text)
        case .table:
            let rows = records.map { $0.values.map(\.terminalSafe) }
            var text = ""
            if widths == nil {
                // Widths come from the first batch; later batches are fitted to them.
                let names = records[0].names
                widths = names.indices.map { column in max(names[column].count, rows.map { $0[column].displayWidth }.max() ?? 0) }
                text += Self.tableLine(names.map { $0.uppercased() }, widths!)
            }
            text += rows.map { Self.tableLine($0, widths!) }.joined()
            output(text)
        }
    }

    private static func tableLine(_ values: [String], _ widths: [Int]) -> String {
        let cells = zip(values, widths).map { value, width in value.fitted(toWidth: width, ellipsis: "~") }
        return cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
    }

    private static func csvLine(_ cells: [String]) -> String {
        cells.joined(separator: ",") + "\n"
    }

    static func jsonLine(_ record: Record) -> String {
        // Keys in column order; every value a string so amounts stay exact.
        let body = record.fields.map { "\(jsonString($0.name)):\(jsonString($0.value))" }.joined(separator: ",")
        return "{\(body)}\n"
    }

    /// `text` as a JSON string literal. The encoder escapes C0 controls; C1 controls, bidi and
    /// zero-width characters are escaped here too (`\u202e`), so the line is safe on a terminal
    /// and still decodes to exactly `text`.
    static func jsonString(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])) ?? Data("\"\"".utf8)
        let literal = String(decoding: data, as: UTF8.self)
        guard TerminalText.needsCleaning(literal) else { return literal }
        var escaped = ""
        for scalar in literal.unicodeScalars {
            if TerminalText.isUnsafe(scalar) {
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
