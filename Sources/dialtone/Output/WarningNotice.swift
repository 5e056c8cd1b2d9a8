/// One warning on stderr, so a script sees what shaped the data: `dialtone: MESSAGE`, or with
/// `--json` a `{"warning":{"kind":…,"message":…}}` object (plus any `extra` fields, already JSON).
enum WarningNotice {
    static func write(kind: String, _ message: String, json: Bool, extra: String = "") {
        if json {
            StandardError.write("{\"warning\":{\"kind\":\"\(kind)\"\(extra),\"message\":\(RecordWriter.jsonString(message))}}")
        } else {
            StandardError.write("dialtone: \(message)")
        }
    }
}
