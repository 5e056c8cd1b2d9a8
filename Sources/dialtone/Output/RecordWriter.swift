import Foundation

/// One printed row: ordered column names and text values.
struct Record {
    var fields: [(name: String, value: String)]

    var values: [String] { fields.map(\.value) }
    var names: [String] { fields.map(\.name) }
}

/// Writes records to standard output as a table, JSON lines or CSV, streaming page by page.
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
        guard let first = records.first else { return }
        switch format {
        case .jsonLines:
            output(records.map(Self.jsonLine).joined())
        case .csv:
            var text = widths == nil ? Self.csvLine(first.names) : ""
            widths = widths ?? []
            text += records.map { Self.csvLine($0.values) }.joined()
            output(text)
        case .table:
            var text = ""
            if widths == nil {
                // Widths come from the first batch; later batches are fitted to them.
                widths = first.names.indices.map { column in
                    max(first.names[column].count, records.map { $0.values[column].count }.max() ?? 0)
                }
                text += Self.tableLine(first.names.map { $0.uppercased() }, widths!)
            }
            text += records.map { Self.tableLine($0.values, widths!) }.joined()
            output(text)
        }
    }

    private static func tableLine(_ values: [String], _ widths: [Int]) -> String {
        let cells = zip(values, widths).map { value, width in
            value.count > width ? String(value.prefix(max(0, width - 1))) + "~" : value.padding(toLength: width, withPad: " ", startingAt: 0)
        }
        return cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
    }

    static func csvLine(_ values: [String]) -> String {
        values.map { value in
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\n"
    }

    static func jsonLine(_ record: Record) -> String {
        // Keys in column order; every value a string so amounts stay exact.
        let body = record.fields.map { "\(jsonString($0.name)):\(jsonString($0.value))" }.joined(separator: ",")
        return "{\(body)}\n"
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
